import { perDialect } from "../../db/dialect";
import { readRows } from "../../db/direct-reads";
import { retryOnUniqueViolation } from "../../db/errors";
import type { RoleGrant } from "../../domain/roles";
import { dateIn } from "../../domain/time";
import type { WorkflowContext } from "../../workflow";
import { type PersonRoleRow, personWithRoles, type StandIn } from "../../workflow/people";

/**
 * Teams' address book of people: which Teams account is which person. Only this module reads and writes
 * TeamsAccount; the core knows people by their id alone.
 */

export interface TeamsPerson {
  personId: string;
  name: string;
  locale: "fr" | "en";
  /** As stored; the surface falls back to the zone Teams gives with the activity, then TZ_DEFAULT. */
  timeZone: string | null;
  roles: RoleGrant[];
  /** The capacities the person stands in for today. */
  standIns: StandIn[];
  /** Whether the given conversation is remembered as this person's active personal chat. */
  chatActive: boolean;
}

// The second arm: the capacities the person stands in for today, so its cards' buttons show without another read.
const personOfAccount = perDialect((d) =>
  d.numbered(`SELECT p."id", p."name", p."locale", p."timeZone", r."role", r."scope", NULL AS "delegatorId",
      r."id" AS "k",
      EXISTS (SELECT 1 FROM "TeamsConversation" c WHERE c."personId" = p."id"
        AND c."conversationId" = ? AND c."status" = 'active') AS "chatActive"
    FROM "TeamsAccount" a JOIN "Person" p ON p."id" = a."personId"
    LEFT JOIN "RoleAssignment" r ON r."personId" = p."id"
    WHERE a."teamsUserId" = ?
    UNION ALL
    SELECT p."id", p."name", p."locale", p."timeZone", d."role", d."scope", d."delegatorId", d."id",
      EXISTS (SELECT 1 FROM "TeamsConversation" c WHERE c."personId" = p."id"
        AND c."conversationId" = ? AND c."status" = 'active') AS "chatActive"
    FROM "TeamsAccount" a JOIN "Person" p ON p."id" = a."personId"
    JOIN "Delegation" d ON d."delegateId" = p."id" AND d."toDate" >= ? AND d."fromDate" <= ? AND d."revokedAt" IS NULL
    JOIN "RoleAssignment" x ON x."personId" = d."delegatorId" AND x."role" = d."role" AND x."scope" = d."scope"
    WHERE a."teamsUserId" = ?
    ORDER BY "k"`),
);

/**
 * The person a Teams account was linked to, if any, with its roles and whether the conversation the activity
 * came from is their remembered chat: read on every turn, so one statement (a join, not a read per table), on
 * SQLite's driver directly (src/db/direct-reads.ts).
 */
export async function findTeamsPerson(
  ctx: WorkflowContext,
  teamsUserId: string,
  conversationId: string,
): Promise<TeamsPerson | null> {
  const today = dateIn(ctx.clock.now());
  const rows = await readRows<PersonRoleRow & { chatActive: number | bigint | boolean }>(
    ctx.db,
    personOfAccount(ctx.db),
    conversationId,
    teamsUserId,
    conversationId,
    today,
    today,
    teamsUserId,
  );
  const person = personWithRoles(rows);
  if (!person) return null;
  return { ...person, chatActive: Number(rows[0]?.chatActive) > 0 };
}

/**
 * Links a Teams account to a person: one account per person and one person per account, so an account seen with
 * another e-mail (a changed address) leaves its former person. True when the link is new.
 */
export async function linkTeamsAccount(
  ctx: WorkflowContext,
  account: { personId: string; teamsUserId: string; aadObjectId?: string },
): Promise<boolean> {
  const { personId, teamsUserId } = account;
  const aadObjectId = account.aadObjectId ?? null;
  // Two instances may link the same account at once (its first requests spread over both): the loser reads the
  // winner's link and finds it made.
  return retryOnUniqueViolation(() =>
    ctx.db.$transaction(async (tx) => {
      const before = await tx.teamsAccount.findUnique({ where: { teamsUserId } });
      if (before?.personId === personId) {
        if (aadObjectId !== null && before.aadObjectId !== aadObjectId) {
          await tx.teamsAccount.update({ where: { teamsUserId }, data: { aadObjectId } });
        }
        return false;
      }
      await tx.teamsAccount.deleteMany({ where: { OR: [{ teamsUserId }, { personId }] } });
      await tx.teamsAccount.create({ data: { teamsUserId, aadObjectId, personId, linkedAt: ctx.clock.now() } });
      return true;
    }),
  );
}
