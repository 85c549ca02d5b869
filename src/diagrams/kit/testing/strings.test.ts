import { describe, expect, it } from 'vitest';
import { frameWords } from '../frame-strings';
import { checkDiagramWords, tableWords, type DiagramWordChecks } from './strings';

interface Island {
  readonly title: string;
  readonly live: { tourStep(index: number, length: number): string; readonly tour: Record<string, string> };
}
interface Page {
  readonly caption: string;
  readonly description: readonly string[];
  readonly noscript: string;
  readonly controls: { readonly write: string };
}

const island = {
  ko: { title: '쓰기 그림', live: { tourStep: (i: number, n: number) => `${n}단계 중 ${i + 1}단계`, tour: { one: '처음', two: '끝' } } },
  en: { title: 'A write', live: { tourStep: (i: number, n: number) => `Step ${i + 1} of ${n}`, tour: { one: 'First', two: 'Last' } } },
} satisfies Record<'ko' | 'en', Island>;
const page = {
  ko: { caption: '쓰기 보기', description: ['클러스터 볼륨에 씁니다.'], noscript: '스크립트가 필요합니다.', controls: { write: '쓰기' } },
  en: { caption: 'Writes', description: ['It writes to the volume.'], noscript: 'Needs JavaScript.', controls: { write: 'Write' } },
} satisfies Record<'ko' | 'en', Page>;

const good: DiagramWordChecks<Island, Page> = {
  strings: island,
  page,
  islandWords: (s) => [s.title],
  pageWords: (p) => [p.controls.write],
  tour: [
    { duration: 1, captionKey: 'one' },
    { duration: 1, captionKey: 'two' },
  ],
  koreanShare: 0.9,
  terms: { list: ['클러스터 볼륨'] },
  buttons: (c) => [c.write],
};

/** The checks' bodies by name, registered by a collector instead of vitest. */
function bodies(c: DiagramWordChecks<Island, Page>): Record<string, () => void> {
  const out: Record<string, () => void> = {};
  checkDiagramWords(c, (name, body) => {
    out[name] = body;
  });
  return out;
}

describe('checkDiagramWords', () => {
  it('passes good tables, and gives every word: the island, its tour, the frame around the picture, the page', () => {
    const checks = bodies(good);
    expect(Object.keys(checks)).toEqual([
      'fill every entry in both languages',
      'write Korean in Korean and English in English',
      'use AWS Korean terms',
      'give every button its own name within a language',
    ]);
    for (const body of Object.values(checks)) body();
    const words = checkDiagramWords(good, () => {});
    expect(words('en')).toEqual([
      'A write',
      'Step 1 of 2',
      'First',
      'Last',
      'Writes',
      'It writes to the volume.',
      'Needs JavaScript.',
      'Write',
    ]);
  });

  it('fails on a tour caption or a frame word left empty', () => {
    const noCaption = { ...island, en: { ...island.en, live: { ...island.en.live, tour: { one: 'First' } } } };
    expect(bodies({ ...good, strings: noCaption })['fill every entry in both languages']).toThrow();
    const noNoscript = { ...page, ko: { ...page.ko, noscript: ' ' } };
    expect(bodies({ ...good, page: noNoscript })['fill every entry in both languages']).toThrow();
  });

  it('fails on Hangul in English and on too little Korean', () => {
    const hangul = { ...page, en: { ...page.en, caption: '쓰기' } };
    expect(bodies({ ...good, page: hangul })['write Korean in Korean and English in English']).toThrow();
    const latin = { ...page, ko: { ...page.ko, caption: 'Writes' } };
    expect(bodies({ ...good, page: latin })['write Korean in Korean and English in English']).toThrow();
  });

  it('looks for the terms in the Korean description, and in the island words only when asked', () => {
    const inIsland = { ...good, terms: { list: ['쓰기 그림'] } };
    expect(bodies(inIsland)['use AWS Korean terms']).toThrow();
    expect(bodies({ ...inIsland, terms: { list: ['쓰기 그림'], island: true } })['use AWS Korean terms']).not.toThrow();
  });

  it("fails on a button named like another, the frame's included unless it has none", () => {
    const asCopy = { ...page, en: { ...page.en, controls: { write: frameWords.en.copyLink } } };
    const checks = bodies({ ...good, page: asCopy });
    expect(checks['give every button its own name within a language']).toThrow();
    expect(bodies({ ...good, page: asCopy, frame: false })['give every button its own name within a language']).not.toThrow();
  });
});

describe('tableWords', () => {
  it("gives a table's caption, column heads and every cell", () => {
    const table = { caption: 'Ways', way: 'Way', rows: { a: ['PITR', 'yes'], b: ['Clone', 'no'] } };
    expect(tableWords(table)).toEqual(['Ways', 'Way', 'PITR', 'yes', 'Clone', 'no']);
  });
});
