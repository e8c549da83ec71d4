import { LABEL_TRANSITIONS } from "../../domain/label";
import { SYSTEM_ACTOR, type WorkflowContext } from "../context";
import { queueNotifications, toEach } from "../notifications";
import { focalPointRecipients } from "../people";
import { inTransaction } from "../run";
import { transition } from "../transition";

/** Marks every active (or suspended) label past its validity as expired, each with its audit record and a notice to the body. */
export async function expireLabels(ctx: WorkflowContext): Promise<{ expired: string[] }> {
  return inTransaction(ctx, async (tx, now) => {
    const due = await tx.label.findMany({
      where: { status: { in: [...LABEL_TRANSITIONS.expire.from] }, validUntil: { lt: now } },
    });
    const expired: string[] = [];
    for (const label of due) {
      await transition(tx, SYSTEM_ACTOR, now, {
        entity: "label",
        table: LABEL_TRANSITIONS,
        verb: "expire",
        row: label,
        write: (where, to) => tx.label.updateMany({ where, data: { status: to } }),
      });
      expired.push(label.id);
      await queueNotifications(
        tx,
        now,
        toEach(await focalPointRecipients(tx, label.organisationId, now), {
          kind: "label_expired",
          data: { labelId: label.id, number: label.number },
        }),
      );
    }
    return { expired };
  });
}
