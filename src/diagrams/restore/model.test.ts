import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPureModel } from '../kit/testing/model';
import { ago, engine, event, events } from './model.arbitrary';
import {
  backtrackVerdict,
  cloneVerdict,
  DAY,
  HOUR,
  initial,
  MARKS,
  markAt,
  pitrVerdict,
  retentionRange,
  run,
  s3Verdict,
  SNAPSHOTS,
  snapshotVerdict,
  step,
  TIMELINE_MINUTES,
  verdicts,
  type Engine,
  type Settings,
} from './model';

const aurora: Settings = { engine: 'aurora-mysql', retention: 35, backtrack: 72 };
const rds: Settings = { engine: 'rds-mysql', retention: 35, backtrack: 0 };

describe('point-in-time restore at its documented edges', () => {
  it('reaches back exactly the retention period, up to 35 days', () => {
    for (const settings of [aurora, rds]) {
      expect(pitrVerdict(settings, 35 * DAY)).toMatchObject({ ok: true, reason: 'window' });
      expect(pitrVerdict(settings, 35 * DAY + 1)).toMatchObject({ ok: false, reason: 'tooOld' });
    }
    expect(pitrVerdict({ ...aurora, retention: 1 }, DAY)).toMatchObject({ ok: true });
    expect(pitrVerdict({ ...aurora, retention: 1 }, DAY + 1)).toMatchObject({ ok: false, reason: 'tooOld' });
  });

  it('stops at the latest restorable time, about 5 minutes ago', () => {
    expect(pitrVerdict(aurora, 5)).toMatchObject({ ok: true });
    expect(pitrVerdict(aurora, 4)).toMatchObject({ ok: false, reason: 'tooRecent' });
    expect(pitrVerdict(aurora, 0)).toMatchObject({ ok: false, reason: 'tooRecent' });
  });

  it('gives a new DB cluster on Aurora and a new DB instance on RDS', () => {
    expect(pitrVerdict(aurora, HOUR).result).toBe('newCluster');
    expect(pitrVerdict(rds, HOUR).result).toBe('newInstance');
  });

  it('is off on an RDS DB instance with retention 0', () => {
    expect(pitrVerdict({ ...rds, retention: 0 }, HOUR)).toMatchObject({ ok: false, reason: 'off' });
  });

  it('holds exactly when backups are on and the moment lies between 5 minutes and the retention period', () => {
    fc.assert(
      fc.property(engine, fc.integer({ min: 0, max: 35 }), ago, (e, retention, a) => {
        const ok = pitrVerdict({ engine: e, retention, backtrack: 0 }, a).ok;
        expect(ok).toBe(retention >= 1 && a >= 5 && a <= retention * DAY);
      }),
    );
  });
});

describe('retention settings', () => {
  it('are 1–35 days for Aurora, which cannot turn automated backups off', () => {
    expect(retentionRange('aurora-mysql')).toEqual({ min: 1, max: 35 });
    expect(retentionRange('aurora-postgresql')).toEqual({ min: 1, max: 35 });
    const s = initial();
    expect(step(s, { type: 'retention', days: 0 })).toMatchObject({ retention: 1, last: { asked: 0, days: 1 } });
    expect(step(s, { type: 'retention', days: 1 }).retention).toBe(1);
    expect(step(s, { type: 'retention', days: 35 }).retention).toBe(35);
    expect(step(s, { type: 'retention', days: 36 })).toMatchObject({ retention: 35, last: { asked: 36, days: 35 } });
  });

  it('are 0–35 days for an RDS DB instance, where 0 turns automated backups off', () => {
    expect(retentionRange('rds-mysql')).toEqual({ min: 0, max: 35 });
    const s = step(initial(), { type: 'engine', engine: 'rds-postgresql' });
    expect(step(s, { type: 'retention', days: 0 }).retention).toBe(0);
    expect(step(s, { type: 'retention', days: -1 }).retention).toBe(0);
    expect(step(s, { type: 'retention', days: 36 }).retention).toBe(35);
  });

  it('move up to 1 day when an RDS instance with backups off becomes Aurora', () => {
    const off = run([{ type: 'engine', engine: 'rds-mysql' }, { type: 'retention', days: 0 }]);
    const back = step(off, { type: 'engine', engine: 'aurora-postgresql' });
    expect(back).toMatchObject({ retention: 1, last: { type: 'engine', retentionRaised: true } });
    expect(step(initial(), { type: 'engine', engine: 'rds-mysql' }).last).toMatchObject({ retentionRaised: false });
  });

  it('stay in range through any sequence of actions', () => {
    fc.assert(
      fc.property(events, (list) => {
        let state = initial();
        for (const e of list) {
          state = step(state, e);
          const { min, max } = retentionRange(state.engine);
          expect(Number.isInteger(state.retention) && state.retention >= min && state.retention <= max).toBe(true);
          expect(Number.isInteger(state.backtrack) && state.backtrack >= 0 && state.backtrack <= 72).toBe(true);
          expect(Number.isInteger(state.ago) && state.ago >= 0 && state.ago <= TIMELINE_MINUTES).toBe(true);
        }
      }),
    );
  });
});

describe('Backtrack at its documented edges', () => {
  it('reaches back exactly its window, at most 72 hours', () => {
    expect(backtrackVerdict(aurora, 72 * HOUR)).toMatchObject({ ok: true, result: 'sameCluster' });
    expect(backtrackVerdict(aurora, 72 * HOUR + 1)).toMatchObject({ ok: false, reason: 'tooOld' });
    expect(backtrackVerdict({ ...aurora, backtrack: 24 }, 24 * HOUR)).toMatchObject({ ok: true });
    expect(backtrackVerdict({ ...aurora, backtrack: 24 }, 24 * HOUR + 1)).toMatchObject({ ok: false });
    expect(step(initial(), { type: 'backtrack', hours: 73 })).toMatchObject({ backtrack: 72, last: { asked: 73 } });
  });

  it('is Aurora MySQL only, off at 0 hours, and has nothing to rewind at now', () => {
    for (const e of ['aurora-postgresql', 'rds-mysql', 'rds-postgresql'] as const) {
      expect(backtrackVerdict({ ...aurora, engine: e }, HOUR)).toMatchObject({ ok: false, reason: 'engine' });
    }
    expect(backtrackVerdict({ ...aurora, backtrack: 0 }, HOUR)).toMatchObject({ ok: false, reason: 'off' });
    expect(backtrackVerdict(aurora, 0)).toMatchObject({ ok: false, reason: 'now' });
    expect(backtrackVerdict(aurora, 1)).toMatchObject({ ok: true });
  });

  it('holds exactly inside the window on Aurora MySQL', () => {
    fc.assert(
      fc.property(engine, fc.integer({ min: 0, max: 72 }), ago, (e, hours, a) => {
        const ok = backtrackVerdict({ engine: e, retention: 7, backtrack: hours }, a).ok;
        expect(ok).toBe(e === 'aurora-mysql' && a > 0 && a <= hours * HOUR);
      }),
    );
  });
});

describe('snapshots, clones and S3', () => {
  it('return to a manual snapshot only at the minute it was taken, whatever the retention', () => {
    for (const snapshot of SNAPSHOTS) {
      for (const settings of [aurora, { ...rds, retention: 0 }, { ...aurora, retention: 1 }]) {
        expect(snapshotVerdict(settings, snapshot.ago)).toMatchObject({ ok: true, reason: 'taken' });
        expect(snapshotVerdict(settings, snapshot.ago + 1).ok).toBe(false);
        expect(snapshotVerdict(settings, snapshot.ago - 1).ok).toBe(false);
      }
    }
    expect(snapshotVerdict(aurora, 3 * DAY).nearest).toBe(4 * DAY + 2 * HOUR);
    expect(snapshotVerdict(aurora, 12 * DAY).nearest).toBeNull();
  });

  it('clone only now, and only Aurora', () => {
    expect(cloneVerdict(aurora, 0)).toMatchObject({ ok: true, result: 'newCluster' });
    expect(cloneVerdict(aurora, 1)).toMatchObject({ ok: false, reason: 'past' });
    expect(cloneVerdict(rds, 0)).toMatchObject({ ok: false, reason: 'engine' });
  });

  it('never return to a moment of this database from S3', () => {
    fc.assert(
      fc.property(engine, ago, (e, a) => {
        const v = verdicts({ engine: e, retention: 7, backtrack: 72 }, a).find((x) => x.mechanism === 's3');
        expect(v?.ok).toBe(false);
      }),
    );
    expect(s3Verdict(rds).reason).toBe('elsewhere');
    expect(s3Verdict({ ...rds, engine: 'rds-postgresql' }).reason).toBe('engine');
  });
});

describe('moments and marks', () => {
  it('clamp the moment to the two-week timeline and keep whole minutes', () => {
    expect(step(initial(), { type: 'moment', ago: -5 }).ago).toBe(0);
    expect(step(initial(), { type: 'moment', ago: 15 * DAY }).ago).toBe(TIMELINE_MINUTES);
    expect(step(initial(), { type: 'moment', ago: 2.6 }).ago).toBe(3);
    expect(step(initial(), { type: 'moment', ago: Number.NaN }).ago).toBe(initial().ago);
  });

  it('lists marks oldest first, each on the timeline, one per moment', () => {
    const agos = MARKS.map((m) => m.ago);
    expect([...agos].sort((a, b) => b - a)).toEqual(agos);
    expect(new Set(agos).size).toBe(agos.length);
    for (const a of agos) expect(a >= 0 && a <= TIMELINE_MINUTES).toBe(true);
    expect(markAt(72 * HOUR)).toBe('backtrackEdge');
    expect(markAt(73)).toBeNull();
  });

  it('ignore an unknown engine', () => {
    const state = initial();
    expect(step(state, { type: 'engine', engine: 'oracle' as Engine })).toBe(state);
  });
});

describe('the model', () => {
  checkPureModel({ events, event, run, step });
});
