/**
 * A sorted set with the semantics of Valkey and Redis OSS: unique members,
 * each with a score, always ordered by score and, among equal scores, by
 * member (lexicographically, ascending). Persistent: every write returns a
 * new set and leaves the old one alone, so diagram states can share it.
 *
 * Internally an array kept in order (found by binary search) plus a map from
 * member to score, like the small "listpack" encoding Redis uses for short
 * sets: O(log n) to find, O(n) to copy on write, which is plenty for a
 * leaderboard on a page. Members compare by UTF-16 code units, which for
 * ASCII names is the same as Redis's byte order. A score of -0 is kept as 0.
 *
 * Commands and their Redis names:
 *   add (ZADD), incrBy (ZINCRBY), remove (ZREM), score (ZSCORE), card (ZCARD),
 *   rank / revRank (ZRANK / ZREVRANK), range / revRange (ZRANGE / ZREVRANGE by
 *   index, negative indexes count from the end), rangeByScore (ZRANGEBYSCORE),
 *   count (ZCOUNT).
 */

export interface Entry {
  readonly member: string;
  readonly score: number;
}

export interface SortedSet {
  /** Ascending by (score, member). */
  readonly entries: readonly Entry[];
  readonly scores: ReadonlyMap<string, number>;
}

export const EMPTY: SortedSet = { entries: [], scores: new Map() };

function compareMembers(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The set's order: by score, then by member. */
export function compare(a: Entry, b: Entry): number {
  if (a.score !== b.score) return a.score < b.score ? -1 : 1;
  return compareMembers(a.member, b.member);
}

/** The first index whose entry is not below `entry`. */
function lowerBound(entries: readonly Entry[], entry: Entry): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const here = entries[mid];
    if (here && compare(here, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a member sits, or -1. */
function indexOf(set: SortedSet, member: string): number {
  const score = set.scores.get(member);
  if (score === undefined) return -1;
  const i = lowerBound(set.entries, { member, score });
  return set.entries[i]?.member === member ? i : -1;
}

function without(set: SortedSet, member: string): SortedSet {
  const i = indexOf(set, member);
  if (i < 0) return set;
  const entries = set.entries.slice(0, i).concat(set.entries.slice(i + 1));
  const scores = new Map(set.scores);
  scores.delete(member);
  return { entries, scores };
}

function put(set: SortedSet, member: string, score: number): SortedSet {
  const base = without(set, member);
  const entry: Entry = { member, score };
  const i = lowerBound(base.entries, entry);
  const entries = base.entries.slice(0, i).concat([entry], base.entries.slice(i));
  const scores = new Map(base.scores);
  scores.set(member, score);
  return { entries, scores };
}

export function fromEntries(entries: Iterable<Entry>): SortedSet {
  let set = EMPTY;
  for (const { member, score } of entries) set = add(set, member, score).set;
  return set;
}

export interface AddResult {
  readonly set: SortedSet;
  /** 1 if the member is new, 0 if it was there (ZADD's reply). */
  readonly added: 0 | 1;
  /** False when the score was not a number: the set is unchanged. */
  readonly ok: boolean;
}

/** ZADD key score member: adds the member, or moves it to the new score. */
export function add(set: SortedSet, member: string, score: number): AddResult {
  if (Number.isNaN(score)) return { set, added: 0, ok: false };
  const value = score === 0 ? 0 : score;
  const had = set.scores.get(member);
  if (had === value) return { set, added: 0, ok: true };
  return { set: put(set, member, value), added: had === undefined ? 1 : 0, ok: true };
}

export interface IncrResult {
  readonly set: SortedSet;
  /** The new score (ZINCRBY's reply), or null when the result would not be a number. */
  readonly score: number | null;
}

/** ZINCRBY key increment member: a missing member starts from 0. */
export function incrBy(set: SortedSet, member: string, increment: number): IncrResult {
  const sum = (set.scores.get(member) ?? 0) + increment;
  if (Number.isNaN(sum)) return { set, score: null };
  const value = sum === 0 ? 0 : sum;
  return { set: add(set, member, value).set, score: value };
}

export interface RemoveResult {
  readonly set: SortedSet;
  /** ZREM's reply: how many members were removed. */
  readonly removed: 0 | 1;
}

export function remove(set: SortedSet, member: string): RemoveResult {
  if (!set.scores.has(member)) return { set, removed: 0 };
  return { set: without(set, member), removed: 1 };
}

export function score(set: SortedSet, member: string): number | null {
  return set.scores.get(member) ?? null;
}

export function card(set: SortedSet): number {
  return set.entries.length;
}

/** ZRANK: 0 for the lowest score. */
export function rank(set: SortedSet, member: string): number | null {
  const i = indexOf(set, member);
  return i < 0 ? null : i;
}

/** ZREVRANK: 0 for the highest score. */
export function revRank(set: SortedSet, member: string): number | null {
  const i = indexOf(set, member);
  return i < 0 ? null : set.entries.length - 1 - i;
}

/** Redis index ranges: inclusive, negative counts from the end, clamped; empty when they cross. */
function window(length: number, start: number, stop: number): [number, number] | null {
  let from = Math.trunc(start);
  let to = Math.trunc(stop);
  if (from < 0) from += length;
  if (to < 0) to += length;
  if (from < 0) from = 0;
  if (to >= length) to = length - 1;
  if (from > to || from >= length) return null;
  return [from, to];
}

/** ZRANGE key start stop: lowest scores first. */
export function range(set: SortedSet, start: number, stop: number): readonly Entry[] {
  const w = window(set.entries.length, start, stop);
  return w ? set.entries.slice(w[0], w[1] + 1) : [];
}

/** ZREVRANGE key start stop: highest scores first; equal scores in reverse member order. */
export function revRange(set: SortedSet, start: number, stop: number): readonly Entry[] {
  const n = set.entries.length;
  const w = window(n, start, stop);
  if (!w) return [];
  const out: Entry[] = [];
  for (let i = n - 1 - w[0]; i >= n - 1 - w[1]; i -= 1) {
    const entry = set.entries[i];
    if (entry) out.push(entry);
  }
  return out;
}

/** ZRANGEBYSCORE key min max (both inclusive). */
export function rangeByScore(set: SortedSet, min: number, max: number): readonly Entry[] {
  if (Number.isNaN(min) || Number.isNaN(max) || min > max) return [];
  const from = lowerBound(set.entries, { score: min, member: '' });
  const out: Entry[] = [];
  for (let i = from; i < set.entries.length; i += 1) {
    const entry = set.entries[i];
    if (!entry || entry.score > max) break;
    out.push(entry);
  }
  return out;
}

/** ZCOUNT key min max. */
export function count(set: SortedSet, min: number, max: number): number {
  return rangeByScore(set, min, max).length;
}
