export type Locale = "fr" | "en";
/** One key set per area, in both languages; `catalog` checks that English has French's keys. */
export type Catalog<K extends string = string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;
/** The keys of a catalog, or of each catalog of a union. */
export type KeyOf<C> = C extends Catalog<infer K> ? K : never;

/** A catalog whose keys are literal types: a key English lacks or adds fails the typecheck. */
export function catalog<K extends string>(messages: {
  fr: Readonly<Record<K, string>>;
  en: Readonly<Record<NoInfer<K>, string>>;
}): Catalog<K> {
  return messages;
}

type Params = Record<string, string | number | undefined>;

/** A key built at run time, checked against the catalogs: a missing one is undefined, never the key itself. */
export interface Translator<K extends string> {
  /** The message `key` in `locale` (French when missing), with {param} placeholders filled. */
  t(locale: Locale, key: K, params?: Params): string;
  /** Whether `key`, built at run time, is one of these catalogs'. */
  has(key: string): key is K;
  /** The raw message of a key built at run time, or undefined when no catalog has it. */
  lookup(locale: Locale, key: string): string | undefined;
  /** The word for a value the types leave open (a status read from the database), or the value itself. */
  word(locale: Locale, key: string, value: string): string;
}

/** The words of these catalogs (imported statically by the module that translates), typed by their keys. */
export function translator<const C extends readonly Catalog[]>(...catalogs: C): Translator<KeyOf<C[number]>> {
  const fr: Record<string, string> = Object.assign({}, ...catalogs.map((c) => c.fr));
  const en: Record<string, string> = Object.assign({}, ...catalogs.map((c) => c.en));
  const merged: Record<Locale, Record<string, string>> = { fr, en };
  const has = (key: string): key is KeyOf<C[number]> => Object.hasOwn(fr, key);
  const lookup = (locale: Locale, key: string): string | undefined =>
    Object.hasOwn(merged[locale], key) ? merged[locale][key] : has(key) ? fr[key] : undefined;
  const t = (locale: Locale, key: string, params: Params = {}): string =>
    (lookup(locale, key) ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
  const word = (locale: Locale, key: string, value: string): string => lookup(locale, key) ?? value;
  return { t, has, lookup, word };
}
