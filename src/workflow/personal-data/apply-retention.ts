import { type RetentionPolicy, retentionCutoffs } from "../../domain/personal-data";
import { recordAudit } from "../audit";
import { SYSTEM_ACTOR, type WorkflowContext } from "../context";
import { inTransaction } from "../run";

/**
 * The daily retention job (README, "Données personnelles"): delivered notifications, and those given up on, go after
 * the configured number of days (their content was read, or never will be); audit records go after the configured
 * number of years. Pending notifications stay whatever their age: they have not reached anyone yet. Deleting what is
 * already gone deletes nothing, so a second run on the same day, or on another instance, is harmless.
 */
export async function applyRetention(
  ctx: WorkflowContext,
  policy: RetentionPolicy,
): Promise<{ notifications: number; audit: number }> {
  return inTransaction(ctx, async (tx, now) => {
    const { notificationsBefore, auditBefore } = retentionCutoffs(now, policy);
    const notifications = (
      await tx.outbox.deleteMany({
        where: {
          OR: [
            { status: "sent", sentAt: { lt: notificationsBefore } },
            { status: "dead", createdAt: { lt: notificationsBefore } },
          ],
        },
      })
    ).count;
    const audit = (await tx.auditEvent.deleteMany({ where: { at: { lt: auditBefore } } })).count;
    if (notifications + audit > 0) {
      await recordAudit(tx, SYSTEM_ACTOR, now, {
        entityType: "retention",
        entityId: "daily",
        action: "retention_applied",
        data: { notifications, audit, notificationDays: policy.notificationDays, auditYears: policy.auditYears },
      });
    }
    return { notifications, audit };
  });
}
