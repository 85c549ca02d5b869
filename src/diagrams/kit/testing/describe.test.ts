import { describe, expect, it } from 'vitest';
import { expectSaid } from './describe';

/** A toy diagram's words: a count said in each language. */
const strings = {
  en: { count: (n: number) => `${n} copies` },
  ko: { count: (n: number) => `사본 ${n}개` },
};
const say = (s: (typeof strings)['en']): string => s.count(6);

describe('expectSaid', () => {
  it('passes when each language says its own sentence', () => {
    expect(() => expectSaid(strings, say, { en: '6 copies', ko: '사본 6개' })).not.toThrow();
  });

  it('fails on a wrong sentence in either language, or on the languages swapped', () => {
    expect(() => expectSaid(strings, say, { en: '5 copies', ko: '사본 6개' })).toThrow();
    expect(() => expectSaid(strings, say, { en: '6 copies', ko: '사본 5개' })).toThrow();
    expect(() => expectSaid(strings, say, { en: '사본 6개', ko: '6 copies' })).toThrow();
  });

  it('fails when the words say the same in both languages', () => {
    const english = { en: strings.en, ko: strings.en };
    expect(() => expectSaid(english, say, { en: '6 copies', ko: '사본 6개' })).toThrow();
  });
});
