import type { Express, Request, Response } from "express";
import { DIPLOMA_VERIFY_PATH } from "../documents/diploma-url";
import type { Locale } from "../i18n";
import { describeDiplomaCheck } from "../i18n/diploma-check";
import { verifyDiploma, type WorkflowContext } from "../workflow";
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { PAGE_CSP, renderVerificationPage, type VerificationView } from "./verification-page";

export interface DiplomaVerificationDeps {
  ctx: WorkflowContext;
  /** Requests a minute per client address (30: a person checking diplomas by hand never gets near it). */
  perMinute?: number;
}

/** One path segment after /diplomes/, left undecoded by express: the handler decodes it and refuses what fails. */
const ONE_SEGMENT = new RegExp(`^${DIPLOMA_VERIFY_PATH}/[^/]+/?$`);

/** ?lang=en or ?lang=fr first, else the browser's preference between the two, else French. */
function pageLocale(req: Request): Locale {
  const asked = req.query.lang;
  if (asked === "en" || asked === "fr") return asked;
  return req.acceptsLanguages("fr", "en") === "en" ? "en" : "fr";
}

function numberOf(req: Request): string | null {
  const segment = req.path.slice(DIPLOMA_VERIFY_PATH.length + 1).replace(/\/$/u, "");
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function send(res: Response, status: number, view: VerificationView): void {
  res
    .status(status)
    .type("html")
    .set({
      "Content-Security-Policy": PAGE_CSP,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "X-Frame-Options": "DENY",
      // A revocation must show on the next check, not after a cache's lifetime.
      "Cache-Control": "no-store",
      "Content-Language": view.locale,
      Vary: "Accept-Language",
    })
    .send(renderVerificationPage(view));
}

/**
 * GET /diplomes/<number>: the public check of a diploma (issue 12), for anyone holding the paper or its QR code.
 * It shows the standing, the body's name, the themes and the validity, and nothing else: no person, no e-mail,
 * no internal id. A number no label carries, or that cannot be one, is a 404 page; never a 5xx for what the
 * request holds. Rate-limited per client address (behind a proxy, TRUST_PROXY makes that the client's).
 */
export function mountDiplomaVerification(http: Express, deps: DiplomaVerificationDeps): void {
  const limiter: RateLimiter = createRateLimiter({
    perMinute: deps.perMinute ?? 30,
    now: () => deps.ctx.clock.now().getTime(),
  });
  http.get(ONE_SEGMENT, async (req, res) => {
    const locale = pageLocale(req);
    const wait = limiter.take(req.ip ?? "unknown");
    if (wait > 0) {
      res.set("Retry-After", String(wait));
      send(res, 429, { locale, notice: "rate_limited" });
      return;
    }
    const number = numberOf(req);
    const check = number === null ? null : await verifyDiploma(deps.ctx, number);
    if (!check) {
      send(res, 404, { locale, notice: "unknown" });
      return;
    }
    send(res, 200, { locale, check: describeDiplomaCheck(check, locale) });
  });
}
