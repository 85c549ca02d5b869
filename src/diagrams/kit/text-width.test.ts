import { describe, expect, it } from 'vitest';
import { textWidth, wrap, wrapAt } from './text-width';

describe('textWidth', () => {
  it('counts Hangul as full width and Latin as narrower, in proportion to the size', () => {
    expect(textWidth('장애', 14)).toBe(28);
    expect(textWidth('lost', 10)).toBeCloseTo(22.4);
    expect(textWidth('Node', 14)).toBeGreaterThan(textWidth('node', 14));
    expect(textWidth('', 14)).toBe(0);
  });

  it('wraps at spaces to the width, keeping every word', () => {
    expect(wrap('Aurora with a replica behind RDS Proxy', 150, 15)).toEqual(['Aurora with a', 'replica behind', 'RDS Proxy']);
    expect(wrap('unbreakable', 10, 14)).toEqual(['unbreakable']);
  });

  it('breaks first between the parts of a line joined by " · "', () => {
    expect(wrapAt('Average replica CPU 30 % · target 60 % · 3 replicas (policy 3–5)', 312, 15)).toEqual([
      'Average replica CPU 30 %',
      'target 60 % · 3 replicas (policy 3–5)',
    ]);
    expect(wrapAt('a · b', 312, 14)).toEqual(['a · b']);
  });
});
