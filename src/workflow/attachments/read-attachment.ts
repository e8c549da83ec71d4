import { ATTACHMENT_FORMATS, type AttachmentCaseKind, type AttachmentType } from "../../domain/attachments";
import { assertAllowed } from "../../domain/roles";
import type { WorkflowContext } from "../context";
import { found } from "../guard";
import { loadViewer, type Viewer } from "../people";
import { inTransaction } from "../run";
import { loadAttachmentCase, READ_PERMISSION } from "./attachment-case";
import type { FileStore } from "./file-store";

export interface AttachmentContent {
  name: string;
  type: AttachmentType;
  /** The media type it is served with, from the type read at upload (never from the name). */
  mime: string;
  bytes: Buffer;
}

/** One file of a case, for a viewer allowed to see the application or the mission the report is of. */
export async function readAttachment(
  ctx: WorkflowContext,
  store: FileStore,
  viewer: Viewer,
  attachmentId: string,
): Promise<AttachmentContent> {
  const row = await inTransaction(ctx, async (tx) => {
    const attachment = found(
      await tx.attachment.findUnique({ where: { id: attachmentId } }),
      "attachment",
      attachmentId,
    );
    const [who, kase] = await Promise.all([
      loadViewer(tx, viewer),
      loadAttachmentCase(tx, attachment.caseKind as AttachmentCaseKind, attachment.caseId),
    ]);
    assertAllowed(READ_PERMISSION[kase.kind], who, kase.subject);
    return attachment;
  });
  const bytes = found(await store.get(row.storageKey), "attachment", attachmentId);
  const type = row.type as AttachmentType;
  return { name: row.name, type, mime: ATTACHMENT_FORMATS[type].mime, bytes };
}

export interface AttachmentLine {
  id: string;
  name: string;
  type: string;
  size: number;
}

/** The files of cases, in the order they were added, for the views that already checked their reader's rights. */
export async function attachmentsOf(
  ctx: WorkflowContext,
  caseKind: AttachmentCaseKind,
  caseIds: readonly string[],
): Promise<Map<string, AttachmentLine[]>> {
  const rows = caseIds.length
    ? await ctx.db.attachment.findMany({
        where: { caseKind, caseId: { in: [...caseIds] } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, caseId: true, name: true, type: true, size: true },
      })
    : [];
  const byCase = new Map<string, AttachmentLine[]>();
  for (const { caseId, ...line } of rows) byCase.set(caseId, [...(byCase.get(caseId) ?? []), line]);
  return byCase;
}

/** The files of a mission's report (none before it is written), for a view that already checked its reader's rights. */
export async function reportAttachments(ctx: WorkflowContext, missionId: string): Promise<AttachmentLine[]> {
  const report = await ctx.db.report.findUnique({ where: { missionId }, select: { id: true } });
  if (!report) return [];
  return (await attachmentsOf(ctx, "report", [report.id])).get(report.id) ?? [];
}
