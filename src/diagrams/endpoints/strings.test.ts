import { describe, expect, it } from 'vitest';
import { LOCALES } from '../kit/strings';
import { checkDiagramWords, tableWords } from '../kit/testing/strings';
import { LAGS_MS, LOADS, POOL_SIZES } from './model';
import { endpointsPageStrings, type EndpointsPageStrings } from './page-strings';
import { endpointsStrings, type ConnWords, type EndpointsStrings } from './strings';
import { TOUR } from './timeline';

const c1: ConnWords = { app: 'service', id: 1, replica: 1 };
const a2: ConnWords = { app: 'analytics', id: 2, replica: 3 };
const facts = { replicas: 3, creating: 1, lagMs: 100, latest: 3, applied: 2, cpu: 50, target: 60 };

/** Every leaf string of the island's table, functions called with sample arguments. */
function islandWords(s: EndpointsStrings): string[] {
  const p = s.picture;
  const l = s.live;
  return [
    p.title('x', [c1], [a2]),
    p.serviceApp,
    p.analyticsApp,
    p.clusterEndpoint,
    p.readerEndpoint,
    p.customEndpoint,
    p.writer,
    p.writerTag,
    p.replica(1),
    p.members([1, 2]),
    p.members([]),
    p.auto,
    p.creating,
    p.member,
    p.manual,
    p.version(0),
    p.version(2),
    p.behind(0, 2),
    p.noConnections,
    p.conn(c1),
    p.served(1, 2, true),
    p.served(4, 2, false),
    p.volume(3),
    p.cpu(50),
    p.target(60),
    p.policy(3, 3, 5),
    p.scaling({ kind: 'creating', ids: [4, 5], readyInMs: 60_000 }),
    p.scaling({ kind: 'cooldown', leftMs: 60_000 }),
    p.scaling({ kind: 'above', minutes: 1, needed: 3 }),
    p.scaling({ kind: 'below', minutes: 1, needed: 15, canRemove: true }),
    p.scaling({ kind: 'below', minutes: 1, needed: 15, canRemove: false }),
    p.scaling({ kind: 'steady', atMax: true }),
    p.scaling({ kind: 'steady', atMax: false }),
    p.clock(0),
    p.lag(20),
    l.status(facts),
    l.write(1, 100),
    l.readWriter(1),
    l.readReplica(c1, 1, 2, 100),
    l.readReplica(c1, 2, 2, 100),
    l.burst(
      8,
      2,
      [
        [1, 4],
        [2, 4],
      ],
      2,
    ),
    l.report(a2, 1, 1),
    l.reportNowhere,
    l.waited(500),
    l.caughtUp(2),
    l.stillApplying(1, 3),
    l.stillApplying(0, 3),
    l.change({ kind: 'out', atMs: 180_000, cpu: 100, added: [4, 5] }),
    l.change({ kind: 'ready', atMs: 480_000, replicas: [4] }),
    l.change({ kind: 'in', atMs: 480_000, cpu: 20, removed: 5, moved: [c1] }),
    l.scalingNow(50, 'x'),
    l.lag(2000),
    ...LOADS.map((load) => l.load(load, 50, 60, 54)),
    l.poolGrew(2, [c1]),
    l.poolShrank(1, [c1]),
    l.leak([c1]),
    l.reconnected([c1], [a2]),
    l.member(2, true, [2, 3], [a2]),
    l.member(3, false, [], []),
    l.memberUnchanged(4, true),
  ];
}

function pageWords(p: EndpointsPageStrings): string[] {
  const c = p.controls;
  return [
    ...tableWords(p.table),
    ...Object.values(c).flatMap((value) =>
      typeof value === 'string' ? [value] : typeof value === 'function' ? [] : Object.values(value),
    ),
    ...LAGS_MS.map((ms) => c.lagOption(ms)),
    ...POOL_SIZES.map((n) => c.poolOption(n)),
    c.member(1),
  ];
}

describe('endpoints strings', () => {
  checkDiagramWords({
    strings: endpointsStrings,
    page: endpointsPageStrings,
    islandWords,
    pageWords,
    tour: TOUR,
    koreanShare: 0.75,
    leftovers: true,
    terms: {
      list: [
        '클러스터 엔드포인트',
        '리더 엔드포인트',
        '사용자 지정 엔드포인트',
        'Aurora 복제본',
        '라이터 DB 인스턴스',
        '복제 지연',
        '휴지 기간',
        '클러스터 볼륨',
      ],
    },
    buttons: (c) => [c.write, c.readWriter, c.readReplica, c.burst, c.waitShort, c.reconnect, c.report, c.waitLong],
  });

  it('name the reader endpoint on the picture as AWS does, and replicas the same way on the picture and on the controls', () => {
    expect(endpointsStrings.ko.picture.readerEndpoint).toBe('리더 엔드포인트');
    for (const locale of LOCALES) {
      expect(endpointsPageStrings[locale].controls.member(2)).toBe(endpointsStrings[locale].picture.replica(2));
    }
  });
});
