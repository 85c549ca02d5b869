/**
 * The Global Database model: one primary Region that takes every write and
 * up to 10 secondary Regions that replicate its cluster volume, on a strip
 * of twelve AWS Regions from west to east. Pure: no DOM, no d3, no timers,
 * no randomness.
 *
 * The application writes steadily in the primary Region (WRITES_PER_SECOND).
 * Each secondary is behind by a replication lag that grows with distance and
 * stays under a second. Two ways move the primary role:
 *
 * - an unplanned failover, during an outage of the primary Region: a
 *   secondary is promoted with what it had received, so the writes still in
 *   flight are lost (RPO = that Region's lag, seconds at most); promotion
 *   takes PROMOTE_MS (RTO under a minute). The old primary is cut off until
 *   its Region recovers, then rejoins as a secondary.
 * - a planned switchover, with a healthy primary: writes pause until every
 *   secondary has caught up, then the roles swap, so nothing is lost (RPO 0)
 *   and the old primary becomes a secondary.
 */
import { factMs, factNumber } from '../../lib/fact-values';
import { oneOf } from '../kit/one-of';

export const REGION_CODES = [
  'us-west-2',
  'us-east-1',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-central-1',
  'ap-south-1',
  'ap-southeast-1',
  'ap-northeast-2',
  'ap-northeast-1',
  'ap-southeast-2',
] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export type Zone = 'americas' | 'europe' | 'asia';

export interface RegionInfo {
  readonly code: RegionCode;
  readonly zone: Zone;
  /** Where its data centres are, roughly: degrees. */
  readonly lat: number;
  readonly lon: number;
}

export const REGIONS: readonly RegionInfo[] = [
  { code: 'us-west-2', zone: 'americas', lat: 45.8, lon: -119.7 },
  { code: 'us-east-1', zone: 'americas', lat: 38.9, lon: -77.4 },
  { code: 'ca-central-1', zone: 'americas', lat: 45.5, lon: -73.6 },
  { code: 'sa-east-1', zone: 'americas', lat: -23.5, lon: -46.6 },
  { code: 'eu-west-1', zone: 'europe', lat: 53.3, lon: -6.3 },
  { code: 'eu-west-2', zone: 'europe', lat: 51.5, lon: -0.1 },
  { code: 'eu-central-1', zone: 'europe', lat: 50.1, lon: 8.7 },
  { code: 'ap-south-1', zone: 'asia', lat: 19.1, lon: 72.9 },
  { code: 'ap-southeast-1', zone: 'asia', lat: 1.35, lon: 103.8 },
  { code: 'ap-northeast-2', zone: 'asia', lat: 37.6, lon: 127.0 },
  { code: 'ap-northeast-1', zone: 'asia', lat: 35.7, lon: 139.7 },
  { code: 'ap-southeast-2', zone: 'asia', lat: -33.9, lon: 151.2 },
];

export const MAX_SECONDARIES = factNumber('aurora.global.secondary-regions');
export const REPLICAS_PER_SECONDARY = factNumber('aurora.global.replicas-per-secondary');
export const WRITES_PER_SECOND = 100;
/** How long promoting a secondary takes in this model. */
export const PROMOTE_MS = factMs('diagram.global-database.promote');

export function regionIndex(code: RegionCode): number {
  return REGION_CODES.indexOf(code);
}

export const isRegion = oneOf(REGION_CODES);

function info(code: RegionCode): RegionInfo {
  return REGIONS[regionIndex(code)] as RegionInfo;
}

/** Great-circle distance, km. */
export function distanceKm(a: RegionCode, b: RegionCode): number {
  const p = info(a);
  const q = info(b);
  const rad = Math.PI / 180;
  const h =
    Math.sin(((q.lat - p.lat) * rad) / 2) ** 2 +
    Math.cos(p.lat * rad) * Math.cos(q.lat * rad) * Math.sin(((q.lon - p.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Replication lag from one Region's storage to another's, ms: grows with distance, always under a second. */
export function lagBetween(from: RegionCode, to: RegionCode): number {
  if (from === to) return 0;
  return Math.round((100 + distanceKm(from, to) / 25) / 10) * 10;
}

export type Outcome =
  | {
      readonly type: 'add';
      readonly added: readonly RegionCode[];
      /** Not added: the global database already had 10 secondary Regions. */
      readonly refused: readonly RegionCode[];
      /** Not added: already in the global database, or down. */
      readonly skipped: readonly RegionCode[];
    }
  | { readonly type: 'remove'; readonly region: RegionCode; readonly removed: boolean }
  | { readonly type: 'outage'; readonly region: RegionCode; readonly ok: boolean }
  | {
      readonly type: 'recover';
      readonly region: RegionCode | null;
      /** The primary came back itself: writes resume where they were. */
      readonly resumed: boolean;
      /** A cut-off old primary came back as a secondary. */
      readonly rejoined: boolean;
    }
  | {
      readonly type: 'failover';
      readonly ok: true;
      readonly from: RegionCode;
      readonly to: RegionCode;
      /** Replication lag of the promoted Region when the outage hit: the RPO. */
      readonly rpoMs: number;
      readonly lostWrites: number;
      readonly rtoMs: number;
    }
  | {
      readonly type: 'failover';
      readonly ok: false;
      readonly to: RegionCode;
      readonly reason: 'healthy' | 'not-secondary';
    }
  | {
      readonly type: 'switchover';
      readonly ok: true;
      readonly from: RegionCode;
      readonly to: RegionCode;
      /** How long writes waited for the slowest secondary to catch up. */
      readonly syncMs: number;
      readonly slowest: RegionCode;
      readonly lostWrites: 0;
    }
  | {
      readonly type: 'switchover';
      readonly ok: false;
      readonly to: RegionCode;
      readonly reason: 'outage' | 'not-secondary';
    };

export interface GlobalState {
  readonly primary: RegionCode;
  /** In strip order. */
  readonly secondaries: readonly RegionCode[];
  /** The Region in an outage, if any: the primary, or an old primary cut off by a failover. */
  readonly outage: RegionCode | null;
  readonly last: Outcome | null;
}

export type GlobalEvent =
  | { readonly type: 'add'; readonly regions: readonly RegionCode[] }
  | { readonly type: 'remove'; readonly region: RegionCode }
  | { readonly type: 'outage' }
  | { readonly type: 'recover' }
  | { readonly type: 'failover'; readonly to: RegionCode }
  | { readonly type: 'switchover'; readonly to: RegionCode };

export type Role = 'primary' | 'secondary' | 'cut-off' | 'none';

export function initial(): GlobalState {
  return { primary: 'us-east-1', secondaries: ['eu-west-1', 'ap-northeast-2'], outage: null, last: null };
}

function inStripOrder(codes: Iterable<RegionCode>): RegionCode[] {
  const set = new Set(codes);
  return REGION_CODES.filter((code) => set.has(code));
}

// ---------------------------------------------------------------- facts

export function roleOf(state: GlobalState, code: RegionCode): Role {
  if (code === state.primary) return 'primary';
  if (state.secondaries.includes(code)) return 'secondary';
  if (code === state.outage) return 'cut-off';
  return 'none';
}

export function isDown(state: GlobalState, code: RegionCode): boolean {
  return state.outage === code;
}

/** The application can write: the primary Region is up. */
export function writable(state: GlobalState): boolean {
  return state.outage !== state.primary;
}

/** How far behind the primary a Region's copy is, ms; null if it is not a secondary. */
export function lagOf(state: GlobalState, code: RegionCode): number | null {
  return state.secondaries.includes(code) ? lagBetween(state.primary, code) : null;
}

/** The writes a Region's copy is missing at any moment (lag × write rate). */
export function writesBehind(lagMs: number): number {
  return Math.round((lagMs * WRITES_PER_SECOND) / 1000);
}

/** What failing over to a Region would lose: its lag, in ms and in writes. */
export function rpoOf(state: GlobalState, code: RegionCode): { readonly ms: number; readonly writes: number } | null {
  const lag = lagOf(state, code);
  return lag === null ? null : { ms: lag, writes: writesBehind(lag) };
}

export function canFailOver(state: GlobalState, to: RegionCode): boolean {
  return !writable(state) && state.secondaries.includes(to);
}

export function canSwitchOver(state: GlobalState, to: RegionCode): boolean {
  return writable(state) && state.secondaries.includes(to);
}

// ---------------------------------------------------------------- events

function add(state: GlobalState, regions: readonly RegionCode[]): GlobalState {
  const secondaries = [...state.secondaries];
  const added: RegionCode[] = [];
  const refused: RegionCode[] = [];
  const skipped: RegionCode[] = [];
  for (const code of regions) {
    if (code === state.primary || code === state.outage || secondaries.includes(code)) skipped.push(code);
    else if (secondaries.length >= MAX_SECONDARIES) refused.push(code);
    else {
      secondaries.push(code);
      added.push(code);
    }
  }
  return { ...state, secondaries: inStripOrder(secondaries), last: { type: 'add', added, refused, skipped } };
}

function remove(state: GlobalState, region: RegionCode): GlobalState {
  const removed = state.secondaries.includes(region);
  return {
    ...state,
    secondaries: state.secondaries.filter((code) => code !== region),
    last: { type: 'remove', region, removed },
  };
}

function recover(state: GlobalState): GlobalState {
  const region = state.outage;
  if (region === null) return { ...state, last: { type: 'recover', region: null, resumed: false, rejoined: false } };
  if (region === state.primary) {
    return { ...state, outage: null, last: { type: 'recover', region, resumed: true, rejoined: false } };
  }
  const rejoined = state.secondaries.length < MAX_SECONDARIES;
  return {
    ...state,
    outage: null,
    secondaries: rejoined ? inStripOrder([...state.secondaries, region]) : state.secondaries,
    last: { type: 'recover', region, resumed: false, rejoined },
  };
}

function failover(state: GlobalState, to: RegionCode): GlobalState {
  if (writable(state)) return { ...state, last: { type: 'failover', ok: false, to, reason: 'healthy' } };
  if (!state.secondaries.includes(to)) {
    return { ...state, last: { type: 'failover', ok: false, to, reason: 'not-secondary' } };
  }
  const rpoMs = lagBetween(state.primary, to);
  return {
    primary: to,
    secondaries: state.secondaries.filter((code) => code !== to),
    outage: state.outage,
    last: {
      type: 'failover',
      ok: true,
      from: state.primary,
      to,
      rpoMs,
      lostWrites: writesBehind(rpoMs),
      rtoMs: PROMOTE_MS,
    },
  };
}

function switchover(state: GlobalState, to: RegionCode): GlobalState {
  if (!writable(state)) return { ...state, last: { type: 'switchover', ok: false, to, reason: 'outage' } };
  if (!state.secondaries.includes(to)) {
    return { ...state, last: { type: 'switchover', ok: false, to, reason: 'not-secondary' } };
  }
  let slowest: RegionCode = to;
  for (const code of state.secondaries) {
    if (lagBetween(state.primary, code) > lagBetween(state.primary, slowest)) slowest = code;
  }
  return {
    primary: to,
    secondaries: inStripOrder([...state.secondaries.filter((code) => code !== to), state.primary]),
    outage: state.outage,
    last: {
      type: 'switchover',
      ok: true,
      from: state.primary,
      to,
      syncMs: lagBetween(state.primary, slowest),
      slowest,
      lostWrites: 0,
    },
  };
}

export function step(state: GlobalState, event: GlobalEvent): GlobalState {
  switch (event.type) {
    case 'add':
      return add(state, event.regions);
    case 'remove':
      return remove(state, event.region);
    case 'outage':
      if (state.outage !== null) return { ...state, last: { type: 'outage', region: state.outage, ok: false } };
      return { ...state, outage: state.primary, last: { type: 'outage', region: state.primary, ok: true } };
    case 'recover':
      return recover(state);
    case 'failover':
      return failover(state, event.to);
    case 'switchover':
      return switchover(state, event.to);
  }
}

export function run(events: readonly GlobalEvent[], from: GlobalState = initial()): GlobalState {
  return events.reduce(step, from);
}
