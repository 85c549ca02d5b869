/**
 * The endpoints model: one Aurora DB cluster (a writer and three Aurora
 * Replicas you created, plus up to two that Auto Scaling adds), a service
 * application and an analytics application. Pure: no DOM, no d3, no timers,
 * no randomness. Time is simulated in milliseconds and moves only when an
 * event says so: every statement takes STATEMENT_MS, and "wait" events move
 * it further.
 *
 * - Writes go to the writer (cluster endpoint). The replicas apply each write
 *   `lag` ms after it commits, all of them at once (they share the cluster
 *   volume), so a read on a replica inside that window is stale.
 * - The reader endpoint picks a replica when a connection opens (DNS
 *   round-robin over the available replicas); every statement on that
 *   connection then goes to that replica.
 * - The custom endpoint "analytics" is a static list of replicas; the
 *   analytics app's connections go only to its members.
 * - Auto Scaling watches the replicas' average CPU once a minute: above the
 *   target for SCALE_OUT_MINUTES in a row, it adds enough replicas to bring
 *   the average back to the target; below 90 % of the target for
 *   SCALE_IN_MINUTES in a row, it removes one replica it created. After each
 *   change it waits COOLDOWN_MS. A new replica takes CREATE_MS to create.
 *
 * AWS's figures (the default cooldown, the usual replica lag) and the
 * diagram's own assumptions (the target, the alarm periods, the creation
 * time) come from the fact registry: content/facts/aurora.json and
 * content/facts/diagram-assumptions.json.
 */
import { factMs, factNumber } from '../../lib/fact-values';

/** Replica lag choices, ms: the second is AWS's usual figure, the others the diagram's contrast. */
export const LAGS_MS = [20, factNumber('aurora.replicas.lag'), 500, 2000] as const;
export type LagIndex = 0 | 1 | 2 | 3;
export const LAG_INDEXES: readonly LagIndex[] = [0, 1, 2, 3];
export const DEFAULT_LAG: LagIndex = 1;

export const LOADS = ['light', 'busy', 'peak'] as const;
export type Load = (typeof LOADS)[number];
/** The service app's read load, in percent of one replica's CPU. */
export const LOAD_DEMAND: Readonly<Record<Load, number>> = { light: 90, busy: 150, peak: 300 };

/** The scaling policy's target: average replica CPU, percent. */
export const TARGET_CPU = factNumber('diagram.endpoints.target-cpu');
/** Scale in only below this share of the target. */
export const SCALE_IN_RATIO = factNumber('diagram.endpoints.scale-in-share') / 100;
export const SCALE_OUT_MINUTES = factNumber('diagram.endpoints.scale-out-period');
export const SCALE_IN_MINUTES = factNumber('diagram.endpoints.scale-in-period');
export const MINUTE_MS = 60_000;
/** Aurora Auto Scaling's default cooldown (scale-in and scale-out alike). */
export const COOLDOWN_MS = factMs('aurora.autoscaling.cooldown');
export const CREATE_MS = factMs('diagram.endpoints.replica-create');

export const STATEMENT_MS = 10;
export const SHORT_WAIT_MS = 500;
export const LONG_WAIT_MS = 5 * MINUTE_MS;
/** How many reads "send a burst" sends. */
export const BURST = 8;

export type ReplicaId = 1 | 2 | 3 | 4 | 5;
export const REPLICA_IDS: readonly ReplicaId[] = [1, 2, 3, 4, 5];
/** Replicas you created yourself; Auto Scaling never removes them. */
export const MANUAL_IDS: readonly ReplicaId[] = [1, 2, 3];
/** The scaling policy's range: replicas in the cluster. */
export const MIN_REPLICAS = 3;
export const MAX_REPLICAS = 5;

export const POOL_SIZES: readonly number[] = [1, 2, 3, 4];
export const DEFAULT_POOL = 2;
/** The analytics app keeps this many connections open. */
export const ANALYTICS_POOL = 2;

export interface Replica {
  readonly id: ReplicaId;
  /** Added by Auto Scaling (it removes only these). */
  readonly auto: boolean;
  /** A member of the custom endpoint "analytics". */
  readonly analytics: boolean;
  /** While being created: when it becomes available; null once available. */
  readonly readyAt: number | null;
}

export interface Connection {
  /** c1, c2, … for the service app; a1, a2, … for the analytics app. */
  readonly id: number;
  readonly replica: ReplicaId;
}

export type App = 'service' | 'analytics';
export type Instance = 'writer' | ReplicaId;

export interface Read {
  /** The connection the statement ran on; null for the writer's (cluster endpoint) connection. */
  readonly app: App;
  readonly conn: number | null;
  readonly instance: Instance;
  /** The newest write the read saw. */
  readonly value: number;
  /** The newest write on the writer at that moment. */
  readonly latest: number;
  readonly stale: boolean;
}

export type ScalingChange =
  | { readonly kind: 'out'; readonly at: number; readonly cpu: number; readonly added: readonly ReplicaId[] }
  | { readonly kind: 'ready'; readonly at: number; readonly replicas: readonly ReplicaId[] }
  | {
      readonly kind: 'in';
      readonly at: number;
      readonly cpu: number;
      readonly removed: ReplicaId;
      /** Connections that were on the removed replica, reopened elsewhere. */
      readonly moved: { readonly service: readonly Connection[]; readonly analytics: readonly Connection[] };
    };

export type Outcome =
  | { readonly type: 'write'; readonly version: number }
  | { readonly type: 'read'; readonly reads: readonly Read[] }
  | { readonly type: 'report'; readonly read: Read | null }
  | { readonly type: 'wait'; readonly ms: number; readonly changes: readonly ScalingChange[] }
  | { readonly type: 'lag' }
  | { readonly type: 'load' }
  | {
      readonly type: 'pool';
      readonly opened: readonly Connection[];
      readonly closed: readonly Connection[];
    }
  | { readonly type: 'reconnect'; readonly service: readonly Connection[]; readonly analytics: readonly Connection[] }
  | {
      readonly type: 'member';
      readonly replica: ReplicaId;
      readonly on: boolean;
      /** False when the replica cannot change (missing or still being created). */
      readonly changed: boolean;
      readonly analytics: readonly Connection[];
    };

export interface EndpointsState {
  /** Simulated time, ms. */
  readonly now: number;
  readonly lag: LagIndex;
  readonly load: Load;
  /** Writes the writer has committed. */
  readonly latest: number;
  /** Commit times of the writes the replicas have not applied yet, oldest first. */
  readonly pending: readonly number[];
  readonly replicas: readonly Replica[];
  /** The service app's pool, opened through the reader endpoint. */
  readonly service: readonly Connection[];
  /** The analytics app's connections, opened through the custom endpoint. */
  readonly analytics: readonly Connection[];
  readonly nextService: number;
  readonly nextAnalytics: number;
  /** Turns of the reader endpoint's and the custom endpoint's DNS round-robin. */
  readonly dns: number;
  readonly dnsCustom: number;
  /** Which pool connection the next read borrows; which analytics connection the next report uses. */
  readonly cursor: number;
  readonly reportCursor: number;
  /** Minutes in a row above the target, and below 90 % of it. */
  readonly above: number;
  readonly below: number;
  /** No scaling activity starts before this time. */
  readonly cooldownUntil: number;
  readonly last: Outcome | null;
}

export type EndpointsEvent =
  | { readonly type: 'write' }
  | { readonly type: 'read'; readonly via: 'writer' | 'reader'; readonly count?: number }
  | { readonly type: 'report' }
  | { readonly type: 'wait'; readonly ms: number }
  | { readonly type: 'lag'; readonly lag: LagIndex }
  | { readonly type: 'load'; readonly load: Load }
  | { readonly type: 'pool'; readonly size: number }
  | { readonly type: 'reconnect' }
  | { readonly type: 'member'; readonly replica: ReplicaId; readonly on: boolean };

// ---------------------------------------------------------------- facts

export function lagMs(state: EndpointsState): number {
  return LAGS_MS[state.lag];
}

/** The newest write every replica has applied. */
export function applied(state: EndpointsState): number {
  return state.latest - state.pending.length;
}

export function isAvailable(replica: Replica): boolean {
  return replica.readyAt === null;
}

export function replicaOf(state: EndpointsState, id: ReplicaId): Replica | undefined {
  return state.replicas.find((replica) => replica.id === id);
}

/** Who the reader endpoint can hand out: every available replica. */
export function readerMembers(state: EndpointsState): readonly ReplicaId[] {
  return state.replicas.filter(isAvailable).map((replica) => replica.id);
}

/** Who the custom endpoint can hand out: its available members. */
export function customMembers(state: EndpointsState): readonly ReplicaId[] {
  return state.replicas.filter((replica) => isAvailable(replica) && replica.analytics).map((replica) => replica.id);
}

export function creating(state: EndpointsState): readonly ReplicaId[] {
  return state.replicas.filter((replica) => !isAvailable(replica)).map((replica) => replica.id);
}

/** The metric Auto Scaling watches: the read load spread over the available replicas, percent. */
export function averageCpu(state: EndpointsState): number {
  const count = readerMembers(state).length;
  return count === 0 ? 0 : LOAD_DEMAND[state.load] / count;
}

export function scaleInBelow(): number {
  return TARGET_CPU * SCALE_IN_RATIO;
}

/** The replica a service-pool or analytics connection is pinned to. */
export function connectionOf(state: EndpointsState, app: App, id: number): Connection | undefined {
  return (app === 'service' ? state.service : state.analytics).find((conn) => conn.id === id);
}

/** Connections of both apps on a replica. */
export function connectionsOn(state: EndpointsState, id: ReplicaId): { service: number[]; analytics: number[] } {
  return {
    service: state.service.filter((conn) => conn.replica === id).map((conn) => conn.id),
    analytics: state.analytics.filter((conn) => conn.replica === id).map((conn) => conn.id),
  };
}

/** Service connections that landed on a replica set aside for analytics. */
export function leaks(state: EndpointsState): readonly Connection[] {
  return state.service.filter((conn) => replicaOf(state, conn.replica)?.analytics === true);
}

// ---------------------------------------------------------------- start

interface Dns {
  readonly turn: number;
  readonly next: number;
}

/** Opens `count` connections through an endpoint's DNS round-robin over `members`. */
function open(members: readonly ReplicaId[], count: number, dns: Dns): [Connection[], Dns] {
  const out: Connection[] = [];
  let { turn, next } = dns;
  if (members.length === 0) return [out, dns];
  for (let i = 0; i < count; i += 1) {
    out.push({ id: next, replica: members[turn % members.length] as ReplicaId });
    turn += 1;
    next += 1;
  }
  return [out, { turn, next }];
}

export function initial(): EndpointsState {
  const replicas: Replica[] = MANUAL_IDS.map((id) => ({ id, auto: false, analytics: id === 3, readyAt: null }));
  const [service, dns] = open([1, 2, 3], DEFAULT_POOL, { turn: 0, next: 1 });
  const [analytics, custom] = open([3], ANALYTICS_POOL, { turn: 0, next: 1 });
  return {
    now: 0,
    lag: DEFAULT_LAG,
    load: 'light',
    latest: 0,
    pending: [],
    replicas,
    service,
    analytics,
    nextService: dns.next,
    nextAnalytics: custom.next,
    dns: dns.turn,
    dnsCustom: custom.turn,
    cursor: 0,
    reportCursor: 0,
    above: 0,
    below: 0,
    cooldownUntil: 0,
    last: null,
  };
}

// ---------------------------------------------------------------- time

/** Applies every pending write that is `lag` old at `now`. */
function replicate(state: EndpointsState): EndpointsState {
  const lag = lagMs(state);
  const pending = state.pending.filter((at) => at + lag > state.now);
  return pending.length === state.pending.length ? state : { ...state, pending };
}

/** Re-homes the connections pinned to a replica that is going away. */
function rehome(
  state: EndpointsState,
  gone: ReplicaId,
): [EndpointsState, { service: Connection[]; analytics: Connection[] }] {
  const moved = { service: [] as Connection[], analytics: [] as Connection[] };
  let dns: Dns = { turn: state.dns, next: state.nextService };
  const readers = readerMembers(state).filter((id) => id !== gone);
  const service = state.service.map((conn) => {
    if (conn.replica !== gone) return conn;
    const [[fresh], after] = open(readers, 1, dns);
    dns = after;
    if (!fresh) return conn;
    moved.service.push(fresh);
    return fresh;
  });
  let custom: Dns = { turn: state.dnsCustom, next: state.nextAnalytics };
  const members = customMembers(state).filter((id) => id !== gone);
  const analytics: Connection[] = [];
  for (const conn of state.analytics) {
    if (conn.replica !== gone) {
      analytics.push(conn);
      continue;
    }
    const [[fresh], after] = open(members, 1, custom);
    custom = after;
    if (fresh) {
      moved.analytics.push(fresh);
      analytics.push(fresh);
    }
  }
  return [
    {
      ...state,
      service,
      analytics,
      dns: dns.turn,
      nextService: dns.next,
      dnsCustom: custom.turn,
      nextAnalytics: custom.next,
      reportCursor: analytics.length === 0 ? 0 : state.reportCursor % analytics.length,
    },
    moved,
  ];
}

/** One evaluation of the scaling policy, at a minute boundary `at`. */
function minute(state: EndpointsState, at: number, changes: ScalingChange[]): EndpointsState {
  let next: EndpointsState = { ...state, now: at };
  const ready = next.replicas.filter((r) => r.readyAt !== null && r.readyAt <= at).map((r) => r.id);
  if (ready.length > 0) {
    next = { ...next, replicas: next.replicas.map((r) => (ready.includes(r.id) ? { ...r, readyAt: null } : r)) };
    changes.push({ kind: 'ready', at, replicas: ready });
  }
  const cpu = averageCpu(next);
  const above = cpu > TARGET_CPU ? next.above + 1 : 0;
  const below = cpu < scaleInBelow() ? next.below + 1 : 0;
  next = { ...next, above, below };
  if (at < next.cooldownUntil || creating(next).length > 0) return next;

  const total = next.replicas.length;
  if (above >= SCALE_OUT_MINUTES && total < MAX_REPLICAS) {
    const desired = Math.min(MAX_REPLICAS, Math.max(total + 1, Math.ceil(LOAD_DEMAND[next.load] / TARGET_CPU)));
    const free = REPLICA_IDS.filter((id) => !replicaOf(next, id)).slice(0, desired - total);
    const added: Replica[] = free.map((id) => ({ id, auto: true, analytics: false, readyAt: at + CREATE_MS }));
    changes.push({ kind: 'out', at, cpu, added: free });
    return {
      ...next,
      replicas: [...next.replicas, ...added].sort((a, b) => a.id - b.id),
      above: 0,
      cooldownUntil: at + COOLDOWN_MS,
    };
  }
  const removable = next.replicas.filter((r) => r.auto && isAvailable(r)).map((r) => r.id);
  const victim = removable[removable.length - 1];
  if (below >= SCALE_IN_MINUTES && total > MIN_REPLICAS && victim !== undefined) {
    const [rehomed, moved] = rehome(next, victim);
    changes.push({ kind: 'in', at, cpu, removed: victim, moved });
    return {
      ...rehomed,
      replicas: rehomed.replicas.filter((r) => r.id !== victim),
      below: 0,
      cooldownUntil: at + COOLDOWN_MS,
    };
  }
  return next;
}

/** Moves time forward by `ms`, running the scaling policy at every minute boundary passed. */
function advance(state: EndpointsState, ms: number, changes: ScalingChange[]): EndpointsState {
  const end = state.now + Math.max(0, Math.trunc(ms));
  let current = state;
  for (let at = (Math.floor(current.now / MINUTE_MS) + 1) * MINUTE_MS; at <= end; at += MINUTE_MS) {
    current = minute(replicate({ ...current, now: at }), at, changes);
  }
  return replicate({ ...current, now: end });
}

/** One statement: it runs at `now` and takes STATEMENT_MS. */
function tick(state: EndpointsState): EndpointsState {
  return advance(state, STATEMENT_MS, []);
}

// ---------------------------------------------------------------- events

function readOn(state: EndpointsState, app: App, conn: Connection | null): Read {
  const value = conn === null ? state.latest : applied(state);
  return {
    app,
    conn: conn?.id ?? null,
    instance: conn === null ? 'writer' : conn.replica,
    value,
    latest: state.latest,
    stale: value < state.latest,
  };
}

function reads(state: EndpointsState, via: 'writer' | 'reader', count: number): EndpointsState {
  const out: Read[] = [];
  let current = state;
  const n = Math.min(Math.max(Math.trunc(count), 1), 50);
  for (let i = 0; i < n; i += 1) {
    if (via === 'writer') {
      out.push(readOn(current, 'service', null));
      current = tick(current);
      continue;
    }
    const conn = current.service[current.cursor % Math.max(1, current.service.length)];
    if (!conn) break;
    out.push(readOn(current, 'service', conn));
    current = { ...tick(current), cursor: (current.cursor + 1) % current.service.length };
  }
  return { ...current, last: { type: 'read', reads: out } };
}

function report(state: EndpointsState): EndpointsState {
  const conn = state.analytics[state.reportCursor % Math.max(1, state.analytics.length)];
  if (!conn) return { ...state, last: { type: 'report', read: null } };
  const read = readOn(state, 'analytics', conn);
  return {
    ...tick(state),
    reportCursor: (state.reportCursor + 1) % state.analytics.length,
    last: { type: 'report', read },
  };
}

function setPool(state: EndpointsState, size: number): EndpointsState {
  const want = Math.min(Math.max(Math.trunc(size), POOL_SIZES[0] ?? 1), POOL_SIZES[POOL_SIZES.length - 1] ?? 4);
  if (want <= state.service.length) {
    const closed = state.service.slice(want);
    const service = state.service.slice(0, want);
    return { ...state, service, cursor: state.cursor % want, last: { type: 'pool', opened: [], closed } };
  }
  const [opened, dns] = open(readerMembers(state), want - state.service.length, {
    turn: state.dns,
    next: state.nextService,
  });
  return {
    ...state,
    service: [...state.service, ...opened],
    dns: dns.turn,
    nextService: dns.next,
    last: { type: 'pool', opened, closed: [] },
  };
}

/** The analytics app drops its connections and opens them again through the custom endpoint. */
function reopenAnalytics(state: EndpointsState): EndpointsState {
  const [analytics, custom] = open(customMembers(state), ANALYTICS_POOL, {
    turn: state.dnsCustom,
    next: state.nextAnalytics,
  });
  return { ...state, analytics, dnsCustom: custom.turn, nextAnalytics: custom.next, reportCursor: 0 };
}

function reconnect(state: EndpointsState): EndpointsState {
  const [service, dns] = open(readerMembers(state), state.service.length, { turn: state.dns, next: state.nextService });
  const next = reopenAnalytics({ ...state, service, dns: dns.turn, nextService: dns.next, cursor: 0 });
  return { ...next, last: { type: 'reconnect', service: next.service, analytics: next.analytics } };
}

function member(state: EndpointsState, id: ReplicaId, on: boolean): EndpointsState {
  const replica = replicaOf(state, id);
  if (!replica || !isAvailable(replica) || replica.analytics === on) {
    return { ...state, last: { type: 'member', replica: id, on, changed: false, analytics: state.analytics } };
  }
  const marked = { ...state, replicas: state.replicas.map((r) => (r.id === id ? { ...r, analytics: on } : r)) };
  const next = reopenAnalytics(marked);
  return { ...next, last: { type: 'member', replica: id, on, changed: true, analytics: next.analytics } };
}

export function step(state: EndpointsState, event: EndpointsEvent): EndpointsState {
  switch (event.type) {
    case 'write': {
      const version = state.latest + 1;
      const written = { ...state, latest: version, pending: [...state.pending, state.now] };
      return { ...tick(written), last: { type: 'write', version } };
    }
    case 'read':
      return reads(state, event.via, event.count ?? 1);
    case 'report':
      return report(state);
    case 'wait': {
      const changes: ScalingChange[] = [];
      const next = advance(state, event.ms, changes);
      return { ...next, last: { type: 'wait', ms: next.now - state.now, changes } };
    }
    case 'lag':
      return { ...replicate({ ...state, lag: event.lag }), last: { type: 'lag' } };
    case 'load':
      return { ...state, load: event.load, last: { type: 'load' } };
    case 'pool':
      return setPool(state, event.size);
    case 'reconnect':
      return reconnect(state);
    case 'member':
      return member(state, event.replica, event.on);
  }
}

export function run(events: readonly EndpointsEvent[], from: EndpointsState = initial()): EndpointsState {
  return events.reduce(step, from);
}
