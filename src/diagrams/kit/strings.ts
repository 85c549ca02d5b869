/**
 * Per-diagram strings in both languages. A diagram declares one interface
 * for its words and fills it for every locale; a key missing in either
 * language is a type error, and so is an unknown one.
 */

export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Korean is the site's first language and its fallback. */
export const DEFAULT_LOCALE: Locale = 'ko';

export type Bilingual<S> = { readonly [L in Locale]: S };

/** Checks a table against its interface: `defineStrings<QuorumStrings>({ ko, en })`. */
export function defineStrings<S>(table: Bilingual<S>): Bilingual<S> {
  return table;
}

/** 'en', 'en-US' → 'en'; 'ko', 'ko-KR' → 'ko'; anything else → the default. */
export function localeOf(value: string | null | undefined): Locale {
  const lang = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === lang) ?? DEFAULT_LOCALE;
}

export function stringsFor<S>(table: Bilingual<S>, locale: string | null | undefined): S {
  return table[localeOf(locale)];
}

/** A component's two tables in the page's language: `const { s, page } = wordsFor(Astro.currentLocale, quorumStrings, quorumPageStrings)`. */
export function wordsFor<S, P>(
  locale: string | null | undefined,
  strings: Bilingual<S>,
  page: Bilingual<P>,
): { readonly s: S; readonly page: P } {
  const l = localeOf(locale);
  return { s: strings[l], page: page[l] };
}
