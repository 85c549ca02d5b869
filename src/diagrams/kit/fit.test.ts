import { describe, expect, it } from 'vitest';
import { fitFor, NARROW_BELOW, NARROW_TEXT, NARROW_WIDTH } from './fit';

describe('fitFor', () => {
  it('gives phones the narrow layout and wider figures the wide one', () => {
    expect(fitFor(296)).toBe('narrow');
    expect(fitFor(NARROW_BELOW - 1)).toBe('narrow');
    expect(fitFor(NARROW_BELOW)).toBe('wide');
    expect(fitFor(700)).toBe('wide');
  });

  it('keeps the wide layout for a figure that is not laid out yet', () => {
    expect(fitFor(0)).toBe('wide');
  });

  it('keeps narrow text at 12 CSS px or more on a 360 px phone', () => {
    // 360 px screen − page padding (2 × 16) − figure padding and border (2 × 13): the picture's width.
    const picture = 360 - 32 - 26;
    expect((NARROW_TEXT * picture) / NARROW_WIDTH).toBeGreaterThanOrEqual(12);
  });
});
