import { describe, expect, it } from 'vitest';
import { checkTour } from '../kit/testing/timeline';
import { cacheSize } from './model';
import { stateAt, TOUR } from './timeline';

describe('the caching tour', () => {
  checkTour(TOUR, stateAt);

  it('does what each caption says', () => {
    const result = (index: number, strategy: 'lazy' | 'writeThrough' | 'both') => {
      const last = stateAt(index).lanes[strategy].last;
      return last?.type === 'read' ? last.result : last?.type;
    };
    expect([result(1, 'lazy'), result(1, 'writeThrough')]).toEqual(['miss', 'miss']);
    expect([result(2, 'lazy'), result(2, 'writeThrough')]).toEqual(['hit', 'miss']);
    expect([result(4, 'lazy'), result(4, 'writeThrough'), result(4, 'both')]).toEqual(['stale', 'hit', 'hit']);
    expect(cacheSize(stateAt(5).lanes.writeThrough)).toBe(2);
    expect([result(6, 'lazy'), result(6, 'writeThrough')]).toEqual(['miss', 'hit']);
    expect(cacheSize(stateAt(7).lanes.both)).toBe(0);
    expect([result(8, 'lazy'), result(8, 'writeThrough')]).toEqual(['miss', 'miss']);
    expect(cacheSize(stateAt(8).lanes.writeThrough)).toBe(0);
    expect(stateAt(9).ttl).toBe(30);
    expect(result(12, 'lazy')).toBe('stale');
    expect(stateAt(13).lanes.lazy.cache['product:3']).toBeUndefined();
    expect(stateAt(13).lanes.lazy.cache['product:1']).toEqual({ version: 2, expiresAt: null });
    expect(result(14, 'lazy')).toBe('miss');
  });

  it('keeps the pattern asked for', () => {
    expect(stateAt(4, 'writeThrough').show).toBe('writeThrough');
  });
});
