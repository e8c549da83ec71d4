import { recordAudit } from "../audit";
import { SYSTEM_ACTOR, type WorkflowContext } from "../context";
import { queueNotifications, toEach } from "../notifications";
import { focalPointIds } from "../people";
import { inTransaction } from "../run";

/** Marks every active label past its validity as expired, each with its audit record and a notice to the body. */
export async function expireLabels(ctx: WorkflowContext): Promise<{ expired: string[] }> {
  return inTransaction(ctx, async (tx, now) => {
    const due = await tx.label.findMany({ where: { status: "active", validUntil: { lt: now } } });
    const expired: string[] = [];
    for (const label of due) {
      const { count } = await tx.label.updateMany({
        where: { id: label.id, status: "active" },
        data: { status: "expired" },
      });
      if (count === 0) continue;
      expired.push(label.id);
      await recordAudit(tx, SYSTEM_ACTOR, now, {
        entityType: "label",
        entityId: label.id,
        action: "expire",
        fromState: "active",
        toState: "expired",
      });
      await queueNotifications(
        tx,
        now,
        toEach(await focalPointIds(tx, label.organisationId), {
          kind: "label_expired",
          data: { labelId: label.id, number: label.number },
        }),
      );
    }
    return { expired };
  });
}
