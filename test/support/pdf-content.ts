import { inflateSync } from "node:zlib";
import jsQR from "jsqr";

/** The page content streams of a PDF, inflated (pdfkit compresses them with FlateDecode). */
export function contentStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const start = pdf.indexOf("stream\n", from);
    if (start < 0) return out;
    const end = pdf.indexOf("\nendstream", start);
    if (end < 0) return out;
    const body = pdf.subarray(start + "stream\n".length, end);
    // Past "endstream\n", which ends in "stream\n" itself.
    from = end + "\nendstream".length;
    try {
      out.push(inflateSync(body).toString("latin1"));
    } catch {
      // Not deflated (an embedded font, say): no drawing to read there.
    }
  }
}

/** The text a PDF's pages draw, string by string (pdfkit writes each run as a hex string). */
export function drawnText(pdf: Buffer): string[] {
  return contentStreams(pdf).flatMap((content) =>
    [...content.matchAll(/\[([^\]]*)\] TJ/g)].map((run) =>
      [...(run[1] ?? "").matchAll(/<([0-9a-f]*)>/gi)]
        .map((hex) => Buffer.from(hex[1] ?? "", "hex").toString("latin1"))
        .join(""),
    ),
  );
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The QR codes a PDF draws as filled rectangles, decoded with jsQR: each filled path of many rectangles is drawn
 * again as pixels (8 a module, a quiet zone of 4 modules), as a phone's camera would see the printed page.
 */
export function drawnQrCodes(pdf: Buffer): string[] {
  const codes: string[] = [];
  for (const content of contentStreams(pdf)) {
    let rects: Rect[] = [];
    for (const line of content.split("\n")) {
      const re = /^(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re$/.exec(line.trim());
      if (re) {
        const [x, y, w, h] = re.slice(1).map(Number) as [number, number, number, number];
        rects.push({ x, y, w, h });
        continue;
      }
      if (/^(f|f\*|S|B|n)$/.test(line.trim())) {
        if (line.trim() === "f" && rects.length > 20) {
          const code = decodeRects(rects);
          if (code !== null) codes.push(code);
        }
        rects = [];
      }
    }
  }
  return codes;
}

function decodeRects(rects: readonly Rect[]): string | null {
  const cell = Math.min(...rects.map((r) => r.h));
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const modules = Math.round((Math.max(...rects.map((r) => r.x + r.w)) - left) / cell);
  const scale = 8;
  const quiet = 4;
  const side = (modules + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const r of rects) {
    const col0 = Math.round((r.x - left) / cell);
    const row0 = Math.round((r.y - top) / cell);
    const cols = Math.round(r.w / cell);
    const rows = Math.round(r.h / cell);
    for (let py = (row0 + quiet) * scale; py < (row0 + rows + quiet) * scale; py++) {
      for (let px = (col0 + quiet) * scale; px < (col0 + cols + quiet) * scale; px++) {
        const i = (py * side + px) * 4;
        pixels[i] = 0;
        pixels[i + 1] = 0;
        pixels[i + 2] = 0;
      }
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}
