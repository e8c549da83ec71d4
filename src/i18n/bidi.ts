/** Embeddings and overrides (LRE, RLE, LRO, RLO) end with PDF; isolates (LRI, RLI, FSI) end with PDI. */
const EMBEDDINGS = new Set(["\u202A", "\u202B", "\u202D", "\u202E"]);
const ISOLATES = new Set(["\u2066", "\u2067", "\u2068"]);
const PDF = "\u202C";
const PDI = "\u2069";
const LINE_BREAK = /(\r\n|[\n\r\u0085\u2028\u2029])/;
/** Any of the characters above (openers, PDF, PDI). */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** The closers a line needs so that no direction it opened is still open at its end (UAX #9's pairing). */
function closersOf(line: string): string {
  const open: string[] = [];
  for (const char of line) {
    if (EMBEDDINGS.has(char)) open.push(PDF);
    else if (ISOLATES.has(char)) open.push(PDI);
    else if (char === PDF && open[open.length - 1] === PDF) open.pop();
    else if (char === PDI && open.includes(PDI)) open.splice(open.lastIndexOf(PDI));
  }
  return open.reverse().join("");
}

/**
 * Text a person typed, with every direction control they opened closed again at the end of each of its lines: a
 * right-to-left override in a name reverses that name, never the words the bot writes after it. Closing at each
 * line break as well holds whether a renderer treats a line break as a new paragraph (where Unicode ends every
 * embedding anyway) or as a break inside one (where it does not).
 */
export function closeDirections(text: string): string {
  // Most text holds no direction control at all: one scan instead of a walk through each of its lines.
  if (!DIRECTION_CONTROL.test(text)) return text;
  return text
    .split(LINE_BREAK)
    .map((part, i) => (i % 2 === 1 ? part : part + closersOf(part)))
    .join("");
}
