import { select } from 'd3-selection';
import { describe, expect, it } from 'vitest';
import { loadTransitions, stopMoving, transitionsReady } from './transitions';

describe('animation code on demand', () => {
  it('has nothing to stop before it loads, then stops running transitions', async () => {
    // d3 selects any object; this file runs in its own module graph, so nothing has loaded d3-transition yet.
    const circle = select({ nodeName: 'circle' } as unknown as Element);
    expect(transitionsReady()).toBe(false);
    expect('interrupt' in circle).toBe(false);
    expect(() => stopMoving(circle, 'x')).not.toThrow();
    const first = loadTransitions();
    expect(loadTransitions()).toBe(first);
    await first;
    expect(transitionsReady()).toBe(true);
    expect(typeof circle.transition).toBe('function');
    expect(stopMoving(circle, 'x')).toBe(circle);
  });
});
