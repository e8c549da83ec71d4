import type { Response } from "express";

/**
 * The page a download link answers with when it serves no file: fixed words only (nothing from the request or the
 * database), in both of the programme's languages, never cached, and with the short reference of an unexpected
 * failure that the log carries with its stack.
 */
export function sendBilingualPage(
  res: Response,
  words: { fr: string; en: string },
  status: number,
  reference?: string,
): void {
  const ref = reference ? `<p>Référence / reference: <code>${reference}</code></p>` : "";
  res
    .status(status)
    .type("html")
    .set({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" })
    .send(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>EXPE-CT</title></head><body>` +
        `<h1>EXPE-CT</h1><p>${words.fr}</p><p lang="en">${words.en}</p>${ref}</body></html>`,
    );
}
