import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laneAt, milestonesOf } from './model';
import { planWith, setups } from './model.arbitrary';
import { failureIndex, HOLD_MS, indexAt, planOf, stateAt, START_HOLD_MS, SWEEP_MS, timeAt } from './timeline';

describe('the failover timeline', () => {
  it('runs from the window start to its end, one stop per moment, in order', () => {
    fc.assert(
      fc.property(setups, (setup) => {
        const plan = planOf(setup);
        const times = plan.steps.map((s) => s.event?.time ?? NaN);
        expect(times[0]).toBe(plan.window.start);
        expect(times[times.length - 1]).toBe(plan.window.end);
        times.slice(1).forEach((t, i) => expect(t).toBeGreaterThan(times[i] ?? Infinity));
        expect(plan.steps[0]?.captionKey).toBe('start');
        expect(plan.steps[plan.steps.length - 1]?.captionKey).toBe('end');
        expect(plan.steps.length).toBeGreaterThan(10);
        expect(plan.steps.length).toBeLessThan(60);
        for (const step of plan.steps) expect(step.duration).toBeGreaterThan(0);
      }),
    );
  });

  it('stops at every milestone of every lane, with a caption key for it', () => {
    fc.assert(
      fc.property(setups, (setup) => {
        const plan = planOf(setup);
        plan.runs.forEach((run, laneIndex) => {
          for (const m of milestonesOf(run.lane, run.timings)) {
            const step = plan.steps.find((s) => s.event?.time === m.at);
            expect(step?.event?.marks).toContainEqual({ lane: laneIndex, type: m.type });
            expect(step?.captionKey).not.toBe('tick');
          }
        });
        const fail = plan.steps[failureIndex(plan)];
        expect(fail?.event?.time).toBe(0);
        expect(fail?.captionKey).toBe('fail');
        expect(fail?.event?.marks).toHaveLength(plan.runs.length);
      }),
    );
  });

  it('sweeps the whole window in SWEEP_MS at 1×, holding at each milestone', () => {
    const plan = planWith(1, ['multi-az-instance', false]);
    const holds = plan.steps.filter((s, i) => i > 0 && (s.event?.marks.length ?? 0) > 0).length + 1;
    const total = plan.steps.reduce((sum, s) => sum + s.duration, 0);
    expect(Math.abs(total - (SWEEP_MS + holds * HOLD_MS + START_HOLD_MS))).toBeLessThanOrEqual(plan.steps.length);
  });

  it('gives each step the lanes as the model has them at that time', () => {
    const plan = planWith(3, ['aurora', false], ['aurora', true]);
    plan.steps.forEach((_, i) => {
      const time = timeAt(plan, i);
      expect(stateAt(plan, i)).toEqual(plan.runs.map((run) => laneAt(run, time)));
      expect(indexAt(plan, time)).toBe(i);
    });
    expect(indexAt(plan, -1e9)).toBe(0);
    expect(indexAt(plan, 1e9)).toBe(plan.steps.length - 1);
    expect(timeAt(plan, -5)).toBe(plan.window.start);
    expect(timeAt(plan, 1e6)).toBe(plan.window.end);
  });
});
