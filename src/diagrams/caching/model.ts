/**
 * Caching patterns: an application, an ElastiCache cache and a database.
 * Every request happens under three patterns at once, so switching between
 * them compares the same traffic:
 *
 *   lazy          lazy loading (cache-aside): a read that misses goes to the
 *                 database and stores the result in the cache; a write goes
 *                 to the database only, so the cached copy can go stale.
 *   writeThrough  every write goes to the database and then to the cache; a
 *                 read that misses goes to the database but does not fill
 *                 the cache.
 *   both          write-through for writes plus lazy loading for reads.
 *
 * A TTL, if set, applies to every key as it is written to the cache; when
 * it runs out the cache deletes the key. Time moves only when the reader
 * waits. Pure: no DOM, no clock, no randomness.
 */
import { oneOf } from '../kit/one-of';

export type Strategy = 'lazy' | 'writeThrough' | 'both';
export const STRATEGIES: readonly Strategy[] = ['lazy', 'writeThrough', 'both'];

export const KEYS = ['product:1', 'product:2', 'product:3'] as const;
export type Key = (typeof KEYS)[number];

/** TTL choices in seconds; 0 is no TTL. */
export const TTLS = [0, 30, 60] as const;
export type Ttl = (typeof TTLS)[number];
/** How long the reader's wait button waits, seconds. */
export const WAIT_SECONDS = 10;

export const isKey = oneOf(KEYS);
export const isStrategy = oneOf(STRATEGIES);
export const isTtl = oneOf(TTLS);

export function fillsOnRead(strategy: Strategy): boolean {
  return strategy !== 'writeThrough';
}

export function writesThrough(strategy: Strategy): boolean {
  return strategy !== 'lazy';
}

export interface Entry {
  /** The version of the value the cache holds. */
  readonly version: number;
  /** Second at which the key expires; null without a TTL. */
  readonly expiresAt: number | null;
}

export type Cache = Readonly<Partial<Record<Key, Entry>>>;

export interface Stats {
  readonly reads: number;
  readonly hits: number;
  /** Hits that returned an older version than the database holds. */
  readonly stale: number;
}

/** One hop of a request, for the picture. */
export type Hop = 'get' | 'value' | 'nil' | 'query' | 'result' | 'set' | 'dbWrite';

export type Outcome =
  | {
      readonly type: 'read';
      readonly key: Key;
      readonly result: 'hit' | 'stale' | 'miss';
      /** The version the application got back. */
      readonly version: number;
      readonly filled: boolean;
      readonly hops: readonly Hop[];
    }
  | { readonly type: 'write'; readonly key: Key; readonly version: number; readonly cached: boolean; readonly hops: readonly Hop[] }
  | { readonly type: 'wait'; readonly seconds: number; readonly expired: readonly Key[] }
  | { readonly type: 'ttl'; readonly ttl: Ttl }
  | { readonly type: 'replace'; readonly dropped: number };

export interface Lane {
  readonly strategy: Strategy;
  readonly cache: Cache;
  readonly stats: Stats;
  readonly last: Outcome | null;
}

export interface CachingState {
  /** The pattern the reader is looking at. */
  readonly show: Strategy;
  readonly ttl: Ttl;
  /** Seconds since the start. */
  readonly now: number;
  /** The database's version of each key; every write adds one. */
  readonly db: Readonly<Record<Key, number>>;
  readonly lanes: Readonly<Record<Strategy, Lane>>;
}

export type CachingEvent =
  | { readonly type: 'read'; readonly key: Key }
  | { readonly type: 'write'; readonly key: Key }
  | { readonly type: 'wait'; readonly seconds: number }
  | { readonly type: 'ttl'; readonly ttl: Ttl }
  | { readonly type: 'replace' }
  | { readonly type: 'show'; readonly strategy: Strategy };

export const NO_STATS: Stats = { reads: 0, hits: 0, stale: 0 };

export function initialLane(strategy: Strategy): Lane {
  return { strategy, cache: {}, stats: NO_STATS, last: null };
}

export function initial(params: { readonly show?: Strategy; readonly ttl?: Ttl } = {}): CachingState {
  return {
    show: params.show ?? 'lazy',
    ttl: params.ttl ?? 0,
    now: 0,
    db: { 'product:1': 1, 'product:2': 1, 'product:3': 1 },
    lanes: { lazy: initialLane('lazy'), writeThrough: initialLane('writeThrough'), both: initialLane('both') },
  };
}

export function shown(state: CachingState): Lane {
  return state.lanes[state.show];
}

function entryFor(version: number, state: CachingState): Entry {
  return { version, expiresAt: state.ttl > 0 ? state.now + state.ttl : null };
}

function withEntry(cache: Cache, key: Key, entry: Entry | null): Cache {
  const next: Partial<Record<Key, Entry>> = { ...cache };
  if (entry) next[key] = entry;
  else delete next[key];
  return next;
}

/** Keys whose TTL has run out by `now`. */
export function expiredKeys(cache: Cache, now: number): Key[] {
  return KEYS.filter((key) => {
    const entry = cache[key];
    return entry !== undefined && entry.expiresAt !== null && entry.expiresAt <= now;
  });
}

function purge(cache: Cache, now: number): Cache {
  let next = cache;
  for (const key of expiredKeys(cache, now)) next = withEntry(next, key, null);
  return next;
}

function readLane(lane: Lane, key: Key, state: CachingState): Lane {
  const entry = lane.cache[key];
  const current = state.db[key];
  const stats = lane.stats;
  if (entry) {
    const stale = entry.version < current;
    return {
      ...lane,
      stats: { reads: stats.reads + 1, hits: stats.hits + 1, stale: stats.stale + (stale ? 1 : 0) },
      last: { type: 'read', key, result: stale ? 'stale' : 'hit', version: entry.version, filled: false, hops: ['get', 'value'] },
    };
  }
  const filled = fillsOnRead(lane.strategy);
  return {
    ...lane,
    cache: filled ? withEntry(lane.cache, key, entryFor(current, state)) : lane.cache,
    stats: { ...stats, reads: stats.reads + 1 },
    last: {
      type: 'read',
      key,
      result: 'miss',
      version: current,
      filled,
      hops: filled ? ['get', 'nil', 'query', 'result', 'set'] : ['get', 'nil', 'query', 'result'],
    },
  };
}

function writeLane(lane: Lane, key: Key, version: number, state: CachingState): Lane {
  const cached = writesThrough(lane.strategy);
  return {
    ...lane,
    cache: cached ? withEntry(lane.cache, key, entryFor(version, state)) : lane.cache,
    last: { type: 'write', key, version, cached, hops: cached ? ['dbWrite', 'set'] : ['dbWrite'] },
  };
}

function eachLane(state: CachingState, f: (lane: Lane) => Lane): Readonly<Record<Strategy, Lane>> {
  return { lazy: f(state.lanes.lazy), writeThrough: f(state.lanes.writeThrough), both: f(state.lanes.both) };
}

export function step(state: CachingState, event: CachingEvent): CachingState {
  switch (event.type) {
    case 'show':
      return { ...state, show: event.strategy };
    case 'read':
      return { ...state, lanes: eachLane(state, (lane) => readLane(lane, event.key, state)) };
    case 'write': {
      const version = state.db[event.key] + 1;
      const db = { ...state.db, [event.key]: version };
      const next = { ...state, db };
      return { ...next, lanes: eachLane(next, (lane) => writeLane(lane, event.key, version, next)) };
    }
    case 'wait': {
      const seconds = Math.max(0, Math.trunc(Number.isFinite(event.seconds) ? event.seconds : 0));
      const now = state.now + seconds;
      return {
        ...state,
        now,
        lanes: eachLane(state, (lane) => ({
          ...lane,
          cache: purge(lane.cache, now),
          last: { type: 'wait', seconds, expired: expiredKeys(lane.cache, now) },
        })),
      };
    }
    case 'ttl':
      return { ...state, ttl: event.ttl, lanes: eachLane(state, (lane) => ({ ...lane, last: { type: 'ttl', ttl: event.ttl } })) };
    case 'replace':
      return {
        ...state,
        lanes: eachLane(state, (lane) => ({ ...lane, cache: {}, last: { type: 'replace', dropped: cacheSize(lane) } })),
      };
  }
}

export function run(events: readonly CachingEvent[], from: CachingState = initial()): CachingState {
  return events.reduce(step, from);
}

export function cacheSize(lane: Lane): number {
  return KEYS.filter((key) => lane.cache[key] !== undefined).length;
}

export function misses(stats: Stats): number {
  return stats.reads - stats.hits;
}

/** Hits over reads (0…1), or null before the first read. */
export function hitRatio(stats: Stats): number | null {
  return stats.reads === 0 ? null : stats.hits / stats.reads;
}

/** Writes so far: each one added a version to a key. */
export function writes(state: CachingState): number {
  return KEYS.reduce((sum, key) => sum + state.db[key] - 1, 0);
}

/** A cached key that is older than the database. */
export function isStale(state: CachingState, lane: Lane, key: Key): boolean {
  const entry = lane.cache[key];
  return entry !== undefined && entry.version < state.db[key];
}

/** Seconds a cached key has left, or null without a TTL. */
export function ttlLeft(state: CachingState, entry: Entry): number | null {
  return entry.expiresAt === null ? null : Math.max(0, entry.expiresAt - state.now);
}
