import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPureModel, walker } from '../kit/testing/model';
import { eventArb, eventsArb } from './model.arbitrary';
import {
  cacheSize,
  hitRatio,
  initial,
  isStale,
  KEYS,
  misses,
  run,
  step,
  STRATEGIES,
  writes,
  type CachingEvent,
  type Key,
} from './model';
import { stateAt } from './timeline';

const read = (key: Key): CachingEvent => ({ type: 'read', key });
const write = (key: Key): CachingEvent => ({ type: 'write', key });

/** Calls `visit(before, event, after)` for every step of a run. */
const walk = walker(step, initial);

describe('lazy loading', () => {
  it('fills the cache on a miss, then hits', () => {
    const first = run([read('product:1')]).lanes.lazy;
    expect(first.last).toMatchObject({ type: 'read', result: 'miss', filled: true, hops: ['get', 'nil', 'query', 'result', 'set'] });
    const second = run([read('product:1'), read('product:1')]).lanes.lazy;
    expect(second.last).toMatchObject({ type: 'read', result: 'hit', version: 1, hops: ['get', 'value'] });
    expect(second.stats).toEqual({ reads: 2, hits: 1, stale: 0 });
  });

  it('serves stale data after a write, until the key expires', () => {
    const state = run([{ type: 'ttl', ttl: 30 }, read('product:1'), write('product:1'), read('product:1')]);
    expect(state.lanes.lazy.last).toMatchObject({ result: 'stale', version: 1 });
    expect(state.db['product:1']).toBe(2);
    expect(isStale(state, state.lanes.lazy, 'product:1')).toBe(true);
    const later = run([{ type: 'wait', seconds: 30 }, read('product:1')], state);
    expect(later.lanes.lazy.last).toMatchObject({ result: 'miss', version: 2, filled: true });
  });
});

describe('write-through', () => {
  it('updates the cache on every write, so reads after a write are fresh', () => {
    const state = run([write('product:1'), read('product:1')]);
    expect(state.lanes.writeThrough.last).toMatchObject({ result: 'hit', version: 2 });
    expect(state.lanes.writeThrough.stats.stale).toBe(0);
  });

  it('does not fill the cache on a read miss (data is missing until written)', () => {
    const state = run([read('product:1'), read('product:1')]);
    expect(state.lanes.writeThrough.last).toMatchObject({ result: 'miss', filled: false, hops: ['get', 'nil', 'query', 'result'] });
    expect(cacheSize(state.lanes.writeThrough)).toBe(0);
  });

  it('caches data nobody reads (churn)', () => {
    const state = run([write('product:2'), write('product:3')]);
    expect(cacheSize(state.lanes.writeThrough)).toBe(2);
    expect(cacheSize(state.lanes.lazy)).toBe(0);
  });
});

describe('every pattern, on any traffic', () => {
  it('never serves stale data with write-through, alone or with lazy loading', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const state = run(events);
        expect(state.lanes.writeThrough.stats.stale).toBe(0);
        expect(state.lanes.both.stats.stale).toBe(0);
        for (const key of KEYS) {
          for (const strategy of ['writeThrough', 'both'] as const) {
            const entry = state.lanes[strategy].cache[key];
            if (entry) expect(entry.version).toBe(state.db[key]);
          }
        }
      }),
    );
  });

  it('keeps the books: hits and stale reads never exceed reads, and reads match the traffic', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const state = run(events);
        const reads = events.filter((e) => e.type === 'read').length;
        for (const strategy of STRATEGIES) {
          const { stats } = state.lanes[strategy];
          expect(stats.reads).toBe(reads);
          expect(stats.hits).toBeLessThanOrEqual(stats.reads);
          expect(stats.stale).toBeLessThanOrEqual(stats.hits);
          expect(misses(stats)).toBe(stats.reads - stats.hits);
          const ratio = hitRatio(stats);
          if (ratio !== null) expect(ratio).toBeGreaterThanOrEqual(0);
        }
        expect(writes(state)).toBe(events.filter((e) => e.type === 'write').length);
      }),
    );
  });

  it('removes a key exactly when its TTL runs out, and never holds an expired one', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        walk(events, (before, e, after) => {
          for (const strategy of STRATEGIES) {
            for (const key of KEYS) {
              const entry = after.lanes[strategy].cache[key];
              if (entry?.expiresAt !== null && entry?.expiresAt !== undefined) {
                expect(entry.expiresAt).toBeGreaterThan(after.now);
                expect(entry.expiresAt).toBeLessThanOrEqual(after.now + 60);
              }
              if (e.type === 'wait') {
                const had = before.lanes[strategy].cache[key];
                const gone = had !== undefined && had.expiresAt !== null && had.expiresAt <= after.now;
                expect(entry === undefined).toBe(had === undefined || gone);
              }
            }
          }
        });
      }),
    );
  });

  it('hits exactly when the key is cached, and a hit is stale exactly when the cache is behind', () => {
    fc.assert(
      fc.property(eventsArb, fc.constantFrom(...KEYS), (events, key) => {
        const before = run(events);
        const after = step(before, read(key));
        for (const strategy of STRATEGIES) {
          const entry = before.lanes[strategy].cache[key];
          const last = after.lanes[strategy].last;
          if (last?.type !== 'read') throw new Error('a read must leave a read outcome');
          expect(last.result === 'miss').toBe(entry === undefined);
          expect(last.result === 'stale').toBe(entry !== undefined && entry.version < before.db[key]);
        }
      }),
    );
  });

  checkPureModel({ events: eventsArb, event: eventArb, run, step });
});

describe('node replacement', () => {
  it('empties every cache, so lazy loading refills and write-through waits for writes', () => {
    const state = run([read('product:1'), write('product:1'), { type: 'replace' }, read('product:1')]);
    expect(state.lanes.lazy.last).toMatchObject({ result: 'miss', filled: true });
    expect(state.lanes.writeThrough.last).toMatchObject({ result: 'miss', filled: false });
    expect(cacheSize(state.lanes.writeThrough)).toBe(0);
  });
});

describe('the tour', () => {
  it('ends with lazy loading 3 hits (2 stale), write-through 3 hits, both 4 hits, out of 8 reads', () => {
    const { lazy, writeThrough, both } = stateAt(99).lanes;
    expect(lazy.stats).toEqual({ reads: 8, hits: 3, stale: 2 });
    expect(writeThrough.stats).toEqual({ reads: 8, hits: 3, stale: 0 });
    expect(both.stats).toEqual({ reads: 8, hits: 4, stale: 0 });
    expect(stateAt(13).now).toBe(30);
    expect(stateAt(13).lanes.lazy.last).toEqual({ type: 'wait', seconds: 30, expired: ['product:3'] });
    expect(stateAt(4, 'lazy').lanes.lazy.last).toMatchObject({ result: 'stale' });
    expect(stateAt(14, 'both').show).toBe('both');
  });
});
