import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  appView,
  DEPLOYMENTS,
  finalOf,
  holds,
  laneAt,
  lostWrites,
  milestonesOf,
  nodeOf,
  PROXY_BORROW_TIMEOUT,
  PROXY_MAX_CUT,
  proxyAllowed,
  RTO_RANGE,
  rtoOf,
  runOf,
  runsOf,
  timingsOf,
  windowOf,
  writeCounts,
  writeTimes,
  type Deployment,
  type Lane,
  type Run,
} from './model';
import { lanes, seeds } from './model.arbitrary';

const SEEDS = Array.from({ length: 300 }, (_, i) => i * 7919 + 1);
const SYNCHRONOUS: readonly Deployment[] = DEPLOYMENTS.filter((d) => d !== 'replica-promotion');

function soloRun(lane: Lane, seed: number): Run {
  return runsOf({ lanes: [lane], seed })[0] as Run;
}

const direct = (deployment: Deployment): Lane => ({ deployment, proxy: false });
const proxied = (deployment: Deployment): Lane => ({ deployment, proxy: true });

describe('RTO: each scenario recovers within the range AWS documents', () => {
  it('Multi-AZ DB instance: typically 60–120 s', () => {
    for (const seed of SEEDS) {
      const rto = rtoOf(finalOf(soloRun(direct('multi-az-instance'), seed)));
      expect(rto).not.toBeNull();
      expect(rto).toBeGreaterThanOrEqual(60);
      expect(rto).toBeLessThanOrEqual(120);
    }
  });

  it('Multi-AZ DB cluster: typically under 35 s', () => {
    for (const seed of SEEDS) expect(rtoOf(finalOf(soloRun(direct('multi-az-cluster'), seed)))).toBeLessThan(35);
  });

  it('Aurora with a replica: under 60 s, and often under 30 s', () => {
    const rtos = SEEDS.map((seed) => rtoOf(finalOf(soloRun(direct('aurora'), seed))) ?? Infinity);
    for (const rto of rtos) expect(rto).toBeLessThan(60);
    const under30 = rtos.filter((rto) => rto < 30).length / rtos.length;
    expect(under30).toBeGreaterThan(0.5);
    expect(under30).toBeLessThan(1);
  });

  it('Aurora with no replica: a new instance, typically under 10 minutes, far longer than with one', () => {
    for (const seed of SEEDS) {
      const rto = rtoOf(finalOf(soloRun(direct('aurora-no-replica'), seed))) ?? Infinity;
      expect(rto).toBeLessThan(600);
      expect(rto).toBeGreaterThan(60);
    }
  });

  it('Promoting a read replica by hand: the minutes this model assumes', () => {
    for (const seed of SEEDS) {
      const rto = rtoOf(finalOf(soloRun(direct('replica-promotion'), seed))) ?? Infinity;
      expect(rto).toBeGreaterThanOrEqual(RTO_RANGE['replica-promotion'].min);
      expect(rto).toBeLessThanOrEqual(RTO_RANGE['replica-promotion'].max);
    }
  });

  it('agrees with RTO_RANGE for every deployment', () => {
    for (const deployment of DEPLOYMENTS) {
      for (const seed of SEEDS.slice(0, 50)) {
        const rto = rtoOf(finalOf(soloRun(direct(deployment), seed))) ?? Infinity;
        expect(rto).toBeGreaterThanOrEqual(RTO_RANGE[deployment].min);
        expect(rto).toBeLessThanOrEqual(RTO_RANGE[deployment].max);
      }
    }
  });

  it('RDS Proxy shrinks the outage the application sees, by up to 66 %, never more', () => {
    for (const deployment of SYNCHRONOUS) {
      let best = 0;
      for (const seed of SEEDS) {
        const without = rtoOf(finalOf(soloRun(direct(deployment), seed))) ?? Infinity;
        const withProxy = rtoOf(finalOf(soloRun(proxied(deployment), seed))) ?? Infinity;
        expect(withProxy).toBeLessThan(without);
        const cut = 1 - withProxy / without;
        expect(cut).toBeLessThanOrEqual(PROXY_MAX_CUT);
        best = Math.max(best, cut);
      }
      // The gain is real for every deployment, and biggest where DNS and reconnects weigh most.
      expect(best).toBeGreaterThan(deployment === 'aurora-no-replica' ? 0 : 0.25);
    }
  });

  it('is measured from what the application sees: the first acknowledgement after the failure', () => {
    for (const deployment of DEPLOYMENTS) {
      for (const proxy of proxyAllowed(deployment) ? [false, true] : [false]) {
        const state = finalOf(soloRun({ deployment, proxy }, 5));
        const firstAck = Math.min(...state.writes.filter((w) => (w.ackedAt ?? -1) > 0).map((w) => w.ackedAt ?? 0));
        expect(firstAck).toBe(state.resumedAt);
      }
    }
  });
});

describe('RPO', () => {
  it('is 0 in every synchronous scenario (standby, semisynchronous readers, shared cluster volume)', () => {
    for (const deployment of SYNCHRONOUS) {
      for (const proxy of [false, true]) {
        for (const seed of SEEDS) {
          const state = finalOf(soloRun({ deployment, proxy }, seed));
          expect(state.rpo).toBe(0);
          expect(lostWrites(state)).toEqual([]);
        }
      }
    }
  });

  it('equals the replication lag when an asynchronous read replica is promoted', () => {
    for (const seed of SEEDS) {
      const run = soloRun(direct('replica-promotion'), seed);
      const state = finalOf(run);
      expect(state.rpo).toBe(run.timings.lag);
      expect(state.rpo).toBeGreaterThan(0);
    }
  });

  it('loses exactly the writes acknowledged within the lag before the failure, and at least one', () => {
    for (const seed of SEEDS) {
      const run = soloRun(direct('replica-promotion'), seed);
      const state = finalOf(run);
      const lag = run.timings.lag;
      const expected = state.writes.filter((w) => w.ackedAt !== null && w.ackedAt > -lag && w.ackedAt <= 0);
      expect(lostWrites(state).map((w) => w.id)).toEqual(expected.map((w) => w.id));
      expect(expected.length).toBeGreaterThan(0);
      expect(writeCounts(state).lost).toBe(expected.length);
    }
  });

  it('counts the loss only once the replica is promoted: until then the data sits on the failed primary', () => {
    const run = soloRun(direct('replica-promotion'), 3);
    expect(lostWrites(laneAt(run, run.timings.promote - 1))).toEqual([]);
    expect(lostWrites(laneAt(run, run.timings.promote)).length).toBeGreaterThan(0);
  });
});

describe('runs are deterministic for a seed', () => {
  it('gives the same timings, events and outcome for the same seed', () => {
    for (const deployment of DEPLOYMENTS) {
      expect(timingsOf(deployment, 42)).toEqual(timingsOf(deployment, 42));
      const lane = direct(deployment);
      expect(finalOf(soloRun(lane, 42))).toEqual(finalOf(soloRun(lane, 42)));
    }
  });

  it('varies with the seed', () => {
    for (const deployment of DEPLOYMENTS) {
      const seen = new Set(SEEDS.slice(0, 40).map((seed) => JSON.stringify(timingsOf(deployment, seed))));
      expect(seen.size).toBeGreaterThan(20);
    }
  });

  it('gives a lane the same writes and counts whatever lane it is drawn beside (the Aurora lane on /aurora/ and /security-proxy/)', () => {
    for (const seed of [1, 9, 4242]) {
      const onAurora = runsOf({ lanes: [direct('aurora'), direct('aurora-no-replica')], seed })[0] as Run;
      const onProxy = runsOf({ lanes: [direct('aurora'), proxied('aurora')], seed })[0] as Run;
      expect(onAurora.workload).toEqual(onProxy.workload);
      expect(onAurora.events).toEqual(onProxy.events);
      expect(writeCounts(finalOf(onAurora))).toEqual(writeCounts(finalOf(onProxy)));
    }
  });

  it('gives a deployment the same failover with or without the proxy, and in either lane', () => {
    const a = runsOf({ lanes: [direct('aurora'), proxied('aurora')], seed: 9 });
    expect(a[0]?.timings).toEqual(a[1]?.timings);
    const b = runsOf({ lanes: [direct('multi-az-instance'), direct('aurora')], seed: 9 });
    const c = runsOf({ lanes: [direct('aurora'), direct('multi-az-instance')], seed: 9 });
    expect(b[1]?.timings).toEqual(c[0]?.timings);
  });
});

const syncLane = fc.record({ deployment: fc.constantFrom(...SYNCHRONOUS), proxy: fc.boolean() });
const anyLane = lanes;
const seed = seeds;

describe('properties', () => {
  it('no acknowledged write is ever lost in a synchronous scenario, at any moment', () => {
    fc.assert(
      fc.property(syncLane, anyLane, seed, fc.double({ min: 0, max: 1, noNaN: true }), (lane, other, s, at) => {
        // Drawn beside any other lane: the shared time axis varies, the lane's own workload does not.
        const run = runsOf({ lanes: [lane, other], seed: s })[0] as Run;
        const time = run.window.start + at * (run.window.end - run.window.start);
        const state = laneAt(run, time);
        expect(lostWrites(state)).toEqual([]);
        const primary = state.primary;
        if (primary !== null) {
          for (const w of state.writes) if (w.ackedAt !== null) expect(holds(state, primary, w)).toBe(true);
        }
        // The node that takes over already holds everything acknowledged before the failure.
        const next = nodeOf(state, state.next);
        if (state.failedAt !== null && next && next.role !== 'absent' && next.role !== 'creating') {
          for (const w of state.writes)
            if (w.ackedAt !== null && w.ackedAt <= 0) expect(holds(state, next.id, w)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every write is acknowledged in the end (late, perhaps), and none before the application can write', () => {
    fc.assert(
      fc.property(anyLane, seed, (lane, s) => {
        const run = soloRun(lane, s);
        const state = finalOf(run);
        const counts = writeCounts(state);
        expect(counts.failed + counts.held).toBe(0);
        expect(counts.acked + counts.lost).toBe(state.writes.length);
        for (const w of state.writes) {
          const acked = w.ackedAt ?? -Infinity;
          expect(acked).toBeGreaterThanOrEqual(w.issuedAt);
          // Acknowledged on the spot before the failure and after recovery; in between only by waiting.
          if (acked > 0) expect(acked).toBeGreaterThanOrEqual(state.resumedAt ?? Infinity);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the application sees errors without a proxy and waits with one, for exactly the RTO', () => {
    fc.assert(
      fc.property(anyLane, seed, (lane, s) => {
        const run = soloRun(lane, s);
        const rto = rtoOf(finalOf(run)) ?? Infinity;
        expect(appView(laneAt(run, -0.5))).toBe('ok');
        expect(appView(laneAt(run, rto / 2))).toBe(lane.proxy ? 'waiting' : 'errors');
        expect(appView(laneAt(run, rto - 0.01))).toBe(lane.proxy ? 'waiting' : 'errors');
        expect(appView(laneAt(run, rto))).toBe('ok');
      }),
      { numRuns: 200 },
    );
  });
});

describe('how each deployment fails over', () => {
  it('Aurora promotes the replica with the highest priority (lowest tier)', () => {
    for (const seed of SEEDS.slice(0, 60)) {
      const state = finalOf(soloRun(direct('aurora'), seed));
      const replicas = state.nodes.filter((n) => n.id !== 'a');
      const best = replicas.reduce((x, y) => ((x.tier ?? 15) <= (y.tier ?? 15) ? x : y));
      expect(state.primary).toBe(best.id);
      expect(nodeOf(state, 'a')?.role).toBe('failed');
    }
  });

  it('a Multi-AZ DB cluster promotes a reader holding every acknowledged write; the other may be behind', () => {
    const picked = new Set<string>();
    for (const seed of SEEDS.slice(0, 60)) {
      const run = soloRun(direct('multi-az-cluster'), seed);
      const before = laneAt(run, 0);
      const next = nodeOf(before, run.timings.next);
      const other = before.nodes.find((n) => n.id !== 'a' && n.id !== run.timings.next);
      expect(next?.upTo).toBe(0);
      expect(other?.upTo).toBe(-run.timings.otherLag);
      expect(finalOf(run).primary).toBe(run.timings.next);
      picked.add(run.timings.next);
    }
    expect([...picked].sort()).toEqual(['b', 'c']);
  });

  it('Aurora with no replica creates a new writer on the same cluster volume: nothing is lost', () => {
    const run = soloRun(direct('aurora-no-replica'), 8);
    expect(nodeOf(laneAt(run, -1), 'b')?.role).toBe('absent');
    expect(nodeOf(laneAt(run, run.timings.detect), 'b')?.role).toBe('creating');
    const state = finalOf(run);
    expect(nodeOf(state, 'b')?.role).toBe('primary');
    expect(state.rpo).toBe(0);
    for (const w of state.writes) expect(holds(state, 'b', w)).toBe(true);
  });

  it('a proxy holds writes for its borrow timeout (120 s), after which they fail and are retried', () => {
    const run = soloRun(proxied('aurora-no-replica'), 8);
    const state = finalOf(run);
    const proxyReady = run.timings.proxy;
    const longWaits = state.writes.filter((w) => w.issuedAt > 0 && proxyReady - w.issuedAt >= PROXY_BORROW_TIMEOUT);
    expect(longWaits.length).toBeGreaterThan(0);
    for (const w of longWaits) {
      expect(w.failedAt).toBe(w.issuedAt + PROXY_BORROW_TIMEOUT);
      expect(w.attempts).toBe(1 + Math.floor((proxyReady - w.issuedAt) / PROXY_BORROW_TIMEOUT));
      expect(w.ackedAt).toBe(proxyReady);
    }
    const shortWaits = state.writes.filter(
      (w) => w.issuedAt > proxyReady - PROXY_BORROW_TIMEOUT && w.issuedAt < proxyReady,
    );
    for (const w of shortWaits) expect([w.failedAt, w.attempts, w.ackedAt]).toEqual([null, 1, proxyReady]);
  });

  it('with a proxy the application never waits for DNS: it resumes before the record changes', () => {
    for (const deployment of SYNCHRONOUS) {
      const run = soloRun(proxied(deployment), 11);
      const order = milestonesOf(run.lane, run.timings).map((m) => m.type);
      expect(order).toContain('proxy');
      expect(order).not.toContain('reconnect');
      expect(run.timings.proxy).toBeLessThan(run.timings.reconnect);
    }
  });

  it('without a proxy, failed writes are retried when the application reconnects', () => {
    const run = soloRun(direct('multi-az-instance'), 2);
    const state = finalOf(run);
    const during = state.writes.filter((w) => w.issuedAt > 0 && w.issuedAt < run.timings.reconnect);
    expect(during.length).toBeGreaterThan(0);
    for (const w of during) {
      expect(w.failedAt).toBe(w.issuedAt);
      expect(w.attempts).toBe(2);
      expect(w.ackedAt).toBe(run.timings.reconnect);
    }
  });

  it('manual promotion: the application must be pointed at the replica; until then its writes fail', () => {
    const run = soloRun(direct('replica-promotion'), 4);
    const t = run.timings;
    const promoted = laneAt(run, (t.promote + t.dns) / 2);
    expect(promoted.primary).toBe('b');
    expect(promoted.endpoint).toBe('a');
    expect(appView(promoted)).toBe('errors');
    expect(laneAt(run, t.dns).endpoint).toBe('b');
    expect(appView(laneAt(run, t.reconnect))).toBe('ok');
  });
});

describe('the shared window', () => {
  it('starts before the failure (covering any lag), ends after every lane recovers, and keeps writes readable', () => {
    fc.assert(
      fc.property(anyLane, fc.option(anyLane, { nil: undefined }), seed, (a, b, s) => {
        const lanes = b ? [a, b] : [a];
        const w = windowOf({ lanes, seed: s });
        for (const lane of lanes) {
          const t = timingsOf(lane.deployment, s);
          expect(w.start).toBeLessThan(-t.lag);
          for (const m of milestonesOf(lane, t)) expect(m.at).toBeLessThan(w.end);
        }
        const times = writeTimes(w);
        expect(times.length).toBeLessThanOrEqual(61);
        expect(times.length).toBeGreaterThan(10);
        // The last write before the failure lands at most 2 s before it.
        expect(Math.max(...times.filter((t) => t < 0))).toBeGreaterThanOrEqual(-2);
        // All lanes share the same workload.
        const runs = lanes.map((lane) => runOf(lane, s, w));
        const writeAts = runs.map((r) => r.events.filter((e) => e.type === 'write').map((e) => e.at));
        expect(writeAts[0]).toEqual(times);
        if (writeAts[1]) expect(writeAts[1]).toEqual(times);
      }),
      { numRuns: 300 },
    );
  });
});
