import type { RoleGrant } from "../../domain/roles";
import type { WorkflowContext } from "../context";
import { type PersonRoleRow, personWithRoles } from "../people";

export interface SlackPerson {
  personId: string;
  name: string;
  locale: "fr" | "en";
  /** As stored (the Slack profile's); the surface falls back to TZ_DEFAULT. */
  timeZone: string | null;
  roles: RoleGrant[];
}

/**
 * The person a Slack account is linked to, with the roles that decide what the surface offers: read on every
 * request, so one statement (a join, not Prisma's query per relation).
 */
export async function findSlackPerson(ctx: WorkflowContext, slackUserId: string): Promise<SlackPerson | null> {
  const rows = await ctx.db.$queryRaw<PersonRoleRow[]>`
    SELECT p."id", p."name", p."locale", p."timeZone", r."role", r."scope"
    FROM "Person" p LEFT JOIN "RoleAssignment" r ON r."personId" = p."id"
    WHERE p."slackUserId" = ${slackUserId}
    ORDER BY r."id"`;
  return personWithRoles(rows);
}
