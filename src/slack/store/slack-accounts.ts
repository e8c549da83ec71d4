import { perDialect } from "../../db/dialect";
import { readRows } from "../../db/direct-reads";
import { retryOnUniqueViolation } from "../../db/errors";
import type { RoleGrant } from "../../domain/roles";
import { dateIn } from "../../domain/time";
import type { WorkflowContext } from "../../workflow";
import { type PersonRoleRow, personWithRoles, type StandIn } from "../../workflow/people";

/**
 * Slack's address book: which Slack account is which person. Only this module reads and writes SlackAccount; the core
 * knows people by their id alone.
 */

export interface SlackPerson {
  personId: string;
  name: string;
  locale: "fr" | "en";
  /** As stored (the Slack profile's); the surface falls back to TZ_DEFAULT. */
  timeZone: string | null;
  roles: RoleGrant[];
  /** The capacities the person stands in for today. */
  standIns: StandIn[];
}

// The second arm: the capacities the person stands in for today (the date is bound twice), so its buttons show
// without another read.
const personOfAccount = perDialect((d) =>
  d.numbered(`SELECT p."id", p."name", p."locale", p."timeZone", r."role", r."scope", NULL AS "delegatorId",
      r."id" AS "k"
    FROM "SlackAccount" a JOIN "Person" p ON p."id" = a."personId"
    LEFT JOIN "RoleAssignment" r ON r."personId" = p."id"
    WHERE a."slackUserId" = ?
    UNION ALL
    SELECT p."id", p."name", p."locale", p."timeZone", d."role", d."scope", d."delegatorId", d."id"
    FROM "SlackAccount" a JOIN "Person" p ON p."id" = a."personId"
    JOIN "Delegation" d ON d."delegateId" = p."id" AND d."toDate" >= ? AND d."fromDate" <= ? AND d."revokedAt" IS NULL
    JOIN "RoleAssignment" x ON x."personId" = d."delegatorId" AND x."role" = d."role" AND x."scope" = d."scope"
    WHERE a."slackUserId" = ?
    ORDER BY "k"`),
);

/**
 * The person a Slack account is linked to, with the roles that decide what the surface offers: read on every
 * request, so one statement (a join, not a read of the account and then of the person), on SQLite's driver
 * directly (src/db/direct-reads.ts: Prisma's raw query API cost ~0.5 ms of CPU more per request).
 */
export async function findSlackPerson(ctx: WorkflowContext, slackUserId: string): Promise<SlackPerson | null> {
  const today = dateIn(ctx.clock.now());
  const sql = personOfAccount(ctx.db);
  return personWithRoles(await readRows<PersonRoleRow>(ctx.db, sql, slackUserId, today, today, slackUserId));
}

/**
 * Links a Slack account to a person: one account per person and one person per account, so an account seen with
 * another e-mail (a changed address) leaves its former person. True when the link is new.
 */
export async function linkSlackAccount(
  ctx: WorkflowContext,
  account: { personId: string; slackUserId: string; slackTeamId?: string },
): Promise<boolean> {
  const { personId, slackUserId } = account;
  const slackTeamId = account.slackTeamId ?? null;
  // Two instances may link the same account at once (its first requests spread over both): the loser reads the
  // winner's link and finds it made.
  return retryOnUniqueViolation(() =>
    ctx.db.$transaction(async (tx) => {
      const before = await tx.slackAccount.findUnique({ where: { slackUserId } });
      if (before?.personId === personId) {
        if (before.slackTeamId !== slackTeamId && slackTeamId !== null) {
          await tx.slackAccount.update({ where: { slackUserId }, data: { slackTeamId } });
        }
        return false;
      }
      await tx.slackAccount.deleteMany({ where: { OR: [{ slackUserId }, { personId }] } });
      await tx.slackAccount.create({ data: { slackUserId, slackTeamId, personId, linkedAt: ctx.clock.now() } });
      return true;
    }),
  );
}

/** The Slack account of a person, null when they never used Slack. */
export async function slackUserIdOf(ctx: WorkflowContext, personId: string): Promise<string | null> {
  const account = await ctx.db.slackAccount.findUnique({ where: { personId }, select: { slackUserId: true } });
  return account?.slackUserId ?? null;
}
