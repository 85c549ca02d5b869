/**
 * The checks every diagram's word tables share, registered as `it(...)` blocks inside the caller's `describe`.
 * Only tests import this folder.
 */
import { expect, it } from 'vitest';
import { LOCALES, type Locale } from '../strings';

const HANGUL = /[\uac00-\ud7a3]/;

export interface WordChecks {
  /** Every text the island and the page show in one language (the island's words and the page's). */
  words: (locale: Locale) => string[];
  /** Share of the Korean texts that must contain Hangul; the rest are names such as TTL or ZADD. */
  koreanShare: number;
  /** Also fail on leftovers of a template: `undefined`, `NaN`, `${`. */
  leftovers?: boolean;
  /** Korean terms (from the terms list) that must stand in `text`. */
  terms?: { name?: string; text: () => string; list: readonly string[] };
  /** The names of every button in one language; no two may be the same. */
  buttons?: (locale: Locale) => string[];
}

export function checkWords(c: WordChecks): void {
  it(
    c.leftovers ? 'fill every entry in both languages, without leftovers' : 'fill every entry in both languages',
    () => {
      for (const locale of LOCALES) {
        for (const text of c.words(locale)) {
          expect(text.trim().length).toBeGreaterThan(0);
          if (c.leftovers) expect(text).not.toMatch(/undefined|NaN|\$\{/);
        }
      }
    },
  );

  it('write Korean in Korean and English in English', () => {
    const ko = c.words('ko');
    const en = c.words('en');
    expect(ko.filter((text) => HANGUL.test(text)).length).toBeGreaterThan(ko.length * c.koreanShare);
    expect(en.filter((text) => HANGUL.test(text))).toEqual([]);
  });

  const terms = c.terms;
  if (terms) {
    it(terms.name ?? 'use AWS Korean terms', () => {
      const text = terms.text();
      for (const term of terms.list) expect(text).toContain(term);
    });
  }

  const buttons = c.buttons;
  if (buttons) {
    it('give every button its own name within a language', () => {
      for (const locale of LOCALES) {
        const names = buttons(locale);
        expect(new Set(names).size, names.join(' | ')).toBe(names.length);
      }
    });
  }
}

/** What every diagram's page strings say around the picture: the caption, the description, the no-JavaScript line. */
export function framePageWords(p: { caption: string; description: readonly string[]; noscript: string }): string[] {
  return [p.caption, ...p.description, p.noscript];
}

/** The entries of a table that are plain text (the caller calls its functions with sample arguments). */
export function textEntries(table: object): string[] {
  return Object.values(table).filter((v): v is string => typeof v === 'string');
}
