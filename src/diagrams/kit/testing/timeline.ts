/** Test helpers for a diagram's guided tour (timeline.ts). Only tests import this folder. */
import { expect, it } from 'vitest';
import type { TimelineStep } from '../clock';

/**
 * The checks every tour shares, registered as `it(...)` blocks inside the caller's `describe`: the tour
 * starts on the state as it is (no event), every step lasts, and `stateAt` clamps an index off either
 * end to the first or last step.
 */
export function checkTour(steps: readonly TimelineStep[], stateAt: (index: number) => unknown): void {
  it('starts with no event and gives every step a positive duration', () => {
    expect(steps[0]?.event).toBeUndefined();
    for (const step of steps) expect(step.duration).toBeGreaterThan(0);
  });

  it('clamps indexes', () => {
    expect(stateAt(-3)).toEqual(stateAt(0));
    expect(stateAt(steps.length + 50)).toEqual(stateAt(steps.length - 1));
  });
}
