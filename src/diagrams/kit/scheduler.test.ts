import { describe, expect, it } from 'vitest';
import { manualScheduler, realScheduler } from './scheduler';

describe('manualScheduler', () => {
  it('runs tasks only when time is advanced, in time order', () => {
    const scheduler = manualScheduler();
    const ran: string[] = [];
    scheduler.schedule(() => ran.push('late'), 200);
    scheduler.schedule(() => ran.push('early'), 100);
    scheduler.schedule(() => ran.push('early too'), 100);
    expect(ran).toEqual([]);
    scheduler.advance(150);
    expect(ran).toEqual(['early', 'early too']);
    expect(scheduler.now()).toBe(150);
    scheduler.advance(50);
    expect(ran).toEqual(['early', 'early too', 'late']);
    expect(scheduler.pending()).toBe(0);
  });

  it('cancels tasks', () => {
    const scheduler = manualScheduler();
    let ran = false;
    const cancel = scheduler.schedule(() => {
      ran = true;
    }, 10);
    cancel();
    scheduler.advance(100);
    expect(ran).toBe(false);
  });

  it('runs tasks scheduled by tasks within the same advance, at their own time', () => {
    const scheduler = manualScheduler();
    const times: number[] = [];
    scheduler.schedule(() => {
      times.push(scheduler.now());
      scheduler.schedule(() => times.push(scheduler.now()), 30);
    }, 10);
    scheduler.advance(100);
    expect(times).toEqual([10, 40]);
  });
});

describe('realScheduler', () => {
  it('runs a task after a delay and can cancel one', async () => {
    const scheduler = realScheduler();
    const start = scheduler.now();
    let cancelled = false;
    scheduler.schedule(() => {
      cancelled = true;
    }, 5)();
    await new Promise<void>((resolve) => scheduler.schedule(resolve, 10));
    expect(scheduler.now() - start).toBeGreaterThanOrEqual(5);
    expect(cancelled).toBe(false);
  });
});
