import type { Locale } from "./catalog";

// Node ships full ICU: country names come from it, so the table below only holds what ICU says awkwardly. Each
// locale's names are built on first use: building them loads ICU's region data, ~20 ms of the bot's start.
const NAMES: Partial<Record<Locale, Intl.DisplayNames>> = {};
const namesIn = (locale: Locale): Intl.DisplayNames =>
  (NAMES[locale] ??= new Intl.DisplayNames([locale], { type: "region" }));

const ENGLISH_NAMES: Record<string, string> = {
  CD: "Democratic Republic of the Congo",
  CG: "Republic of the Congo",
  MM: "Myanmar",
};

// French says "aux" before a plural name, "à" before most island and city states, "au" before a masculine name and
// "en" before a feminine one or a vowel; the few masculine names ending in -e are listed.
const FR_PLURAL = new Set(["US", "NL", "AE", "PH", "KM", "MV", "SC", "BS", "MH", "SB", "FJ"]);
const FR_A = new Set(["CU", "MG", "SG", "MT", "CY", "HT", "MU", "MC", "BH", "DJ", "LC", "OM", "TW", "HK", "MO", "SM"]);
const FR_MASCULINE_E = new Set(["MX", "KH", "MZ", "ZW", "BZ", "SR"]);
// English puts "the" before these.
const EN_THE = new Set([
  "US",
  "GB",
  "NL",
  "PH",
  "AE",
  "DO",
  "CF",
  "CZ",
  "BS",
  "GM",
  "MV",
  "KM",
  "SC",
  "MH",
  "SB",
  "CD",
  "CG",
]);

/** A country's name as a person reads it (Maroc / Morocco); undefined for a code no one would recognise. */
export function countryName(code: string, locale: Locale): string | undefined {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper) || upper === "ZZ") return undefined;
  const key = `${locale}|${upper}`;
  // A list names a country on every line: asked of ICU once per code (26 × 26 codes at most, two locales).
  if (named.has(key)) return named.get(key);
  const name = lookUp(upper, locale);
  named.set(key, name);
  return name;
}

const named = new Map<string, string | undefined>();

function lookUp(upper: string, locale: Locale): string | undefined {
  if (locale === "en" && ENGLISH_NAMES[upper]) return ENGLISH_NAMES[upper];
  try {
    const name = namesIn(locale).of(upper);
    return name && name !== upper ? name : undefined;
  } catch {
    // Not a region ICU knows: the caller says "this country" instead of showing the code.
    return undefined;
  }
}

/** "au Maroc", "en Tunisie", "aux États-Unis" / "in Morocco", "in the United States"; a general phrase for an unknown code. */
export function inCountry(code: string, locale: Locale): string {
  const upper = code.toUpperCase();
  const name = countryName(upper, locale);
  if (locale === "en") {
    if (!name) return "in that country";
    return EN_THE.has(upper) ? `in the ${name}` : `in ${name}`;
  }
  if (!name) return "dans ce pays";
  if (FR_PLURAL.has(upper)) return `aux ${name}`;
  if (FR_A.has(upper)) return `à ${name}`;
  const firstWord = name.split(" ")[0] ?? name;
  if (/^[AEIOUYÉÈÊÂÎÔ]/i.test(name)) return `en ${name}`;
  if (firstWord.endsWith("e") && !FR_MASCULINE_E.has(upper)) return `en ${name}`;
  return `au ${name}`;
}
