import { describe, expect, it } from 'vitest';
import { event, events } from './model.arbitrary';
import {
  canFailOver,
  canSwitchOver,
  distanceKm,
  initial,
  lagBetween,
  MAX_SECONDARIES,
  PROMOTE_MS,
  REGION_CODES,
  roleOf,
  run,
  step,
  writable,
  writesBehind,
  type GlobalState,
  type RegionCode,
} from './model';
import { checkPureModel, stepChecker } from '../kit/testing/model';

const deep = { numRuns: 400 };

/** Calls `visit(before, event, after)` at every step of any run. */
const everyStep = stepChecker(step, initial, events);

/** The Regions that hold the database: the primary and its secondaries. */
const members = (state: GlobalState): RegionCode[] => [state.primary, ...state.secondaries].sort();

describe('Regions and replication lag', () => {
  it('keeps every lag between two Regions under a second, and longer for farther Regions', () => {
    const pairs = REGION_CODES.flatMap((a) => REGION_CODES.filter((b) => b !== a).map((b) => [a, b] as const));
    for (const [a, b] of pairs) {
      expect(lagBetween(a, b)).toBeGreaterThan(0);
      expect(lagBetween(a, b)).toBeLessThan(1000);
      expect(lagBetween(a, b)).toBe(lagBetween(b, a));
    }
    const sorted = [...pairs].sort((p, q) => distanceKm(...p) - distanceKm(...q));
    for (let i = 1; i < sorted.length; i += 1) {
      const [p, q] = [sorted[i - 1], sorted[i]];
      if (p && q) expect(lagBetween(...q)).toBeGreaterThanOrEqual(lagBetween(...p));
    }
  });

  it('starts with a primary in N. Virginia and two secondaries', () => {
    const state = initial();
    expect(state.primary).toBe('us-east-1');
    expect(state.secondaries).toEqual(['eu-west-1', 'ap-northeast-2']);
    expect(writable(state)).toBe(true);
  });
});

describe('secondary Regions', () => {
  it('allows at most 10: adding every Region refuses the rest', () => {
    const state = step(initial(), { type: 'add', regions: [...REGION_CODES] });
    expect(state.secondaries).toHaveLength(MAX_SECONDARIES);
    const last = state.last;
    expect(last?.type).toBe('add');
    if (last?.type !== 'add') return;
    expect(last.refused).toEqual(['ap-southeast-2']);
    expect(last.added.length + last.refused.length + last.skipped.length).toBe(REGION_CODES.length);
    expect([...last.skipped].sort()).toEqual(['ap-northeast-2', 'eu-west-1', 'us-east-1']);
    expect(last.refused).toHaveLength(REGION_CODES.length - 1 - MAX_SECONDARIES);
  });

  it('keeps the global database well formed, whatever the reader does', () => {
    everyStep((_before, _e, after) => {
      expect(after.secondaries.length).toBeLessThanOrEqual(MAX_SECONDARIES);
      expect(new Set(after.secondaries).size).toBe(after.secondaries.length);
      expect(after.secondaries).toEqual(REGION_CODES.filter((c) => after.secondaries.includes(c)));
      expect(after.secondaries).not.toContain(after.primary);
      if (after.outage !== null) expect(after.secondaries).not.toContain(after.outage);
      for (const code of REGION_CODES) {
        const role = roleOf(after, code);
        expect(role === 'cut-off').toBe(after.outage === code && code !== after.primary);
      }
    }, deep);
  });
});

describe('unplanned failover', () => {
  it('is refused while the primary Region is healthy', () => {
    const state = step(initial(), { type: 'failover', to: 'ap-northeast-2' });
    expect(state.primary).toBe('us-east-1');
    expect(state.last).toEqual({ type: 'failover', ok: false, to: 'ap-northeast-2', reason: 'healthy' });
  });

  it('loses the writes still in flight (RPO under a second here, "seconds" in AWS terms) and takes under a minute', () => {
    for (const primary of REGION_CODES) {
      for (const to of REGION_CODES) {
        if (to === primary) continue;
        const start: GlobalState = { primary, secondaries: [to], outage: null, last: null };
        const state = run([{ type: 'outage' }, { type: 'failover', to }], start);
        expect(state.primary).toBe(to);
        expect(roleOf(state, primary)).toBe('cut-off');
        expect(writable(state)).toBe(true);
        const last = state.last;
        if (last?.type !== 'failover' || !last.ok) throw new Error('failover refused');
        expect(last.rpoMs).toBe(lagBetween(primary, to));
        expect(last.rpoMs).toBeLessThan(1000);
        expect(last.lostWrites).toBe(writesBehind(last.rpoMs));
        expect(last.lostWrites).toBeGreaterThan(0);
        expect(last.rtoMs).toBe(PROMOTE_MS);
        expect(last.rtoMs).toBeLessThan(60_000);
      }
    }
  });

  it('brings the old primary back as a secondary once its Region recovers', () => {
    const state = run([{ type: 'outage' }, { type: 'failover', to: 'ap-northeast-2' }, { type: 'recover' }]);
    expect(state.primary).toBe('ap-northeast-2');
    expect(state.secondaries).toEqual(['us-east-1', 'eu-west-1']);
    expect(state.outage).toBeNull();
    expect(state.last).toEqual({ type: 'recover', region: 'us-east-1', resumed: false, rejoined: true });
  });

  it('only ever promotes a secondary during an outage of the primary', () => {
    everyStep((before, e, after) => {
      if (e.type !== 'failover') return;
      expect(after.last?.type).toBe('failover');
      if (after.last?.type !== 'failover') return;
      expect(after.last.ok).toBe(canFailOver(before, e.to));
      if (after.last.ok) {
        expect(before.secondaries).toContain(e.to);
        expect(writable(before)).toBe(false);
        expect(after.last.lostWrites).toBeGreaterThan(0);
        expect(after.last.rpoMs).toBeLessThan(1000);
        expect(after.last.rtoMs).toBeLessThan(60_000);
      } else {
        expect(after).toEqual({ ...before, last: after.last });
      }
    }, deep);
  });
});

describe('planned switchover', () => {
  it('loses nothing, waits for the slowest secondary, and keeps the old primary as a secondary', () => {
    const state = step(initial(), { type: 'switchover', to: 'eu-west-1' });
    expect(state.primary).toBe('eu-west-1');
    expect(state.secondaries).toEqual(['us-east-1', 'ap-northeast-2']);
    expect(state.last).toEqual({
      type: 'switchover',
      ok: true,
      from: 'us-east-1',
      to: 'eu-west-1',
      syncMs: lagBetween('us-east-1', 'ap-northeast-2'),
      slowest: 'ap-northeast-2',
      lostWrites: 0,
    });
  });

  it('is refused during an outage of the primary: it needs the primary to synchronise', () => {
    const state = run([{ type: 'outage' }, { type: 'switchover', to: 'eu-west-1' }]);
    expect(state.primary).toBe('us-east-1');
    expect(state.last).toEqual({ type: 'switchover', ok: false, to: 'eu-west-1', reason: 'outage' });
  });

  it('always has RPO 0 and keeps the same Regions in the global database', () => {
    everyStep((before, e, after) => {
      if (e.type !== 'switchover' || after.last?.type !== 'switchover') return;
      expect(after.last.ok).toBe(canSwitchOver(before, e.to));
      if (!after.last.ok) return;
      expect(after.last.lostWrites).toBe(0);
      expect(members(after)).toEqual(members(before));
      expect(after.secondaries).toContain(before.primary);
      for (const code of before.secondaries) {
        expect(after.last.syncMs).toBeGreaterThanOrEqual(lagBetween(before.primary, code));
      }
    }, deep);
  });
});

describe('outages', () => {
  it('stops writes until the primary recovers or a secondary is promoted', () => {
    const down = step(initial(), { type: 'outage' });
    expect(writable(down)).toBe(false);
    const back = step(down, { type: 'recover' });
    expect(writable(back)).toBe(true);
    expect(back.primary).toBe('us-east-1');
    expect(back.last).toEqual({ type: 'recover', region: 'us-east-1', resumed: true, rejoined: false });
  });

  it('has one outage at a time', () => {
    const state = run([{ type: 'outage' }, { type: 'outage' }]);
    expect(state.last).toEqual({ type: 'outage', region: 'us-east-1', ok: false });
  });
});

describe('the model', () => {
  checkPureModel({ events, event, run, step });
});
