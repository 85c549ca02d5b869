import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPureModel, stepChecker, walker } from '../kit/testing/model';
import { event, events } from './model.arbitrary';
import {
  applied,
  averageCpu,
  customMembers,
  initial,
  isAvailable,
  LAGS_MS,
  LAG_INDEXES,
  MANUAL_IDS,
  MAX_REPLICAS,
  MIN_REPLICAS,
  MINUTE_MS,
  readerMembers,
  run,
  scaleInBelow,
  step,
  STATEMENT_MS,
  TARGET_CPU,
  type EndpointsState,
  type Read,
} from './model';

const deep = { numRuns: 300 };

/** Calls `visit(before, event, after)` for every step of a run; `everyStep` at every step of any run. */
const walk = walker(step, initial);
const everyStep = stepChecker(step, initial, events);

function readsOf(state: EndpointsState): readonly Read[] {
  const last = state.last;
  if (last?.type === 'read') return last.reads;
  if (last?.type === 'report' && last.read) return [last.read];
  return [];
}

describe('the starting cluster', () => {
  it('has a writer, three replicas you created, and two apps already connected', () => {
    const state = initial();
    expect(state.replicas.map((r) => [r.id, r.auto, r.analytics, r.readyAt])).toEqual([
      [1, false, false, null],
      [2, false, false, null],
      [3, false, true, null],
    ]);
    expect(state.service).toEqual([
      { id: 1, replica: 1 },
      { id: 2, replica: 2 },
    ]);
    expect(state.analytics).toEqual([
      { id: 1, replica: 3 },
      { id: 2, replica: 3 },
    ]);
    expect(state.latest).toBe(0);
    expect(state.pending).toEqual([]);
    expect(averageCpu(state)).toBe(30);
  });
});

describe('writes and replica lag', () => {
  it('sends writes to the writer; replicas apply them exactly `lag` ms after the commit', () => {
    for (const lag of LAG_INDEXES) {
      let state = run([{ type: 'lag', lag }, { type: 'write' }]);
      expect(state.latest).toBe(1);
      const committedAt = state.now - STATEMENT_MS;
      // Read again and again on a replica: stale until the lag has passed, then current.
      for (let i = 0; i < LAGS_MS[lag] / STATEMENT_MS + 2; i += 1) {
        const readAt = state.now;
        state = step(state, { type: 'read', via: 'reader' });
        const [read] = readsOf(state);
        expect(read?.instance).not.toBe('writer');
        expect(read?.stale).toBe(readAt - committedAt < LAGS_MS[lag]);
        expect(read?.value).toBe(read?.stale ? 0 : 1);
      }
    }
  });

  it('catches every replica up after a wait as long as the lag', () => {
    const state = run([{ type: 'lag', lag: 3 }, { type: 'write' }, { type: 'write' }, { type: 'wait', ms: 500 }]);
    expect(applied(state)).toBe(0);
    const later = step(state, { type: 'wait', ms: 2000 });
    expect(applied(later)).toBe(2);
    expect(later.pending).toEqual([]);
  });

  it('never un-applies a write when the lag grows', () => {
    const state = run([{ type: 'lag', lag: 0 }, { type: 'write' }, { type: 'wait', ms: 20 }]);
    expect(applied(state)).toBe(1);
    expect(applied(step(state, { type: 'lag', lag: 3 }))).toBe(1);
  });

  it('never returns a stale read from the writer, whatever happened before', () => {
    fc.assert(
      fc.property(events, (list) => {
        walk(list, (_before, _e, after) => {
          for (const read of readsOf(after)) {
            if (read.instance === 'writer') {
              expect(read.stale).toBe(false);
              expect(read.value).toBe(read.latest);
            }
          }
        });
        const state = step(run(list), { type: 'read', via: 'writer' });
        const [read] = readsOf(state);
        expect(read).toMatchObject({ instance: 'writer', stale: false, value: state.latest });
      }),
      deep,
    );
  });

  it('marks a read stale exactly when it misses a committed write', () => {
    everyStep((before, _e, after) => {
      for (const read of readsOf(after)) {
        expect(read.value).toBeLessThanOrEqual(read.latest);
        expect(read.stale).toBe(read.value < read.latest);
      }
      expect(applied(after)).toBeGreaterThanOrEqual(applied(before));
      expect(after.latest).toBeGreaterThanOrEqual(before.latest);
      for (const at of after.pending) expect(at + LAGS_MS[after.lag]).toBeGreaterThan(after.now);
    }, deep);
  });
});

describe('the reader endpoint', () => {
  it('never routes a statement to a different replica than its connection’s', () => {
    everyStep((before, e, after) => {
      if (e.type !== 'read' && e.type !== 'report') return;
      for (const read of readsOf(after)) {
        if (read.conn === null) continue;
        const pool = read.app === 'service' ? before.service : before.analytics;
        const conn = pool.find((c) => c.id === read.conn);
        expect(conn, `connection ${read.app} ${read.conn} exists`).toBeDefined();
        expect(read.instance).toBe(conn?.replica);
      }
    }, deep);
  });

  it('sends a whole burst to one replica when the pool has one connection', () => {
    fc.assert(
      fc.property(events, (list) => {
        const state = run([...list, { type: 'pool', size: 1 }, { type: 'read', via: 'reader', count: 8 }]);
        const reads = readsOf(state);
        expect(reads).toHaveLength(8);
        expect(new Set(reads.map((r) => r.instance)).size).toBe(1);
        expect(new Set(reads.map((r) => r.conn)).size).toBe(1);
      }),
    );
  });

  it('spreads connections, not statements: a pool of n reaches n replicas in turn', () => {
    const state = run([
      { type: 'pool', size: 3 },
      { type: 'read', via: 'reader', count: 6 },
    ]);
    expect(state.service.map((c) => c.replica)).toEqual([1, 2, 3]);
    expect(readsOf(state).map((r) => r.instance)).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it('keeps every connection on an available replica, and each app inside its endpoint', () => {
    everyStep((_b, _e, after) => {
      const readers = readerMembers(after);
      const members = customMembers(after);
      expect(after.service.length).toBeGreaterThanOrEqual(1);
      for (const conn of after.service) expect(readers).toContain(conn.replica);
      for (const conn of after.analytics) expect(members).toContain(conn.replica);
      expect(after.analytics.length).toBe(members.length > 0 ? 2 : 0);
    }, deep);
  });
});

describe('the custom endpoint', () => {
  it('sends the analytics app only to the members you chose', () => {
    const state = run([
      { type: 'member', replica: 1, on: true },
      { type: 'member', replica: 3, on: false },
      { type: 'report' },
    ]);
    expect(customMembers(state)).toEqual([1]);
    expect(state.analytics.map((c) => c.replica)).toEqual([1, 1]);
    expect(readsOf(state)[0]).toMatchObject({ app: 'analytics', instance: 1 });
  });

  it('leaves the analytics app nowhere to go without members', () => {
    const state = run([{ type: 'member', replica: 3, on: false }, { type: 'report' }]);
    expect(state.analytics).toEqual([]);
    expect(state.last).toEqual({ type: 'report', read: null });
  });

  it('does not keep the reader endpoint off the analytics replicas', () => {
    const state = run([{ type: 'pool', size: 3 }]);
    expect(state.service.map((c) => c.replica)).toContain(3);
  });
});

describe('replica Auto Scaling', () => {
  it('adds replicas after three minutes above the target, enough to bring the average back', () => {
    let state = step(initial(), { type: 'load', load: 'peak' });
    expect(averageCpu(state)).toBe(100);
    state = step(state, { type: 'wait', ms: 2 * MINUTE_MS });
    expect(state.replicas).toHaveLength(3);
    state = step(state, { type: 'wait', ms: MINUTE_MS });
    expect(state.replicas.map((r) => [r.id, r.auto, r.readyAt])).toEqual([
      [1, false, null],
      [2, false, null],
      [3, false, null],
      [4, true, 8 * MINUTE_MS],
      [5, true, 8 * MINUTE_MS],
    ]);
    // Still being created: the average does not move yet.
    expect(averageCpu(state)).toBe(100);
    state = step(state, { type: 'wait', ms: 5 * MINUTE_MS });
    expect(readerMembers(state)).toEqual([1, 2, 3, 4, 5]);
    expect(averageCpu(state)).toBe(TARGET_CPU);
  });

  it('gives new replicas no existing connection until the app reconnects', () => {
    const before = run([{ type: 'load', load: 'peak' }]);
    const scaled = step(before, { type: 'wait', ms: 10 * MINUTE_MS });
    expect(scaled.service).toEqual(before.service);
    const reconnected = step(step(scaled, { type: 'pool', size: 4 }), { type: 'reconnect' });
    expect(reconnected.service.some((c) => c.replica === 4 || c.replica === 5)).toBe(true);
  });

  it('removes only replicas it added, one at a time, after 15 minutes below 90 % of the target', () => {
    let state = run([
      { type: 'load', load: 'peak' },
      { type: 'wait', ms: 10 * MINUTE_MS },
      { type: 'load', load: 'light' },
    ]);
    expect(averageCpu(state)).toBeLessThan(scaleInBelow());
    state = step(state, { type: 'wait', ms: 14 * MINUTE_MS });
    expect(state.replicas).toHaveLength(5);
    state = step(state, { type: 'wait', ms: MINUTE_MS });
    expect(state.replicas.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    // Cooldown, then another 15 minutes below.
    state = step(state, { type: 'wait', ms: 14 * MINUTE_MS });
    expect(state.replicas).toHaveLength(4);
    state = step(state, { type: 'wait', ms: 60 * MINUTE_MS });
    expect(state.replicas.map((r) => r.id)).toEqual([...MANUAL_IDS]);
  });

  it('stays within the policy and keeps your replicas, whatever the reader does', () => {
    everyStep((before, _e, after) => {
      expect(after.replicas.length).toBeGreaterThanOrEqual(MIN_REPLICAS);
      expect(after.replicas.length).toBeLessThanOrEqual(MAX_REPLICAS);
      for (const id of MANUAL_IDS) expect(after.replicas.find((r) => r.id === id)?.auto).toBe(false);
      const last = after.last;
      if (last?.type !== 'wait') return;
      for (const change of last.changes) {
        if (change.kind === 'out') expect(change.cpu).toBeGreaterThan(TARGET_CPU);
        if (change.kind === 'in') {
          expect(change.cpu).toBeLessThan(scaleInBelow());
          expect(before.replicas.find((r) => r.id === change.removed)?.auto).toBe(true);
        }
      }
      // Never two scaling activities inside one cooldown.
      const starts = last.changes.filter((c) => c.kind !== 'ready').map((c) => c.at);
      for (let i = 1; i < starts.length; i += 1) {
        expect((starts[i] ?? 0) - (starts[i - 1] ?? 0)).toBeGreaterThanOrEqual(5 * MINUTE_MS);
      }
    }, deep);
  });

  it('settles: peak load ends with five replicas, light load with your three', () => {
    fc.assert(
      fc.property(events, (list) => {
        const peak = run([...list, { type: 'load', load: 'peak' }, { type: 'wait', ms: 60 * MINUTE_MS }]);
        expect(peak.replicas.filter(isAvailable)).toHaveLength(5);
        const light = run(
          [
            { type: 'load', load: 'light' },
            { type: 'wait', ms: 120 * MINUTE_MS },
          ],
          peak,
        );
        expect(light.replicas.map((r) => r.id)).toEqual([...MANUAL_IDS]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the model', () => {
  checkPureModel({ events, event, run, step });
});
