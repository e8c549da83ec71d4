import { Prisma } from "../../db/client";
import { readSql } from "../../db/direct-reads";
import type { WorkflowContext } from "../../workflow";

/** One posted copy of a card: enough to update it in place later. */
export interface PostedCopy {
  conversationId: string;
  activityId: string;
}

/**
 * Which cards show which mission, so a decision updates every copy in place (an embassy card may go to several
 * personal chats). Only this module reads and writes TeamsPostedCard.
 */
export async function recordPostedCards(
  ctx: WorkflowContext,
  missionId: string,
  kind: string,
  copies: readonly PostedCopy[],
): Promise<void> {
  if (copies.length === 0) return;
  const postedAt = ctx.clock.now();
  await ctx.db.teamsPostedCard.createMany({
    data: copies.map((copy) => ({ missionId, kind, ...copy, postedAt })),
  });
}

/** The copies of a mission's cards of a kind, oldest first. */
export async function postedCardsOf(ctx: WorkflowContext, missionId: string, kind: string): Promise<PostedCopy[]> {
  // SQL rather than Prisma's findMany (~0.5 ms of CPU) on the embassy decision's path, on SQLite's driver directly
  // (src/db/direct-reads.ts); standard SQL.
  return readSql<PostedCopy>(
    ctx.db,
    Prisma.sql`
    SELECT "conversationId", "activityId" FROM "TeamsPostedCard"
    WHERE "missionId" = ${missionId} AND "kind" = ${kind}
    ORDER BY "postedAt", "id"`,
  );
}
