import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mixSeed, mulberry32, randomInt, shuffled } from './rng';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
  });

  it('gives different sequences for different seeds', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });

  it('stays in [0, 1) for any seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = mulberry32(seed);
        for (let i = 0; i < 20; i += 1) {
          const x = rng();
          if (!(x >= 0 && x < 1)) return false;
        }
        return true;
      }),
    );
  });

  it('spreads values over the interval', () => {
    const rng = mulberry32(7);
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i += 1) {
      const k = randomInt(rng, 4);
      buckets[k] = (buckets[k] ?? 0) + 1;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(700);
  });
});

describe('mixSeed', () => {
  it('is stable and order-sensitive', () => {
    expect(mixSeed(1, 2, 3)).toBe(mixSeed(1, 2, 3));
    expect(mixSeed(1, 2, 3)).not.toBe(mixSeed(3, 2, 1));
    expect(mixSeed()).toBe(0x811c9dc5);
  });

  it('is an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (parts) => {
        const seed = mixSeed(...parts);
        return Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff;
      }),
    );
  });
});

describe('shuffled', () => {
  it('is a deterministic permutation that leaves its input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = items.slice();
        const out = shuffled(items, mulberry32(seed));
        expect(items).toEqual(copy);
        expect(shuffled(items, mulberry32(seed))).toEqual(out);
        expect([...out].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
      }),
    );
  });
});
