import { describe, expect, it } from 'vitest';
import { oneOf } from './one-of';

describe('oneOf', () => {
  it('accepts exactly the members of its list', () => {
    const isLoad = oneOf(['light', 'peak'] as const);
    expect(['light', 'peak'].filter(isLoad)).toEqual(['light', 'peak']);
    expect([undefined, '', 'Peak', 'peak ', 1].some(isLoad)).toBe(false);
  });

  it('keeps numbers and their strings apart', () => {
    const isTtl = oneOf([0, 30] as const);
    expect([0, 30].every(isTtl)).toBe(true);
    expect(['30', 31, Number.NaN].some(isTtl)).toBe(false);
  });
});
