import { recordAudit } from "../audit";
import { SYSTEM_ACTOR, type WorkflowContext } from "../context";
import { inTransaction } from "../run";
import type { FileStore } from "./file-store";

/**
 * The retention of attachments (README, "Pièces jointes"): a file is kept as long as its case, which the ministry
 * keeps; an application withdrawn before any decision is nobody's to read again, so the daily job deletes its
 * files (references name people). The rows go in one transaction with the audit record, then the bytes; bytes whose
 * deletion failed are unreachable already (no row names them) and the next run does not see them again.
 */
export async function deleteWithdrawnFiles(ctx: WorkflowContext, store: FileStore): Promise<number> {
  const keys = await inTransaction(ctx, async (tx, now) => {
    const withdrawn = await tx.application.findMany({ where: { status: "withdrawn" }, select: { id: true } });
    if (withdrawn.length === 0) return [];
    const where = { caseKind: "application", caseId: { in: withdrawn.map((a) => a.id) } };
    const rows = await tx.attachment.findMany({ where, select: { storageKey: true, caseId: true } });
    if (rows.length === 0) return [];
    await tx.attachment.deleteMany({ where });
    await recordAudit(tx, SYSTEM_ACTOR, now, {
      entityType: "retention",
      entityId: "daily",
      action: "attachments_deleted",
      data: { files: rows.length, applications: [...new Set(rows.map((r) => r.caseId))] },
    });
    return rows.map((r) => r.storageKey);
  });
  await Promise.all(keys.map((key) => store.delete(key)));
  return keys.length;
}
