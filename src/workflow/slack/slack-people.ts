import type { RoleGrant } from "../../domain/roles";
import type { WorkflowContext } from "../context";
import { type PersonRoleRow, personWithRoles } from "../people";

export interface SlackPerson {
  personId: string;
  name: string;
  locale: "fr" | "en";
  roles: RoleGrant[];
}

/**
 * The person a Slack account is linked to, with the roles that decide what the surface offers: read on every
 * request, so one statement (a join, not Prisma's query per relation).
 */
export async function findSlackPerson(ctx: WorkflowContext, slackUserId: string): Promise<SlackPerson | null> {
  const rows = await ctx.db.$queryRaw<PersonRoleRow[]>`
    SELECT p."id", p."name", p."locale", r."role", r."scope"
    FROM "Person" p LEFT JOIN "RoleAssignment" r ON r."personId" = p."id"
    WHERE p."slackUserId" = ${slackUserId}
    ORDER BY r."id"`;
  return personWithRoles(rows);
}
