import { factText } from '../../lib/fact-values';
import { frameButtons, frameWords } from '../kit/frame-strings';
import { describe, expect, it } from 'vitest';
import { DEPLOYMENTS, MILESTONES, proxyAllowed, type Lane, type NodeId, type Role } from './model';
import { failoverPageStrings, type FailoverPageStrings } from './page-strings';
import { failoverStrings, type CaptionFacts, type FailoverStrings } from './strings';
import { TABLE_ROWS } from './describe';
import { LOCALES, type Locale } from '../kit/strings';
import { checkWords } from '../kit/testing/strings';

const ROLES: readonly Role[] = ['primary', 'standby', 'reader', 'replica', 'promoting', 'creating', 'failed'];
const LANES: readonly Lane[] = DEPLOYMENTS.flatMap((deployment) =>
  (proxyAllowed(deployment) ? [false, true] : [false]).map((proxy) => ({
    deployment,
    proxy,
  })),
);
const counts = { acked: 3, late: 1, failed: 2, held: 1, lost: 1 };

function facts(lane: Lane, next: NodeId = 'b'): CaptionFacts {
  return { lane, next, tier: 0, lag: 8, lost: 2, timedOut: 1 };
}

/** Every caption of every lane, both nodes that can take over. */
function captions(s: FailoverStrings): string[] {
  return LANES.flatMap((lane) =>
    (['normal', ...MILESTONES] as const).flatMap((key) =>
      (['b', 'c'] as const).map((next) => s.captions[key](facts(lane, next))),
    ),
  );
}

function islandWords(s: FailoverStrings): string[] {
  return [
    ...LANES.map((lane) => s.lane(lane)),
    s.rows.app,
    s.rows.proxy,
    ...DEPLOYMENTS.map((d) => s.rows.endpoint(d)),
    s.rows.volume,
    s.rows.node('a', 'a'),
    s.rows.writes,
    s.rows.outcome.acked,
    s.rows.outcome.failed,
    s.rows.outcome.lost,
    s.bars.app.ok,
    s.bars.app.errors,
    s.bars.app.waiting,
    s.bars.appShort.ok,
    s.bars.appShort.errors,
    s.bars.appShort.waiting,
    s.bars.proxyWaiting,
    s.bars.proxyWaitingShort,
    s.bars.to('b'),
    s.bars.volume,
    s.bars.volumeShort,
    ...DEPLOYMENTS.flatMap((d) =>
      ROLES.flatMap((r) => [s.bars.role(r, d, 0, 6, false), s.bars.role(r, d, 0, 6, true)]),
    ),
    s.bars.lag(6),
    s.axis.label,
    s.axis.failure,
    s.axis.happened,
    s.axis.toCome,
    s.seconds(-5),
    s.duration(226),
    s.when(-10),
    s.when(0),
    s.when(34),
    s.result({ rto: 77, rpo: 0, lost: 0 }),
    s.result({ rto: 226, rpo: 6, lost: 2 }),
    s.picture.title(['x'], 'y'),
    ...captions(s),
    s.status('x', 'ok', counts),
    s.status('x', 'errors', counts),
    s.status('x', 'waiting', counts),
    s.live.at('x', ['y']),
    s.live.showing(['x']),
    s.live.rerolled(2, ['x']),
    s.live.ended(['x']),
    s.live.summary('x', { rto: 1, rpo: 0, lost: 0 }),
    s.table.caption(1),
    s.table.none,
    s.table.writes(3, 1, 0),
  ];
}

function pageWords(p: FailoverPageStrings): string[] {
  return [
    p.caption(['x', 'y']),
    p.caption(['x']),
    ...p.reading,
    ...DEPLOYMENTS.map((d) => p.about[d]),
    p.aboutProxy,
    p.measuring,
    p.noscript,
    p.panel,
    p.table.milestone,
    ...TABLE_ROWS.map((r) => p.table.rows[r]),
    ...Object.values(p.controls),
  ];
}

describe('failover strings', () => {
  const words = (locale: Locale) => [
    ...islandWords(failoverStrings[locale]),
    ...pageWords(failoverPageStrings[locale]),
  ];
  checkWords({
    words,
    koreanShare: 0.75,
    terms: {
      text: () => words('ko').join(' '),
      list: [
        '다중 AZ DB 인스턴스',
        '다중 AZ DB 클러스터',
        '장애 조치',
        '장애 조치 우선 순위',
        '승격',
        '읽기 전용 복제본',
        'Aurora 복제본',
        '대기 인스턴스',
        '기본 인스턴스',
        '라이터',
        '리더',
        '클러스터 엔드포인트',
        '클러스터 볼륨',
        '복제 지연',
        '동기식',
        '비동기식',
        'RDS 프록시',
      ],
    },
  });

  it('leave the bar of an absent node without a label', () => {
    for (const locale of LOCALES) {
      expect(failoverStrings[locale].bars.role('absent', 'aurora-no-replica', null, 0, false)).toBe('');
    }
  });

  it('never put a Korean particle straight after an instance name', () => {
    // Particles whose form depends on the sound before them (의, 에, 도 do not).
    const particle = /(^|[\s(])[abc](이|가|을|를|은|는|와|과|로|으로)(?=$|[\s.,)])/;
    for (const text of words('ko')) {
      expect(text, text).not.toMatch(particle);
    }
  });

  it('teach the documented figures', () => {
    // The figures come from the fact registry; the words show them as a reader of each language reads them.
    const ids = [
      'rds.multi-az.instance.failover',
      'rds.multi-az.cluster.failover',
      'aurora.failover.with-replica',
      'aurora.failover.with-replica.often',
      'aurora.failover.without-replica',
      'rds.proxy.failover-reduction',
      'rds.proxy.connection-borrow-timeout',
    ];
    const figures = {
      en: ['60–120 s', 'under 35 s', 'under 60 s', 'under 30 s', 'under 10 minutes', '66%', '79 %', '32 %', '120 s'],
      ko: ['60~120초', '35초 미만', '60초 미만', '30초 미만', '10분 미만', '66%', '79%', '32%', '120초'],
    };
    for (const locale of LOCALES) {
      const text = pageWords(failoverPageStrings[locale]).join(' ');
      for (const id of ids) expect(text).toContain(factText(id, locale));
      for (const figure of figures[locale]) expect(text, figure).toContain(figure);
    }
  });

  it('give every control its own name within a language', () => {
    for (const locale of ['ko', 'en'] as const) {
      const c = failoverPageStrings[locale].controls;
      const w = frameWords[locale];
      const buttons = [c.fail, c.replay, c.reroll, ...frameButtons(locale).filter((name) => name !== w.replay)];
      expect(new Set(buttons).size).toBe(buttons.length);
      const fields = [c.scenario, c.scenarioProxy, c.compare, c.compareProxy, c.time, w.speed, w.link];
      expect(new Set(fields).size).toBe(fields.length);
    }
  });

  it('format time both ways', () => {
    expect(failoverStrings.en.duration(77)).toBe('77 s');
    expect(failoverStrings.en.duration(226)).toBe('226 s (3 min 46 s)');
    expect(failoverStrings.en.duration(180)).toBe('180 s (3 min)');
    expect(failoverStrings.ko.duration(226)).toBe('226초(3분 46초)');
    expect(failoverStrings.en.when(-10)).toBe('10 s before the failure');
    expect(failoverStrings.ko.when(34)).toBe('장애 후 34초');
    expect(failoverStrings.en.seconds(-5)).toBe('−5 s');
  });
});
