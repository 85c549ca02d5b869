import { describe, expect, it } from 'vitest';
import { KEYS, STRATEGIES, TTLS } from './model';
import { cachingPageStrings, type CachingPageStrings } from './page-strings';
import { cachingStrings, type CachingStrings, type CounterFacts } from './strings';
import { TOUR } from './timeline';
import { checkDiagramWords, textEntries } from '../kit/testing/strings';

const facts: CounterFacts = {
  reads: 4,
  hits: 2,
  misses: 2,
  stale: 1,
  ratio: 0.5,
  keys: 2,
};

function islandWords(s: CachingStrings): string[] {
  return [
    s.picture.title('lazy', facts),
    s.picture.app,
    s.picture.cache,
    s.picture.db,
    s.picture.empty,
    s.picture.ttlLeft(null),
    s.picture.ttlLeft(20),
    s.picture.stale,
    s.picture.clock(30),
    ...TTLS.map((ttl) => s.picture.ttlSetting(ttl)),
    ...Object.values(s.picture.result),
    ...STRATEGIES.map((strategy) => s.strategy[strategy]),
    s.counters.reads,
    s.counters.hits,
    s.counters.misses,
    s.counters.stale,
    s.counters.ratio,
    s.counters.keys,
    s.live.status('both', facts),
    s.live.hit('product:1', 1),
    s.live.staleHit('product:1', 1, 2),
    s.live.missFilled('product:1', 1),
    s.live.missNotFilled('product:1', 1),
    s.live.ratio(facts),
    s.live.writeCached('product:1', 2),
    s.live.writeDbOnly('product:1', 2, 1),
    s.live.writeDbOnly('product:1', 2, null),
    s.live.wait(10, 10, []),
    s.live.wait(30, 30, ['product:1', 'product:3']),
    ...TTLS.map((ttl) => s.live.ttl(ttl)),
    s.live.replace(2),
    s.live.showing('lazy', 'x'),
  ];
}

function pageWords(p: CachingPageStrings): string[] {
  const c = p.controls;
  return [
    p.counters,
    ...Object.values(p.table),
    ...textEntries(c),
    ...STRATEGIES.map((strategy) => c.strategy[strategy]),
    ...TTLS.map((ttl) => c.ttlOption(ttl)),
    ...KEYS.map((key) => c.keyOption(key)),
  ];
}

describe('caching strings', () => {
  checkDiagramWords({
    strings: cachingStrings,
    page: cachingPageStrings,
    islandWords,
    pageWords,
    tour: TOUR,
    koreanShare: 0.7,
    terms: {
      name: "use the page's Korean terms",
      island: true,
      list: ['지연 로딩', '라이트 스루', 'TTL', '캐시 적중', '캐시 누락', '오래된 데이터', '적중률'],
    },
    buttons: (c) => [c.read, c.write, c.wait, c.replace],
  });

  it('name patterns the same way on the picture, the controls and the table', () => {
    for (const locale of ['ko', 'en'] as const) {
      for (const strategy of STRATEGIES) {
        expect(cachingPageStrings[locale].controls.strategy[strategy]).toBe(cachingStrings[locale].strategy[strategy]);
      }
    }
  });
});
