import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, defineStrings, localeOf, stringsFor, wordsFor } from './strings';

interface Demo {
  readonly hello: string;
  readonly count: (n: number) => string;
}

const demo = defineStrings<Demo>({
  ko: { hello: '안녕하세요', count: (n) => `${n}개` },
  en: { hello: 'Hello', count: (n) => `${n} items` },
});

describe('localeOf', () => {
  it('reads language tags and falls back to Korean', () => {
    expect(localeOf('en')).toBe('en');
    expect(localeOf('en-US')).toBe('en');
    expect(localeOf('EN_gb')).toBe('en');
    expect(localeOf('ko-KR')).toBe('ko');
    expect(localeOf('fr')).toBe(DEFAULT_LOCALE);
    expect(localeOf('')).toBe('ko');
    expect(localeOf(undefined)).toBe('ko');
    expect(localeOf(null)).toBe('ko');
  });
});

describe('stringsFor', () => {
  it('picks the table for a locale', () => {
    expect(stringsFor(demo, 'en').hello).toBe('Hello');
    expect(stringsFor(demo, 'ko').count(3)).toBe('3개');
    expect(stringsFor(demo, undefined).hello).toBe('안녕하세요');
  });
});

describe('defineStrings', () => {
  it('rejects a table with a missing or unknown key at compile time', () => {
    // These lines are checked by the type checker (tsc / astro check), not at run time.
    // @ts-expect-error: English lacks `count`
    defineStrings<Demo>({ ko: { hello: '', count: String }, en: { hello: '' } });
    // @ts-expect-error: no English table at all
    defineStrings<Demo>({ ko: { hello: '', count: String } });
    // @ts-expect-error: `bye` is not a key of Demo
    defineStrings<Demo>({ ko: { hello: '', count: String, bye: '' }, en: { hello: '', count: String } });
    expect(true).toBe(true);
  });
});

describe('wordsFor', () => {
  it('picks both of a component’s tables in the page’s language, Korean when it has none', () => {
    const page = defineStrings<{ readonly caption: string }>({ ko: { caption: '그림' }, en: { caption: 'Figure' } });
    expect(wordsFor('en-US', demo, page)).toEqual({ s: demo.en, page: page.en });
    expect(wordsFor(undefined, demo, page)).toEqual({ s: demo.ko, page: page.ko });
  });
});
