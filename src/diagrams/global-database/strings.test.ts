import { describe, expect, it } from 'vitest';
import { REGION_CODES } from './model';
import { globalPageStrings, type GlobalPageStrings } from './page-strings';
import { globalStrings, type GlobalStrings } from './strings';
import { TOUR } from './timeline';
import { LOCALES } from '../kit/strings';
import { checkDiagramWords, tableWords, textEntries } from '../kit/testing/strings';

function islandWords(s: GlobalStrings): string[] {
  const p = s.picture;
  const l = s.live;
  const facts = {
    primary: 'us-east-1' as const,
    writable: false,
    secondaries: [{ code: 'eu-west-1' as const, lagMs: 320 }],
    max: 10,
    cutOff: 'us-west-2' as const,
  };
  return [
    p.title('x'),
    ...Object.values(p.zone),
    ...REGION_CODES.map((code) => p.city[code]),
    ...Object.values(p.legend),
    p.primary,
    p.primaryDown,
    p.cutOff,
    p.lag(550),
    p.writes('us-east-1', true),
    p.writes('us-east-1', false),
    p.count(3, 10),
    p.failover(550, 55, 45_000),
    p.switchover(550),
    l.status(facts),
    l.added([{ code: 'sa-east-1', lagMs: 410 }], 3, 10),
    l.refused(['ap-northeast-1'], 10),
    l.skipped(['us-east-1']),
    l.removed('eu-west-1', 1, 10),
    l.notSecondary('eu-west-2'),
    l.noSecondary,
    l.outage('us-east-1'),
    l.outageAlready('us-east-1'),
    l.resumed('us-east-1'),
    l.rejoined('us-east-1', 'ap-northeast-2', 550),
    l.stayedOut('us-east-1', 10),
    l.nothingDown,
    l.failover('us-east-1', 'ap-northeast-2', 550, 55, 45_000),
    l.failoverHealthy,
    l.switchover('us-east-1', 'eu-west-1', 550, 'ap-northeast-2'),
    l.switchoverOutage,
  ];
}

function pageWords(p: GlobalPageStrings): string[] {
  return [...tableWords(p.table), ...textEntries(p.controls)];
}

describe('Global Database strings', () => {
  checkDiagramWords({
    strings: globalStrings,
    page: globalPageStrings,
    islandWords,
    pageWords,
    tour: TOUR,
    koreanShare: 0.75,
    leftovers: true,
    terms: {
      text: () =>
        [...globalPageStrings.ko.description, ...Object.values(globalPageStrings.ko.table.rows).flat()].join(' '),
      list: ['기본 리전', '보조 리전', '장애 조치', '전환', '승격', '복제 지연', '클러스터 볼륨', 'RPO', 'RTO'],
    },
    buttons: (c) => [c.outage, c.recover, c.failover, c.switchover],
  });

  it('give every Region a distinct label', () => {
    for (const locale of LOCALES) {
      const c = globalPageStrings[locale].controls;
      const labels = REGION_CODES.map((code) => c.region(globalStrings[locale].picture.city[code], code));
      expect(new Set(labels).size).toBe(REGION_CODES.length);
    }
  });
});
