import { createHash } from "node:crypto";
import { z } from "zod";
import {
  ATTACHMENT_CASE_KINDS,
  type AttachmentType,
  checkAttachment,
  sanitiseAttachmentName,
} from "../../domain/attachments";
import { DomainError, isDomainError } from "../../domain/errors";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { loadActor } from "../people";
import { inTransaction } from "../run";
import { parseInput, ZId } from "../validate";
import { ADD_PERMISSION, assertOpenForFiles, loadAttachmentCase, lockAttachmentCase } from "./attachment-case";
import type { FileStore } from "./file-store";

export const ZAttachInput = z.object({
  caseKind: z.enum(ATTACHMENT_CASE_KINDS),
  caseId: ZId,
  files: z
    .array(z.object({ name: z.string().max(1000), bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array) }))
    .min(1)
    .max(20),
});
export type AttachInput = z.input<typeof ZAttachInput>;

export interface AttachedFile {
  id: string;
  name: string;
  type: AttachmentType;
  size: number;
}

/** What became of each file sent: kept, or refused with the reason naming it (and nothing of it kept). */
export interface AttachResult {
  attached: AttachedFile[];
  refused: DomainError[];
}

/**
 * Joins files to an open application or report. Each file is checked (type from its bytes, its size, the case's
 * total and count with the files kept before it) inside the transaction that holds the case's row, and its bytes
 * are written only once it passed; if the transaction then fails, the bytes written are deleted again.
 */
export async function attachFiles(
  ctx: WorkflowContext,
  store: FileStore,
  actor: Actor,
  rawInput: AttachInput,
): Promise<AttachResult> {
  const input = parseInput(ZAttachInput, rawInput);
  const written: string[] = [];
  try {
    const result = await inTransaction(ctx, async (tx, now) => {
      const who = await loadActor(tx, actor);
      const kase = await loadAttachmentCase(tx, input.caseKind, input.caseId);
      assertAllowed(ADD_PERMISSION[kase.kind], who, kase.subject);
      assertOpenForFiles(kase);
      await lockAttachmentCase(tx, kase);
      const held = await tx.attachment.aggregate({
        where: { caseKind: kase.kind, caseId: kase.id },
        _count: true,
        _sum: { size: true },
      });
      const holdings = { files: held._count, bytes: held._sum.size ?? 0 };
      const outcome: AttachResult & { keys: string[] } = { attached: [], refused: [], keys: [] };
      for (const file of input.files) {
        const name = sanitiseAttachmentName(file.name);
        let type: AttachmentType;
        try {
          type = checkAttachment(name, file.bytes, holdings);
        } catch (error) {
          if (!isDomainError(error)) throw error;
          outcome.refused.push(error);
          continue;
        }
        const storageKey = await store.put(file.bytes);
        written.push(storageKey);
        const row = await tx.attachment.create({
          data: {
            caseKind: kase.kind,
            caseId: kase.id,
            name,
            type,
            size: file.bytes.length,
            sha256: createHash("sha256").update(file.bytes).digest("hex"),
            storageKey,
            addedById: who.personId || null,
            createdAt: now,
          },
        });
        holdings.files += 1;
        holdings.bytes += file.bytes.length;
        outcome.keys.push(storageKey);
        outcome.attached.push({ id: row.id, name, type, size: row.size });
      }
      if (outcome.attached.length > 0) {
        await recordAudit(tx, actor, now, {
          entityType: kase.kind,
          entityId: kase.id,
          action: "attach",
          data: { files: outcome.attached.map((f) => ({ id: f.id, type: f.type, size: f.size })) },
        });
      }
      return outcome;
    });
    // A first run that lost a race wrote bytes its rows never kept.
    await deleteAll(
      store,
      written.filter((key) => !result.keys.includes(key)),
    );
    return { attached: result.attached, refused: result.refused };
  } catch (error) {
    await deleteAll(store, written);
    throw error;
  }
}

async function deleteAll(store: FileStore, keys: readonly string[]): Promise<void> {
  await Promise.all(keys.map((key) => store.delete(key)));
}
