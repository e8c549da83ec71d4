import { randomUUID } from "node:crypto";
import type { Express } from "express";
import type { Logger } from "pino";
import { renderDiploma } from "../documents/diploma";
import { diplomaVerificationUrl } from "../documents/diploma-url";
import { isDomainError } from "../domain/errors";
import { sendBilingualPage } from "../http/bilingual-page";
import { diplomaFacts, type WorkflowContext } from "../workflow";
import { checkDiplomaToken, DIPLOMA_DOWNLOAD_PATH, type DiplomaLinkOptions } from "./diploma-link";

export interface DiplomaDownloadDeps {
  ctx: WorkflowContext;
  logger: Logger;
  links: DiplomaLinkOptions;
}

/** Fixed words only (nothing from the request or the database), in both of the programme's languages. */
const PAGES = {
  invalid: {
    status: 404,
    fr: "Ce lien de téléchargement n’est pas valide. Vérifiez qu’il a été copié en entier depuis Teams.",
    en: "This download link is not valid. Check that it was copied whole from Teams.",
  },
  expired: {
    status: 410,
    fr: "Ce lien de téléchargement a expiré. Tapez « diplôme » dans votre conversation avec le bot EXPE-CT dans Teams pour en recevoir un nouveau.",
    en: "This download link has expired. Type “diploma” in your chat with the EXPE-CT bot in Teams to get a new one.",
  },
  forbidden: {
    status: 403,
    fr: "Ce diplôme ne vous est plus accessible : vous n’êtes plus référent de cette collectivité.",
    en: "This diploma is no longer yours to download: you are no longer a focal point of this body.",
  },
  revoked: {
    status: 410,
    fr: "Ce label a été retiré par la DAECT : son diplôme n’est plus valable et ne peut plus être téléchargé.",
    en: "This label was revoked by DAECT: its diploma is no longer valid and can no longer be downloaded.",
  },
  gone: {
    status: 404,
    fr: "Ce label n’existe plus.",
    en: "This label no longer exists.",
  },
} as const;

/**
 * GET /diplomes/telechargement/<token>: the diploma PDF for the person and label the token names, while the
 * token's signature holds and its week has not run out, and while that person may still see the body's label.
 * Any refusal is a page in words with a 4xx status; the token is never logged (it is a bearer credential).
 */
export function mountDiplomaDownloads(http: Express, deps: DiplomaDownloadDeps): void {
  http.get(`${DIPLOMA_DOWNLOAD_PATH}/:token`, async (req, res) => {
    const checked = checkDiplomaToken(deps.links.secret, req.params.token, deps.ctx.clock.now());
    if (!checked.ok) {
      deps.logger.info({ reason: checked.reason }, "diploma download refused");
      const refusal = PAGES[checked.reason];
      sendBilingualPage(res, refusal, refusal.status);
      return;
    }
    const { labelId, personId } = checked.grant;
    try {
      const facts = await diplomaFacts(deps.ctx, { personId, platform: "teams" }, labelId);
      // A revoked label's diploma is never handed out, even by a link made before; a suspended one says so on it.
      if (facts.state === "revoked") {
        deps.logger.info({ labelId, personId, reason: "revoked" }, "diploma download refused");
        sendBilingualPage(res, PAGES.revoked, PAGES.revoked.status);
        return;
      }
      const verificationUrl = diplomaVerificationUrl(deps.links.baseUrl, facts.number);
      const pdf = await renderDiploma({ ...facts, verificationUrl });
      res
        .status(200)
        .type("application/pdf")
        .set({
          "Content-Disposition": `attachment; filename="diplome-${facts.number}.pdf"`,
          "Cache-Control": "private, no-store",
        })
        .send(pdf);
    } catch (error) {
      if (isDomainError(error) && (error.code === "forbidden" || error.code === "not_found")) {
        const refusal = error.code === "forbidden" ? PAGES.forbidden : PAGES.gone;
        deps.logger.info({ labelId, personId, reason: error.code }, "diploma download refused");
        sendBilingualPage(res, refusal, refusal.status);
        return;
      }
      const reference = randomUUID().slice(0, 8);
      deps.logger.error({ err: error, labelId, personId, reference }, "diploma download failed");
      sendBilingualPage(
        res,
        {
          fr: "Le diplôme n’a pas pu être préparé. Réessayez dans quelques minutes.",
          en: "The diploma could not be prepared. Try again in a few minutes.",
        },
        503,
        reference,
      );
    }
  });
}
