import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width';

describe('textWidth', () => {
  it('counts Hangul as full width and Latin as narrower, in proportion to the size', () => {
    expect(textWidth('장애', 14)).toBe(28);
    expect(textWidth('lost', 10)).toBeCloseTo(22.4);
    expect(textWidth('Node', 14)).toBeGreaterThan(textWidth('node', 14));
    expect(textWidth('', 14)).toBe(0);
  });
});
