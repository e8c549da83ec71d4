import { randomUUID } from "node:crypto";
import type { Express } from "express";
import type { Logger } from "pino";
import { isDomainError } from "../domain/errors";
import { type FileStore, readAttachment, type WorkflowContext } from "../workflow";
import { ATTACHMENT_DOWNLOAD_PATH, type AttachmentLinkOptions, checkAttachmentToken } from "./attachment-link";
import { sendBilingualPage } from "./bilingual-page";

export interface AttachmentDownloadDeps {
  ctx: WorkflowContext;
  store: FileStore;
  links: AttachmentLinkOptions;
  logger: Logger;
}

/** Fixed words only (nothing from the request or the database), in both of the programme's languages. */
const PAGES = {
  invalid: {
    status: 404,
    fr: "Ce lien de téléchargement n’est pas valide. Vérifiez qu’il a été copié en entier.",
    en: "This download link is not valid. Check that it was copied whole.",
  },
  expired: {
    status: 410,
    fr: "Ce lien de téléchargement a expiré. Rouvrez le dossier dans Slack ou Teams pour en obtenir un nouveau.",
    en: "This download link has expired. Open the case again in Slack or Teams to get a new one.",
  },
  forbidden: {
    status: 403,
    fr: "Ce fichier ne vous est pas accessible : seules les personnes qui peuvent voir ce dossier peuvent le télécharger.",
    en: "This file is not yours to download: only those who may see this case may download it.",
  },
  not_found: {
    status: 404,
    fr: "Ce fichier n’existe plus : il a été supprimé avec son dossier.",
    en: "This file no longer exists: it was deleted with its case.",
  },
} as const;

/** RFC 6266: an ASCII fallback (no quote, no backslash) and the exact name in UTF-8. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/gu, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * GET /pieces-jointes/<token>: the file the token names, for the person it was drawn for, while the signature holds,
 * its day has not run out and that person may still see the case. Always served as a download of the type read
 * from its bytes at upload, never shown in the page, so that a file cannot run as the bot's own web page.
 */
export function mountAttachmentDownloads(http: Express, deps: AttachmentDownloadDeps): void {
  http.get(`${ATTACHMENT_DOWNLOAD_PATH}/:token`, async (req, res) => {
    const checked = checkAttachmentToken(deps.links.secret, req.params.token, deps.ctx.clock.now());
    if (!checked.ok) {
      deps.logger.info({ reason: checked.reason }, "attachment download refused");
      sendBilingualPage(res, PAGES[checked.reason], PAGES[checked.reason].status);
      return;
    }
    const { attachmentId, personId, platform } = checked.grant;
    try {
      const file = await readAttachment(deps.ctx, deps.store, { personId, platform }, attachmentId);
      res
        .status(200)
        .type(file.mime)
        .set({
          "Content-Disposition": disposition(file.name),
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
          "Content-Security-Policy": "sandbox",
        })
        .send(file.bytes);
    } catch (error) {
      if (isDomainError(error) && (error.code === "forbidden" || error.code === "not_found")) {
        deps.logger.info({ attachmentId, personId, reason: error.code }, "attachment download refused");
        sendBilingualPage(res, PAGES[error.code], PAGES[error.code].status);
        return;
      }
      const reference = randomUUID().slice(0, 8);
      deps.logger.error({ err: error, attachmentId, personId, reference }, "attachment download failed");
      sendBilingualPage(
        res,
        {
          fr: "Le fichier n’a pas pu être lu. Réessayez dans quelques minutes.",
          en: "The file could not be read. Try again in a few minutes.",
        },
        503,
        reference,
      );
    }
  });
}
