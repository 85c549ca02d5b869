/**
 * The failover model: one database deployment (a "lane") losing its primary
 * at t = 0 s, seen from the application. Pure: no DOM, no d3, no clock; the
 * only randomness (how long each phase takes) comes from a seeded RNG, drawn
 * inside the ranges AWS documents.
 *
 * Data is tracked, not assumed. The original primary commits writes at the
 * moment they are acknowledged; every follower holds the changes its source
 * committed up to `upTo` (seconds on the same clock): a synchronous standby
 * or a node on Aurora's shared cluster volume keeps up exactly, an
 * asynchronous replica runs `lag` seconds behind. When the source fails,
 * followers freeze where they are. A write is lost when it was acknowledged
 * but the node promoted in its place does not hold it.
 *
 * Times are seconds; the failure is at 0. Events at the same time apply in
 * list order: milestones first, then writes.
 */
import { factMs, factNumber, factRange } from '../../lib/fact-values';
import { mixSeed, mulberry32, type Rng } from '../kit/rng';

export const DEPLOYMENTS = [
  'multi-az-instance',
  'multi-az-cluster',
  'aurora',
  'aurora-no-replica',
  'replica-promotion',
] as const;
export type Deployment = (typeof DEPLOYMENTS)[number];

/** One scenario on the time axis: a deployment, reached directly or through RDS Proxy. */
export interface Lane {
  readonly deployment: Deployment;
  readonly proxy: boolean;
}

export type NodeId = 'a' | 'b' | 'c';
export type Az = 'a' | 'b' | 'c';

/**
 * primary: takes writes (the writer). standby: Multi-AZ DB instance standby, not readable.
 * reader: readable standby of a Multi-AZ DB cluster. replica: Aurora Replica or RDS read replica.
 * promoting / creating: on its way to primary. absent: not there yet (Aurora with no replica).
 */
export type Role = 'primary' | 'standby' | 'reader' | 'replica' | 'promoting' | 'creating' | 'failed' | 'absent';

export interface DbNode {
  readonly id: NodeId;
  readonly az: Az;
  readonly role: Role;
  /** The source's changes this node holds: everything the original primary committed up to this time. */
  readonly upTo: number;
  /** Seconds this node runs behind the original primary (0: synchronous or shared storage). */
  readonly lag: number;
  /** Aurora failover priority (tier 0–15, lower first); null elsewhere. */
  readonly tier: number | null;
}

export interface Write {
  /** 1, 2, … in the order the application issued them. */
  readonly id: number;
  readonly issuedAt: number;
  /** Tries so far: 1, plus one for each error the application saw. */
  readonly attempts: number;
  /** When the application got its acknowledgement; null until then. */
  readonly ackedAt: number | null;
  /** The first error the application saw for this write; null if none. */
  readonly failedAt: number | null;
  /** Waiting inside RDS Proxy since this time; null when not waiting. */
  readonly heldSince: number | null;
  /** The node that committed it. */
  readonly node: NodeId | null;
}

export type Milestone = 'fail' | 'detect' | 'promote' | 'proxy' | 'dns' | 'reconnect';
export const MILESTONES: readonly Milestone[] = ['fail', 'detect', 'promote', 'proxy', 'dns', 'reconnect'];

export type LaneEvent =
  | { readonly at: number; readonly type: 'write'; readonly id: number }
  | { readonly at: number; readonly type: Milestone };

/** What the application sees: writes succeed, fail with errors, or wait in the proxy. */
export type AppView = 'ok' | 'errors' | 'waiting';

export interface LaneState {
  readonly lane: Lane;
  readonly time: number;
  readonly nodes: readonly DbNode[];
  /** The node taking writes; null between the failure and the promotion. */
  readonly primary: NodeId | null;
  /** The primary before the failure: its writes are the ones that can be lost. */
  readonly original: NodeId;
  /** The node that takes over. */
  readonly next: NodeId;
  /** Where the endpoint the application uses points (its DNS record, or for manual promotion the app's setting). */
  readonly endpoint: NodeId;
  /** Where the application's database connection goes (no proxy); null while it has none. */
  readonly appTarget: NodeId | null;
  /** Where RDS Proxy's pooled connections go; null while it waits (always null without a proxy). */
  readonly proxyTarget: NodeId | null;
  /** Aurora: the data lives on the cluster volume, which survives the instance. */
  readonly sharedVolume: boolean;
  readonly failedAt: number | null;
  readonly detectedAt: number | null;
  readonly promotedAt: number | null;
  /** When the application could write again. */
  readonly resumedAt: number | null;
  /** Seconds of acknowledged changes the new primary does not hold (null until the promotion). */
  readonly rpo: number | null;
  /** The last milestone passed; null before the failure. */
  readonly phase: Milestone | null;
  readonly writes: readonly Write[];
}

/** How long RDS Proxy holds a request that waits for a database connection (ConnectionBorrowTimeout default), s. */
export const PROXY_BORROW_TIMEOUT = factMs('rds.proxy.connection-borrow-timeout') / 1000;

/**
 * The RTO each deployment is documented with, in seconds, from the fact registry: Multi-AZ DB
 * instance typically 60–120 s; Multi-AZ DB cluster typically under 35 s; Aurora with a replica
 * typically under 60 s; Aurora with no replica typically under 10 minutes. Promoting a read
 * replica by hand has no AWS figure: the registry holds it as this diagram's assumption.
 */
export const RTO_RANGE: Readonly<Record<Deployment, { readonly min: number; readonly max: number }>> = {
  'multi-az-instance': factRange('rds.multi-az.instance.failover'),
  'multi-az-cluster': { min: 0, max: factMs('rds.multi-az.cluster.failover') / 1000 },
  aurora: { min: 0, max: factMs('aurora.failover.with-replica') / 1000 },
  'aurora-no-replica': { min: 0, max: factMs('aurora.failover.without-replica') / 1000 },
  'replica-promotion': factRange('diagram.failover.replica-promotion'),
};

/** AWS's figure for RDS Proxy: failover time cut by up to 66 %. */
export const PROXY_MAX_CUT = factNumber('rds.proxy.failover-reduction') / 100;

/** When each phase ends, in seconds after the failure, and who takes over. */
export interface Timings {
  /** The failure is noticed (by RDS or Aurora; for manual promotion, by a person). */
  readonly detect: number;
  /** The new primary accepts writes. */
  readonly promote: number;
  /** The endpoint points to the new primary (DNS record; for manual promotion, the app's setting). */
  readonly dns: number;
  /** The application, connecting directly, reaches the new primary (after its DNS cache expires). */
  readonly reconnect: number;
  /** RDS Proxy, watching the database itself, has connections to the new primary. */
  readonly proxy: number;
  /** Replication lag of the promoted node at the failure (0: nothing to lose). */
  readonly lag: number;
  /** The node promoted. */
  readonly next: NodeId;
  /** Aurora: failover tiers of b and c. */
  readonly tiers: { readonly b: number; readonly c: number } | null;
  /** Multi-AZ DB cluster: how far behind the other reader runs (it did not acknowledge). */
  readonly otherLag: number;
}

function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/**
 * Phase lengths for a deployment and seed. The same seed gives a deployment the
 * same failover with or without RDS Proxy, so the two can be compared.
 */
export function timingsOf(deployment: Deployment, seed: number): Timings {
  const rng = mulberry32(mixSeed(seed, DEPLOYMENTS.indexOf(deployment), 0xfa11));
  const base = { lag: 0, next: 'b' as NodeId, tiers: null, otherLag: 0 };
  switch (deployment) {
    case 'multi-az-instance': {
      // Detect, recover the standby and open it as primary, flip DNS; the app's DNS cache and retries.
      const detect = int(rng, 10, 20);
      const promote = detect + int(rng, 44, 70);
      const dns = promote + int(rng, 1, 3);
      return { ...base, detect, promote, dns, reconnect: dns + int(rng, 5, 25), proxy: promote + int(rng, 1, 3) };
    }
    case 'multi-az-cluster': {
      const detect = int(rng, 5, 10);
      const promote = detect + int(rng, 5, 10);
      const dns = promote + int(rng, 1, 2);
      const next: NodeId = rng() < 0.5 ? 'b' : 'c';
      return {
        ...base,
        detect,
        promote,
        dns,
        reconnect: dns + int(rng, 3, 12),
        proxy: promote + int(rng, 1, 3),
        next,
        otherLag: int(rng, 1, 2),
      };
    }
    case 'aurora':
    case 'aurora-no-replica': {
      const detect = deployment === 'aurora' ? int(rng, 4, 10) : int(rng, 5, 15);
      // With a replica: promote it. Without one: create a new writer on the same cluster volume.
      const promote = detect + (deployment === 'aurora' ? int(rng, 6, 15) : int(rng, 150, 480));
      const dns = promote + int(rng, 1, 2);
      // Most clients pick up the new address quickly; a few hold on to a cached one.
      const u = rng();
      const reconnect = dns + 3 + Math.floor(17 * u * u);
      const proxy = promote + int(rng, 1, 3);
      if (deployment === 'aurora-no-replica') return { ...base, detect, promote, dns, reconnect, proxy };
      const bFirst = rng() < 0.5;
      return {
        ...base,
        detect,
        promote,
        dns,
        reconnect,
        proxy,
        next: bFirst ? 'b' : 'c',
        tiers: bFirst ? { b: 0, c: 1 } : { b: 1, c: 0 },
      };
    }
    case 'replica-promotion': {
      // An alarm, a person, a promotion, a configuration change: minutes.
      const lag = int(rng, 4, 20);
      const detect = int(rng, 60, 180);
      const promote = detect + int(rng, 45, 120);
      const dns = promote + int(rng, 30, 90);
      return { ...base, lag, detect, promote, dns, reconnect: dns + int(rng, 2, 6), proxy: dns + int(rng, 2, 6) };
    }
  }
}

export function proxyAllowed(deployment: Deployment): boolean {
  return deployment !== 'replica-promotion';
}

function node(id: NodeId, az: Az, role: Role, lag: number, tier: number | null = null): DbNode {
  return { id, az, role, upTo: -Infinity, lag, tier };
}

function nodesOf(deployment: Deployment, t: Timings): DbNode[] {
  switch (deployment) {
    case 'multi-az-instance':
      return [node('a', 'a', 'primary', 0), node('b', 'b', 'standby', 0)];
    case 'multi-az-cluster':
      return [
        node('a', 'a', 'primary', 0),
        node('b', 'b', 'reader', t.next === 'b' ? 0 : t.otherLag),
        node('c', 'c', 'reader', t.next === 'c' ? 0 : t.otherLag),
      ];
    case 'aurora':
      return [
        node('a', 'a', 'primary', 0),
        node('b', 'b', 'replica', 0, t.tiers?.b ?? 1),
        node('c', 'c', 'replica', 0, t.tiers?.c ?? 1),
      ];
    case 'aurora-no-replica':
      // Aurora tries to create the new instance in the original instance's AZ.
      return [node('a', 'a', 'primary', 0), node('b', 'a', 'absent', 0)];
    case 'replica-promotion':
      return [node('a', 'a', 'primary', 0), node('b', 'b', 'replica', t.lag)];
  }
}

export function initial(lane: Lane, timings: Timings): LaneState {
  const nodes = nodesOf(lane.deployment, timings);
  return {
    lane,
    time: -Infinity,
    nodes,
    primary: 'a',
    original: 'a',
    next: timings.next,
    endpoint: 'a',
    appTarget: lane.proxy ? null : 'a',
    proxyTarget: lane.proxy ? 'a' : null,
    sharedVolume: lane.deployment === 'aurora' || lane.deployment === 'aurora-no-replica',
    failedAt: null,
    detectedAt: null,
    promotedAt: null,
    resumedAt: null,
    rpo: null,
    phase: null,
    writes: [],
  };
}

/** Followers catch up while their source lives; writes waiting in the proxy time out. */
export function advance(state: LaneState, time: number): LaneState {
  if (!(time > state.time)) return state;
  const sourceUp = state.failedAt === null;
  const nodes = state.nodes.map((n) => {
    if (!sourceUp || n.role === 'absent' || n.role === 'failed') return n;
    const upTo = n.id === state.original ? time : Math.max(n.upTo, time - n.lag);
    return upTo === n.upTo ? n : { ...n, upTo };
  });
  let writes = state.writes;
  if (
    state.lane.proxy &&
    state.writes.some((w) => w.heldSince !== null && w.heldSince + PROXY_BORROW_TIMEOUT <= time)
  ) {
    writes = state.writes.map((w) => {
      if (w.heldSince === null) return w;
      let { heldSince, attempts, failedAt } = w;
      // The proxy gives up on the request; the application retries it and it waits again.
      while (heldSince + PROXY_BORROW_TIMEOUT <= time) {
        heldSince += PROXY_BORROW_TIMEOUT;
        failedAt ??= heldSince;
        attempts += 1;
      }
      return { ...w, heldSince, attempts, failedAt };
    });
  }
  return { ...state, time, nodes, writes };
}

function withNode(state: LaneState, id: NodeId, change: (n: DbNode) => DbNode): readonly DbNode[] {
  return state.nodes.map((n) => (n.id === id ? change(n) : n));
}

export function nodeOf(state: LaneState, id: NodeId): DbNode | undefined {
  return state.nodes.find((n) => n.id === id);
}

/** Can a write issued now be committed and acknowledged at once? */
export function canWrite(state: LaneState): boolean {
  const via = state.lane.proxy ? state.proxyTarget : state.appTarget;
  return via !== null && via === state.primary;
}

/** Commits the writes `wanted` picks on the primary, now; `retried` counts one more try for each. */
function settle(state: LaneState, wanted: (w: Write) => boolean, at: number, retried: boolean): readonly Write[] {
  const primary = state.primary;
  if (primary === null) return state.writes;
  return state.writes.map((w) =>
    wanted(w) ? { ...w, ackedAt: at, heldSince: null, node: primary, attempts: w.attempts + (retried ? 1 : 0) } : w,
  );
}

export function step(from: LaneState, event: LaneEvent): LaneState {
  const state = advance(from, event.at);
  const at = event.at;
  switch (event.type) {
    case 'write': {
      const write: Write = {
        id: event.id,
        issuedAt: at,
        attempts: 1,
        ackedAt: null,
        failedAt: null,
        heldSince: null,
        node: null,
      };
      let next: Write;
      if (canWrite(state)) next = { ...write, ackedAt: at, node: state.primary };
      else if (state.lane.proxy) next = { ...write, heldSince: at };
      else next = { ...write, failedAt: at };
      return { ...state, writes: [...state.writes, next] };
    }
    case 'fail':
      return {
        ...state,
        phase: 'fail',
        failedAt: at,
        nodes: withNode(state, state.original, (n) => ({ ...n, role: 'failed' })),
        primary: null,
        appTarget: null,
        proxyTarget: null,
      };
    case 'detect':
      return {
        ...state,
        phase: 'detect',
        detectedAt: at,
        nodes: withNode(state, state.next, (n) => ({ ...n, role: n.role === 'absent' ? 'creating' : 'promoting' })),
      };
    case 'promote': {
      const failedAt = state.failedAt ?? at;
      // A new Aurora instance opens the same cluster volume, which holds everything acknowledged.
      const nodes = withNode(state, state.next, (n) => ({
        ...n,
        role: 'primary',
        upTo: state.sharedVolume ? Math.max(n.upTo, failedAt) : n.upTo,
      }));
      const promoted = nodes.find((n) => n.id === state.next);
      const rpo = Math.max(0, failedAt - (promoted?.upTo ?? -Infinity));
      return { ...state, phase: 'promote', promotedAt: at, nodes, primary: state.next, rpo };
    }
    case 'proxy': {
      const ready = { ...state, phase: 'proxy' as const, proxyTarget: state.primary };
      return {
        ...ready,
        resumedAt: ready.resumedAt ?? at,
        writes: settle(ready, (w) => w.heldSince !== null, at, false),
      };
    }
    case 'dns':
      return { ...state, phase: 'dns', endpoint: state.next };
    case 'reconnect': {
      const ready = { ...state, phase: 'reconnect' as const, appTarget: state.endpoint };
      if (!canWrite(ready)) return ready;
      // The application retries every write that failed.
      return {
        ...ready,
        resumedAt: ready.resumedAt ?? at,
        writes: settle(ready, (w) => w.ackedAt === null && w.failedAt !== null, at, true),
      };
    }
  }
}

/** Does this node hold this write? */
export function holds(state: LaneState, id: NodeId, write: Write): boolean {
  if (write.ackedAt === null || write.node === null) return false;
  if (write.node === id) return true;
  const n = nodeOf(state, id);
  return write.node === state.original && n !== undefined && write.ackedAt <= n.upTo;
}

/** Acknowledged writes the current primary does not hold: gone for good. */
export function lostWrites(state: LaneState): readonly Write[] {
  const primary = state.primary;
  if (primary === null || state.promotedAt === null) return [];
  return state.writes.filter((w) => w.ackedAt !== null && !holds(state, primary, w));
}

export type WriteStatus = 'acked' | 'failed' | 'held' | 'lost';

export function statusOf(write: Write, lost: ReadonlySet<number>): WriteStatus {
  if (lost.has(write.id)) return 'lost';
  if (write.ackedAt !== null) return 'acked';
  return write.heldSince !== null ? 'held' : 'failed';
}

export interface WriteCounts {
  /** Acknowledged and still there. */
  readonly acked: number;
  /** Of those, how many had to be retried or waited in the proxy first. */
  readonly late: number;
  /** Failed, waiting for the application to retry them. */
  readonly failed: number;
  /** Waiting inside RDS Proxy. */
  readonly held: number;
  /** Acknowledged, then lost with the old primary. */
  readonly lost: number;
}

export function writeCounts(state: LaneState): WriteCounts {
  const lost = new Set(lostWrites(state).map((w) => w.id));
  const counts = { acked: 0, late: 0, failed: 0, held: 0, lost: 0 };
  for (const w of state.writes) {
    const status = statusOf(w, lost);
    counts[status] += 1;
    if (status === 'acked' && w.ackedAt !== null && w.ackedAt > w.issuedAt) counts.late += 1;
  }
  return counts;
}

/** What the application sees right now. */
export function appView(state: LaneState): AppView {
  if (canWrite(state)) return 'ok';
  return state.lane.proxy ? 'waiting' : 'errors';
}

/** The milestones of a lane, in order, with their times. */
export function milestonesOf(lane: Lane, t: Timings): readonly { readonly type: Milestone; readonly at: number }[] {
  const list: { type: Milestone; at: number }[] = [
    { type: 'fail', at: 0 },
    { type: 'detect', at: t.detect },
    { type: 'promote', at: t.promote },
    { type: 'dns', at: t.dns },
    lane.proxy ? { type: 'proxy', at: t.proxy } : { type: 'reconnect', at: t.reconnect },
  ];
  // Stable: ties keep the order above (the proxy may reconnect before DNS changes).
  return list
    .map((m, i) => ({ m, i }))
    .sort((x, y) => x.m.at - y.m.at || x.i - y.i)
    .map(({ m }) => m);
}

/** A stretch of the time axis and a write every `interval` s: the window drawn, or a lane's workload. */
export interface Window {
  readonly start: number;
  readonly end: number;
  /** Seconds between writes. */
  readonly interval: number;
}

/** A lane's whole run: its timings and its events, sorted. */
export interface Run {
  readonly lane: Lane;
  readonly seed: number;
  readonly timings: Timings;
  /** The time axis every lane drawn together shares. */
  readonly window: Window;
  /** The application's writes: a property of the deployment and seed, never of the lane drawn beside it. */
  readonly workload: Window;
  readonly events: readonly LaneEvent[];
}

/** Writes every `interval` s; one lands shortly before the failure (at most 2 s before). */
export function writeTimes(window: Window): number[] {
  const offset = Math.min(0.4 * window.interval, 2);
  const times: number[] = [];
  const first = Math.ceil((window.start + 0.5 + offset) / window.interval);
  for (let k = first; ; k += 1) {
    const t = Math.round((k * window.interval - offset) * 100) / 100;
    if (t > window.end - 0.5) break;
    times.push(t);
  }
  return times;
}

export function runOf(lane: Lane, seed: number, window: Window, workload: Window = window): Run {
  const timings = timingsOf(lane.deployment, seed);
  const milestones: LaneEvent[] = milestonesOf(lane, timings).map((m) => ({ at: m.at, type: m.type }));
  const writes: LaneEvent[] = writeTimes(workload).map((at, i) => ({ at, type: 'write', id: i + 1 }));
  // Milestones before writes at the same instant: a write sees the state the milestone made.
  const events = [...milestones, ...writes].sort(
    (x, y) => x.at - y.at || (x.type === 'write' ? 1 : 0) - (y.type === 'write' ? 1 : 0),
  );
  return { lane, seed, timings, window, workload, events };
}

/** The lane at a time: every event up to it, then followers and the proxy brought up to that time. */
export function laneAt(run: Run, time: number): LaneState {
  let state = initial(run.lane, run.timings);
  for (const event of run.events) {
    if (event.at > time) break;
    state = step(state, event);
  }
  return advance(state, time);
}

export function finalOf(run: Run): LaneState {
  return laneAt(run, run.window.end);
}

/** Seconds from the failure until the application could write again. */
export function rtoOf(state: LaneState): number | null {
  return state.resumedAt === null || state.failedAt === null ? null : state.resumedAt - state.failedAt;
}

// --- Several lanes on one axis -------------------------------------------------------------

export interface Setup {
  /** One lane, or two side by side. */
  readonly lanes: readonly Lane[];
  readonly seed: number;
}

const INTERVALS = [1, 2, 5, 10, 15, 20, 30];
const MAX_WRITES = 60;

/** A window over these lanes: a little normal operation before the failure, a little after the last one recovers. */
export function windowOf(setup: Setup): Window {
  let last = 0;
  let lag = 0;
  for (const lane of setup.lanes) {
    const t = timingsOf(lane.deployment, setup.seed);
    last = Math.max(last, ...milestonesOf(lane, t).map((m) => m.at));
    lag = Math.max(lag, t.lag);
  }
  const end = Math.ceil(last + Math.max(4, 0.12 * last));
  const start = -Math.max(6, Math.ceil(0.15 * end), lag + 4);
  const interval = INTERVALS.find((i) => (end - start) / i <= MAX_WRITES) ?? 30;
  return { start, end, interval };
}

/**
 * The application's workload for a deployment and seed: its window with and without RDS Proxy (where a
 * proxy is possible). It does not depend on the lane drawn next to it, so the same deployment and seed
 * show the same writes, and the same counts, on every page; with and without the proxy they match too.
 */
export function workloadOf(deployment: Deployment, seed: number): Window {
  const lanes: Lane[] = [{ deployment, proxy: false }];
  if (proxyAllowed(deployment)) lanes.push({ deployment, proxy: true });
  return windowOf({ lanes, seed });
}

/** Each lane with its own workload, on a time axis wide enough for all of them. */
export function runsOf(setup: Setup): readonly Run[] {
  const workloads = setup.lanes.map((lane) => workloadOf(lane.deployment, setup.seed));
  const window: Window = {
    start: Math.min(...workloads.map((w) => w.start)),
    end: Math.max(...workloads.map((w) => w.end)),
    interval: workloads[0]?.interval ?? 1,
  };
  return setup.lanes.map((lane, i) => runOf(lane, setup.seed, window, workloads[i]));
}

export const DEFAULT_SEED = 1;
export const MAX_SEED = 999_999;
