import { createHash } from "node:crypto";
import type { Locale } from "../i18n";
import { coreWords } from "../i18n/core-words";
import type { DiplomaCheckText } from "../i18n/diploma-check";

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Any text in an element or an attribute value: a body named `<script>` shows as those characters. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

/** The page's only style, allowed by its hash: no script, no other source, nothing loaded from elsewhere. */
const STYLE = [
  "body{font-family:Marianne,Arial,sans-serif;margin:0;background:#f6f6f6;color:#161616}",
  "main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border-top:4px solid #000091}",
  ".brand{color:#000091;font-weight:bold;margin:0}",
  "h1{font-size:1.4rem}",
  ".standing{font-size:1.3rem;font-weight:bold;padding:.6rem .8rem;border-left:6px solid}",
  ".valid{color:#18753c;background:#b8fec9}",
  ".expired,.suspended{color:#695240;background:#feecc2}",
  ".revoked,.unknown{color:#ce0500;background:#ffe9e9}",
  "dt{font-weight:bold;margin-top:.6rem}dd{margin:0}",
  ".intro,.switch{font-size:.9rem;color:#3a3a3a}",
].join("");

export const PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** What one page shows: a diploma's facts, or one sentence (unknown number, too many requests). */
export type VerificationView =
  | { locale: Locale; check: DiplomaCheckText }
  | { locale: Locale; notice: "unknown" | "rate_limited" };

/** The verification page, in one language, with a link to the other; built from the view alone. */
export function renderVerificationPage(view: VerificationView): string {
  const { t } = coreWords;
  const { locale } = view;
  const other: Locale = locale === "fr" ? "en" : "fr";
  let body: string;
  if ("check" in view) {
    const facts = view.check.facts
      .map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>`)
      .join("");
    body = `<p class="standing ${view.check.standing}">${escapeHtml(view.check.headline)}</p><dl>${facts}</dl>`;
  } else {
    const key = view.notice === "unknown" ? "verify.unknown" : "verify.rate_limited";
    body = `<p class="standing unknown">${escapeHtml(t(locale, key))}</p>`;
  }
  const title = escapeHtml(t(locale, "verify.title"));
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${title}</title><style>${STYLE}</style></head><body><main>` +
    `<p class="brand">République française · EXPE-CT</p><h1>${title}</h1>${body}` +
    `<p class="intro">${escapeHtml(t(locale, "verify.intro"))}</p>` +
    `<p class="switch"><a href="?lang=${other}" hreflang="${other}" lang="${other}">` +
    `${escapeHtml(t(locale, "verify.other_language"))}</a></p></main></body></html>`
  );
}
