/**
 * The caching diagram's state in a link:
 * `?caching=L.t4.c0.s0.d2-1-1.L3-2-1.k1v1.W3-1-0.k1v2.B3-2-0.k1v2`
 *
 *   L | W | B      the pattern shown (lazy, write-through, both)
 *   t4             the tour step
 *   c0             TTL in seconds for keys written from now on (0, 30, 60)
 *   s0             seconds since the start
 *   d2-1-1         the database's version of product:1, :2, :3
 *   L3-2-1 …       each pattern's reads, hits and stale reads, followed by
 *                  its cached keys: k<key number>v<version>, and e<second>
 *                  when the key expires (a TTL).
 *
 * Ranges: each number is what MAX_ACTIONS actions can reach: a version at most 1 + MAX_ACTIONS
 * (one write each), reads at most MAX_ACTIONS (hits ≤ reads, stale ≤ hits), seconds at most
 * MAX_ACTIONS waits of a minute (the longest TTL); a cached version ≤ the database's, an expiry
 * within the TTL.
 *
 * Only text the model could have produced decodes; anything else is null.
 */
import { matchEach, MAX_ACTIONS, tourCodec, type TourLink, wholeIn } from '../kit/url-state';
import {
  initial,
  isTtl,
  KEYS,
  STRATEGIES,
  writesThrough,
  type CachingState,
  type Entry,
  type Key,
  type Lane,
  type Strategy,
} from './model';
import { TOUR } from './timeline';

export type CachingLink = TourLink<CachingState>;

const N = '(0|[1-9][0-9]{0,6})';
const V = '([1-9][0-9]{0,6})';
const LETTER: Readonly<Record<Strategy, string>> = { lazy: 'L', writeThrough: 'W', both: 'B' };
const SHOW = /^[LWB]$/;
const STEP = new RegExp(`^t${N}$`);
const TTL = new RegExp(`^c${N}$`);
const NOW = new RegExp(`^s${N}$`);
const DB = new RegExp(`^d${V}-${V}-${V}$`);
const LANE = new RegExp(`^([LWB])${N}-${N}-${N}$`);
const ENTRY = new RegExp(`^k([123])v${V}(?:e${V})?$`);

function encodeLane(lane: Lane): string[] {
  const { reads, hits, stale } = lane.stats;
  const tokens = [`${LETTER[lane.strategy]}${reads}-${hits}-${stale}`];
  KEYS.forEach((key, i) => {
    const entry = lane.cache[key];
    if (entry) tokens.push(`k${i + 1}v${entry.version}${entry.expiresAt === null ? '' : `e${entry.expiresAt}`}`);
  });
  return tokens;
}

export function encodeLink(link: CachingLink): string {
  const { state } = link;
  return [
    LETTER[state.show],
    `t${link.step}`,
    `c${state.ttl}`,
    `s${state.now}`,
    `d${KEYS.map((key) => state.db[key]).join('-')}`,
    ...STRATEGIES.flatMap((strategy) => encodeLane(state.lanes[strategy])),
  ].join('.');
}

function strategyOf(letter: string | undefined): Strategy | null {
  return STRATEGIES.find((strategy) => LETTER[strategy] === letter) ?? null;
}

function decodeLane(
  strategy: Strategy,
  head: string,
  entries: readonly string[],
  db: Readonly<Record<Key, number>>,
  now: number,
): Lane | null {
  const match = LANE.exec(head);
  if (!match || match[1] !== LETTER[strategy]) return null;
  const reads = wholeIn(match[2], 0, MAX_ACTIONS);
  const hits = reads === null ? null : wholeIn(match[3], 0, reads);
  const stale = hits === null ? null : wholeIn(match[4], 0, hits);
  if (reads === null || hits === null || stale === null) return null;
  if (stale > 0 && writesThrough(strategy)) return null;
  const cache: Partial<Record<Key, Entry>> = {};
  let lastIndex = 0;
  for (const token of entries) {
    const m = ENTRY.exec(token);
    if (!m) return null;
    const index = Number(m[1]);
    if (index <= lastIndex) return null;
    lastIndex = index;
    const key = KEYS[index - 1];
    if (!key) return null;
    const version = Number(m[2]);
    const expiresAt = m[3] === undefined ? null : Number(m[3]);
    if (version > db[key]) return null;
    // With write-through, a cached key is always the database's version.
    if (writesThrough(strategy) && version !== db[key]) return null;
    if (expiresAt !== null && (expiresAt <= now || expiresAt > now + 60)) return null;
    cache[key] = { version, expiresAt };
  }
  return { strategy, cache, stats: { reads, hits, stale }, last: null };
}

export function decodeLink(raw: string): CachingLink | null {
  const tokens = raw.split('.');
  const [showToken, ...settings] = tokens;
  if (!showToken || !SHOW.test(showToken)) return null;
  const show = strategyOf(showToken);
  const matched = matchEach(settings, [STEP, TTL, NOW, DB]);
  if (!show || !matched) return null;
  const [step, ttl, now, dbMatch] = matched;
  const stepIndex = Number(step[1]);
  const ttlValue = Number(ttl[1]);
  if (stepIndex >= TOUR.length || !isTtl(ttlValue)) return null;
  const seconds = wholeIn(now[1], 0, MAX_ACTIONS * 60);
  const versions = [dbMatch[1], dbMatch[2], dbMatch[3]].map((text) => wholeIn(text, 1, 1 + MAX_ACTIONS));
  const [v1, v2, v3] = versions;
  if (seconds === null || v1 == null || v2 == null || v3 == null) return null;
  const db: Record<Key, number> = { 'product:1': v1, 'product:2': v2, 'product:3': v3 };
  const rest = tokens.slice(5);
  const heads = rest.flatMap((token, i) => (LANE.test(token) ? [i] : []));
  if (heads.length !== STRATEGIES.length || heads[0] !== 0) return null;
  const lanes: Partial<Record<Strategy, Lane>> = {};
  for (const [n, strategy] of STRATEGIES.entries()) {
    const from = heads[n] ?? 0;
    const to = heads[n + 1] ?? rest.length;
    const lane = decodeLane(strategy, rest[from] ?? '', rest.slice(from + 1, to), db, seconds);
    if (!lane) return null;
    lanes[strategy] = lane;
  }
  const { lazy, writeThrough, both } = lanes;
  if (!lazy || !writeThrough || !both) return null;
  // Every pattern saw the same reads, and a stale read needs an earlier write.
  if (lazy.stats.reads !== writeThrough.stats.reads || lazy.stats.reads !== both.stats.reads) return null;
  if (lazy.stats.stale > 0 && KEYS.every((key) => db[key] === 1)) return null;
  const state: CachingState = { show, ttl: ttlValue, now: seconds, db, lanes: { lazy, writeThrough, both } };
  return { state, step: stepIndex };
}

export const cachingCodec = tourCodec('caching', initial, encodeLink, decodeLink);
