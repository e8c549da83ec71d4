import type { Prisma } from "../../db/client";

/**
 * The labels that read as active at `now` (src/domain/label.ts `labelStateAt`), as a Prisma filter: active within
 * their validity, or suspended until a date already past, since no job rewrites a suspension that ran out.
 */
export function labelsInForce(now: Date): Prisma.LabelWhereInput {
  return {
    validUntil: { gte: now },
    OR: [{ status: "active" }, { status: "suspended", suspendedUntil: { lt: now } }],
  };
}
