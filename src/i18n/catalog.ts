export type Locale = "fr" | "en";
/** One key set per area, in both languages; a test checks that fr and en have the same keys. */
export type Catalog = Record<Locale, Record<string, string>>;
