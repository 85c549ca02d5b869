import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createClock, foldSteps, tourOf, type CaptionKey, type ClockChange, type TimelineStep } from './clock';
import { manualScheduler } from './scheduler';

const steps: readonly TimelineStep[] = [
  { duration: 1000, captionKey: 'a' },
  { duration: 2000, captionKey: 'b', event: 'x' },
  { duration: 1000, captionKey: 'c', event: 'y' },
];

function setup(start = 0) {
  const scheduler = manualScheduler();
  const clock = createClock(steps, scheduler, start);
  const changes: ClockChange[] = [];
  clock.subscribe((_status, change) => {
    if (change) changes.push(change);
  });
  /** The step the clock stands at once `ms` more have passed. */
  const indexAfter = (ms: number): number => {
    scheduler.advance(ms);
    return clock.status().index;
  };
  return { scheduler, clock, changes, indexAfter };
}

describe('createClock', () => {
  it('starts paused at the given step', () => {
    const { clock } = setup(1);
    expect(clock.status()).toEqual({ index: 1, length: 3, playing: false, speed: 1, ended: false });
  });

  it('refuses an empty timeline and clamps a start index', () => {
    expect(() => createClock([], manualScheduler())).toThrow(RangeError);
    expect(createClock(steps, manualScheduler(), 99).status().index).toBe(2);
    expect(createClock(steps, manualScheduler(), Number.NaN).status().index).toBe(0);
  });

  it('plays through each step for its duration, then ends', () => {
    const { scheduler, clock, changes, indexAfter } = setup();
    clock.play();
    expect(indexAfter(999)).toBe(0);
    expect(indexAfter(1)).toBe(1);
    expect(indexAfter(2000)).toBe(2);
    scheduler.advance(1000);
    expect(clock.status()).toMatchObject({ index: 2, playing: false, ended: true });
    expect(changes).toEqual([
      { from: 0, to: 1, cause: 'tick' },
      { from: 1, to: 2, cause: 'tick' },
    ]);
  });

  it('keeps the remaining time across pause and play', () => {
    const { scheduler, clock, indexAfter } = setup();
    clock.play();
    scheduler.advance(600);
    clock.pause();
    expect(indexAfter(10_000)).toBe(0);
    clock.play();
    expect(indexAfter(399)).toBe(0);
    expect(indexAfter(1)).toBe(1);
  });

  it('scales time by speed, also mid-step', () => {
    const { scheduler, clock, indexAfter } = setup();
    clock.setSpeed(2);
    clock.play();
    expect(indexAfter(500)).toBe(1);
    scheduler.advance(500); // half of step b's 2000 ms at 2×
    clock.setSpeed(0.5);
    expect(indexAfter(1999)).toBe(1);
    expect(indexAfter(1)).toBe(2);
  });

  it('ignores a speed that is not a positive number', () => {
    const { clock } = setup();
    clock.setSpeed(0);
    clock.setSpeed(-1);
    clock.setSpeed(Number.NaN);
    expect(clock.status().speed).toBe(1);
  });

  it('steps forward and back, pausing, and stays in range', () => {
    const { clock, changes, indexAfter } = setup();
    clock.play();
    clock.next();
    expect(clock.status()).toMatchObject({ index: 1, playing: false });
    expect(indexAfter(10_000)).toBe(1);
    clock.next();
    clock.next();
    expect(clock.status().index).toBe(2);
    clock.previous();
    clock.previous();
    clock.previous();
    expect(clock.status().index).toBe(0);
    expect(changes.map((c) => c.cause)).toEqual(['next', 'next', 'previous', 'previous', 'previous']);
  });

  it('seeks to an index or a time and keeps playing if it was', () => {
    const { clock, indexAfter } = setup();
    clock.seek(2);
    expect(clock.status()).toMatchObject({ index: 2, playing: false });
    clock.seek({ time: 1500 });
    expect(clock.status().index).toBe(1);
    clock.play();
    expect(indexAfter(1499)).toBe(1);
    expect(indexAfter(1)).toBe(2);
    clock.seek(0);
    expect(clock.status()).toMatchObject({ index: 0, playing: true });
  });

  it('maps times to steps and back', () => {
    const { clock } = setup();
    expect(clock.duration()).toBe(4000);
    expect([clock.startOf(0), clock.startOf(1), clock.startOf(2)]).toEqual([0, 1000, 3000]);
    expect([-5, 0, 999, 1000, 2999, 3000, 99_999].map((t) => clock.indexAt(t))).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });

  it('replays from the start, and play after the end replays', () => {
    const { scheduler, clock, changes } = setup(2);
    clock.play();
    scheduler.advance(1000);
    expect(clock.status().ended).toBe(true);
    clock.play();
    expect(clock.status()).toMatchObject({ index: 0, playing: true, ended: false });
    expect(changes.at(-1)).toEqual({ from: 2, to: 0, cause: 'replay' });
    clock.pause();
    clock.seek(1);
    clock.replay();
    expect(clock.status()).toMatchObject({ index: 0, playing: true });
  });

  it('toggles, notifies play/pause without a change, and stops after destroy', () => {
    const { scheduler, clock, indexAfter } = setup();
    const seen: Array<boolean> = [];
    const unsubscribe = clock.subscribe((status, change) => {
      if (!change) seen.push(status.playing);
    });
    clock.toggle();
    clock.toggle();
    expect(seen).toEqual([true, false]);
    unsubscribe();
    clock.toggle();
    expect(seen).toEqual([true, false]);
    clock.destroy();
    expect(indexAfter(10_000)).toBe(0);
    expect(scheduler.pending()).toBe(0);
  });

  it('never leaves the timeline, whatever the reader does', () => {
    const action = fc.oneof(
      fc.constant('play'),
      fc.constant('pause'),
      fc.constant('next'),
      fc.constant('previous'),
      fc.constant('replay'),
      fc.record({ seek: fc.integer({ min: -5, max: 10 }) }),
      fc.record({ time: fc.integer({ min: -100, max: 6000 }) }),
      fc.record({ speed: fc.constantFrom(0.5, 1, 2) }),
      fc.record({ wait: fc.integer({ min: 0, max: 3000 }) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const { scheduler, clock, changes } = setup();
        for (const a of actions) {
          if (a === 'play') clock.play();
          else if (a === 'pause') clock.pause();
          else if (a === 'next') clock.next();
          else if (a === 'previous') clock.previous();
          else if (a === 'replay') clock.replay();
          else if ('seek' in a) clock.seek(a.seek);
          else if ('time' in a) clock.seek({ time: a.time });
          else if ('speed' in a) clock.setSpeed(a.speed);
          else scheduler.advance(a.wait);
          const { index, playing, ended } = clock.status();
          if (index < 0 || index > 2 || (playing && ended)) return false;
          if (!playing && scheduler.pending() !== 0) return false;
        }
        // Ticks and next-steps always move forward by exactly one.
        return changes.every((c) => (c.cause === 'tick' || c.cause === 'next' ? c.to === c.from + 1 : true));
      }),
    );
  });
});

describe('foldSteps', () => {
  const steps = [
    { duration: 1, captionKey: 'start' },
    { duration: 1, captionKey: 'one', event: 1 },
    { duration: 1, captionKey: 'two', event: 2 },
  ];
  const add = (state: number[], event: number): number[] => [...state, event];

  it('folds the events up to the step, its own included', () => {
    expect(foldSteps(steps, 0, [], add)).toEqual([]);
    expect(foldSteps(steps, 2, [], add)).toEqual([1, 2]);
    expect(foldSteps(steps, 1.7, [9], add)).toEqual([9, 1]);
  });

  it('stands at the nearest end for an index off the tour, at the start for one that is not a number', () => {
    expect(foldSteps(steps, -4, [], add)).toEqual([]);
    expect(foldSteps(steps, 99, [], add)).toEqual([1, 2]);
    expect(foldSteps(steps, Number.POSITIVE_INFINITY, [], add)).toEqual([1, 2]);
    expect(foldSteps(steps, Number.NaN, [], add)).toEqual([]);
  });
});

describe('tourOf', () => {
  const tour = tourOf<number>()(500, [['start'], ['one', 1], ['two', 2]]);

  it('gives every row a step of the same duration, with its caption key and event', () => {
    expect(tour).toEqual([
      { duration: 500, captionKey: 'start' },
      { duration: 500, captionKey: 'one', event: 1 },
      { duration: 500, captionKey: 'two', event: 2 },
    ]);
    expect('event' in (tour[0] ?? {})).toBe(false);
  });

  it('names its caption keys in its type, so the tour folds like any timeline', () => {
    const keys: readonly CaptionKey<typeof tour>[] = ['start', 'one', 'two'];
    expect(tour.map((step) => step.captionKey)).toEqual(keys);
    expect(foldSteps(tour, 2, 0, (sum, n) => sum + n)).toBe(3);
  });
});
