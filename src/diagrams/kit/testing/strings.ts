/**
 * The checks every diagram's word tables share, registered as `it(...)` blocks inside the caller's `describe`.
 * Only tests import this folder.
 */
import { expect, it as vitestIt } from 'vitest';
import type { TimelineStep } from '../clock';
import { frameButtons } from '../frame-strings';
import { LOCALES, type Locale } from '../strings';
import type { TourWords } from './describe';

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

/** Registers a test: vitest's `it`, or a collector in the tests of these checks. */
export type Register = (name: string, body: () => void) => void;

export function checkWords(c: WordChecks, it: Register = vitestIt): void {
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

/** A diagram's page strings: what the frame shows around the picture, and the labels of its controls. */
export interface FramePage {
  readonly caption: string;
  readonly description: readonly string[];
  readonly noscript: string;
  readonly controls: object;
}

export interface DiagramWordChecks<S, P extends FramePage> extends Pick<WordChecks, 'koreanShare' | 'leftovers'> {
  /** The island's words and the page's, in both languages. */
  readonly strings: Readonly<Record<Locale, S>>;
  readonly page: Readonly<Record<Locale, P>>;
  /** Every leaf of the island's table, functions called with sample arguments (the tour's words are added). */
  islandWords(s: S): string[];
  /** The page's own words (its caption, description and no-JavaScript line are added). */
  pageWords(p: P): string[];
  /** The guided tour: `live.tourStep` and every step's caption are added to the island's words. */
  readonly tour?: readonly TimelineStep[];
  /**
   * Korean terms that must stand in the Korean description; with `island`, in it or in the island's Korean
   * words; with `text`, in that.
   */
  readonly terms: { readonly name?: string; readonly list: readonly string[]; readonly island?: boolean; text?(): string };
  /** The names of the diagram's own buttons; the frame's (tour and share) are added unless `frame` is false. */
  buttons?(controls: P['controls'], locale: Locale): string[];
  readonly frame?: false;
}

/**
 * `checkWords` for a diagram whose words come in the usual two tables: the island's (`strings`, with its tour)
 * and the page's (`page`, framed by caption, description and no-JavaScript line). Gives `words(locale)`, all of
 * them, for the diagram's own checks.
 */
export function checkDiagramWords<S, P extends FramePage>(
  c: DiagramWordChecks<S, P>,
  it: Register = vitestIt,
): (locale: Locale) => string[] {
  const island = (s: S): string[] => {
    const tour = c.tour;
    if (!tour) return c.islandWords(s);
    const live = (s as S & TourWords).live;
    return [...c.islandWords(s), live.tourStep(0, tour.length), ...tour.map((step) => live.tour[step.captionKey] ?? '')];
  };
  const words = (locale: Locale): string[] => [
    ...island(c.strings[locale]),
    ...framePageWords(c.page[locale]),
    ...c.pageWords(c.page[locale]),
  ];
  const { name, list, text } = c.terms;
  const buttons = c.buttons;
  checkWords({
    words,
    koreanShare: c.koreanShare,
    leftovers: c.leftovers === true,
    terms: {
      ...(name === undefined ? {} : { name }),
      list,
      text: text ?? (() => [...c.page.ko.description, ...(c.terms.island ? island(c.strings.ko) : [])].join(' ')),
    },
    ...(buttons && {
      buttons: (locale: Locale) => [
        ...buttons(c.page[locale].controls, locale),
        ...(c.frame === false ? [] : frameButtons(locale)),
      ],
    }),
  }, it);
  return words;
}

/** What every diagram's page strings say around the picture: the caption, the description, the no-JavaScript line. */
export function framePageWords(p: { caption: string; description: readonly string[]; noscript: string }): string[] {
  return [p.caption, ...p.description, p.noscript];
}

/** The entries of a table that are plain text (the caller calls its functions with sample arguments). */
export function textEntries(table: object): string[] {
  return Object.values(table).filter((v): v is string => typeof v === 'string');
}

/** A comparison table's words: its caption and column heads, and every cell of its rows. */
export function tableWords(table: { readonly rows: Readonly<Record<string, readonly string[]>> }): string[] {
  return [...textEntries(table), ...Object.values(table.rows).flat()];
}
