/**
 * The sorted set tested as a data structure: every random sequence of
 * operations is replayed on a deliberately simple reference (a plain Map,
 * sorted from scratch for every question), and the two must agree on every
 * reply and every query along the way.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  add,
  card,
  count,
  EMPTY,
  fromEntries,
  incrBy,
  range,
  rangeByScore,
  rank,
  remove,
  revRange,
  revRank,
  score,
  type Entry,
  type SortedSet,
} from './sorted-set';

/** The reference: a Map, and a full sort whenever order matters. */
class Reference {
  readonly map = new Map<string, number>();

  /** The set keeps -0 as 0. */
  set(member: string, value: number): void {
    this.map.set(member, Object.is(value, -0) ? 0 : value);
  }

  sorted(): Entry[] {
    const all = [...this.map].map(([member, s]) => ({ member, score: s }));
    // Written independently of the implementation: score first, then member by code units.
    all.sort((a, b) => (a.score === b.score ? (a.member === b.member ? 0 : a.member < b.member ? -1 : 1) : a.score - b.score > 0 ? 1 : -1));
    return all;
  }

  /** Redis's index rule, spelled out. */
  slice(list: Entry[], start: number, stop: number): Entry[] {
    const n = list.length;
    const from = Math.max(start < 0 ? n + start : start, 0);
    const to = Math.min(stop < 0 ? n + stop : stop, n - 1);
    const out: Entry[] = [];
    for (let i = from; i <= to; i += 1) {
      const entry = list[i];
      if (entry) out.push(entry);
    }
    return out;
  }
}

type Op =
  | { readonly op: 'add'; readonly member: string; readonly score: number }
  | { readonly op: 'incr'; readonly member: string; readonly by: number }
  | { readonly op: 'remove'; readonly member: string }
  | { readonly op: 'range'; readonly start: number; readonly stop: number }
  | { readonly op: 'byScore'; readonly min: number; readonly max: number };

/** Few members and few scores, so ties and repeats are common. */
const member = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'ab', 'B', 'player42', '');
const scoreArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -5, max: 5 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(Infinity, -Infinity, 0, -0, Number.NaN) },
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('add' as const), member, score: scoreArb }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('incr' as const), member, by: scoreArb }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), member }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('range' as const),
      start: fc.integer({ min: -12, max: 12 }),
      stop: fc.integer({ min: -12, max: 12 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('byScore' as const), min: scoreArb, max: scoreArb }) },
);

/** Both sides must agree on everything that can be asked of a set. */
function agree(set: SortedSet, ref: Reference): void {
  const sorted = ref.sorted();
  expect(set.entries).toEqual(sorted);
  expect(card(set)).toBe(sorted.length);
  sorted.forEach((entry, i) => {
    expect(score(set, entry.member)).toBe(entry.score);
    expect(rank(set, entry.member)).toBe(i);
    expect(revRank(set, entry.member)).toBe(sorted.length - 1 - i);
  });
  expect(revRange(set, 0, -1)).toEqual([...sorted].reverse());
}

function replay(ops: readonly Op[]): void {
  let set = EMPTY;
  const ref = new Reference();
  for (const o of ops) {
    const before = set;
    switch (o.op) {
      case 'add': {
        const result = add(set, o.member, o.score);
        if (Number.isNaN(o.score)) {
          expect(result.ok).toBe(false);
          expect(result.set).toBe(before);
        } else {
          expect(result.added).toBe(ref.map.has(o.member) ? 0 : 1);
          ref.set(o.member, o.score);
        }
        set = result.set;
        break;
      }
      case 'incr': {
        const next = (ref.map.get(o.member) ?? 0) + o.by;
        const result = incrBy(set, o.member, o.by);
        if (Number.isNaN(next)) {
          expect(result.score).toBeNull();
          expect(result.set).toBe(before);
        } else {
          expect(result.score).toBe(Object.is(next, -0) ? 0 : next);
          ref.set(o.member, next);
        }
        set = result.set;
        break;
      }
      case 'remove': {
        const result = remove(set, o.member);
        expect(result.removed).toBe(ref.map.has(o.member) ? 1 : 0);
        ref.map.delete(o.member);
        set = result.set;
        break;
      }
      case 'range': {
        const sorted = ref.sorted();
        expect(range(set, o.start, o.stop)).toEqual(ref.slice(sorted, o.start, o.stop));
        expect(revRange(set, o.start, o.stop)).toEqual(ref.slice([...sorted].reverse(), o.start, o.stop));
        break;
      }
      case 'byScore': {
        const expected = ref.sorted().filter((e) => e.score >= o.min && e.score <= o.max);
        expect(rangeByScore(set, o.min, o.max)).toEqual(expected);
        expect(count(set, o.min, o.max)).toBe(expected.length);
        break;
      }
    }
    agree(set, ref);
    // Nothing ever changes an older set.
    if (before !== set) expect(before.entries).not.toBe(set.entries);
  }
  for (const m of ['zz', 'nobody']) {
    expect(score(set, m)).toBeNull();
    expect(rank(set, m)).toBeNull();
    expect(revRank(set, m)).toBeNull();
  }
}

describe('the sorted set, against a simple reference', () => {
  it('agrees on every reply and every query over random operation sequences', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        replay(ops);
      }),
      { numRuns: 400 },
    );
  });

  it('never changes a set it was given (persistence)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), opArb, (ops, last) => {
        let set = EMPTY;
        for (const o of ops) {
          if (o.op === 'add') set = add(set, o.member, o.score).set;
          else if (o.op === 'incr') set = incrBy(set, o.member, o.by).set;
          else if (o.op === 'remove') set = remove(set, o.member).set;
        }
        const entries = structuredClone([...set.entries]);
        const scores = new Map(set.scores);
        if (last.op === 'add') add(set, last.member, last.score);
        if (last.op === 'incr') incrBy(set, last.member, last.by);
        if (last.op === 'remove') remove(set, last.member);
        expect(set.entries).toEqual(entries);
        expect(set.scores).toEqual(scores);
      }),
    );
  });
});

describe('the sorted set, by example', () => {
  const board = fromEntries([
    { member: 'player23', score: 1450 },
    { member: 'player64', score: 1450 },
    { member: 'player07', score: 1200 },
    { member: 'player42', score: 1100 },
  ]);

  it('keeps members unique: adding one again only moves it', () => {
    const again = add(board, 'player42', 1500);
    expect(again.added).toBe(0);
    expect(card(again.set)).toBe(4);
    expect(revRank(again.set, 'player42')).toBe(0);
    expect(add(board, 'player91', 10).added).toBe(1);
  });

  it('orders equal scores by member: ZRANGE ascending, ZREVRANGE descending', () => {
    expect(range(board, 0, -1).map((e) => e.member)).toEqual(['player42', 'player07', 'player23', 'player64']);
    expect(revRange(board, 0, 1).map((e) => e.member)).toEqual(['player64', 'player23']);
    expect(revRank(board, 'player64')).toBe(0);
    expect(revRank(board, 'player23')).toBe(1);
  });

  it('increments, creating a missing member from 0', () => {
    const { set, score: s } = incrBy(board, 'player42', 150);
    expect(s).toBe(1250);
    expect(revRange(set, 0, -1).map((e) => e.member)).toEqual(['player64', 'player23', 'player42', 'player07']);
    expect(incrBy(board, 'player91', 30).score).toBe(30);
    expect(incrBy(add(board, 'x', Infinity).set, 'x', -Infinity).score).toBeNull();
    expect(Object.is(incrBy(add(EMPTY, 'x', -0).set, 'x', -0).score, 0)).toBe(true);
  });

  it('follows Redis index ranges: negative counts from the end, out of range is clamped or empty', () => {
    expect(revRange(board, 0, 2)).toHaveLength(3);
    expect(revRange(board, -2, -1).map((e) => e.member)).toEqual(['player07', 'player42']);
    expect(revRange(board, 3, 100).map((e) => e.member)).toEqual(['player42']);
    expect(revRange(board, 4, 10)).toEqual([]);
    expect(revRange(board, 2, 1)).toEqual([]);
    expect(range(EMPTY, 0, -1)).toEqual([]);
  });

  it('answers score ranges inclusively', () => {
    expect(rangeByScore(board, 1100, 1200).map((e) => e.member)).toEqual(['player42', 'player07']);
    expect(count(board, -Infinity, Infinity)).toBe(4);
    expect(count(board, 1201, 1449)).toBe(0);
  });

  it('removes, and says whether it did', () => {
    expect(remove(board, 'player07').removed).toBe(1);
    expect(remove(board, 'nobody').removed).toBe(0);
    expect(remove(board, 'nobody').set).toBe(board);
    expect(rank(remove(board, 'player07').set, 'player07')).toBeNull();
  });
});
