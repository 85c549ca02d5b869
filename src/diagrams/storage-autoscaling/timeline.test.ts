import { describe, expect, it } from 'vitest';
import { DAY, HOUR_MS, stateAt } from './timeline';

describe('playing the day', () => {
  it('has one step per hour from 00:00 to 24:00, each with a positive duration', () => {
    expect(DAY).toHaveLength(25);
    DAY.forEach((step, i) => {
      expect(step.duration).toBe(HOUR_MS);
      expect(step.event).toEqual({ type: 'show', hour: i });
    });
    expect(DAY[0]?.captionKey).toBe('midnight');
    expect(DAY[24]?.captionKey).toBe('endOfDay');
  });

  it('shows the day up to each step, for any settings', () => {
    expect(stateAt(0).hour).toBe(0);
    expect(stateAt(7, { rate: 5 })).toEqual({ params: { allocated: 100, max: 126, rate: 5, bulk: 0 }, hour: 7 });
    expect(stateAt(-4).hour).toBe(0);
    expect(stateAt(99).hour).toBe(24);
    expect(stateAt(Number.NaN).hour).toBe(0);
  });
});
