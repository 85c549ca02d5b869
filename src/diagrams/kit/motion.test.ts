import { describe, expect, it } from 'vitest';
import { createMotion, motionFor, REDUCED_MOTION_QUERY, type MotionQuery } from './motion';

type Listener = (event: { readonly matches: boolean }) => void;

class FakeQuery implements MotionQuery {
  matches: boolean;
  readonly listeners = new Set<Listener>();
  constructor(matches: boolean) {
    this.matches = matches;
  }
  addEventListener(_type: 'change', listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'change', listener: Listener): void {
    this.listeners.delete(listener);
  }
  set(matches: boolean): void {
    this.matches = matches;
    for (const listener of this.listeners) listener({ matches });
  }
}

describe('createMotion', () => {
  it('keeps durations when motion is allowed', () => {
    const motion = createMotion(new FakeQuery(false));
    expect(motion.reduced()).toBe(false);
    expect(motion.duration(300)).toBe(300);
    expect(motion.duration(-5)).toBe(0);
  });

  it('makes every duration 0 when the reader asks for reduced motion', () => {
    const motion = createMotion(new FakeQuery(true));
    expect(motion.reduced()).toBe(true);
    expect(motion.duration(300)).toBe(0);
  });

  it('follows the setting when it changes, and tells subscribers once per change', () => {
    const query = new FakeQuery(false);
    const motion = createMotion(query);
    const seen: boolean[] = [];
    motion.subscribe((reduced) => seen.push(reduced));
    query.set(true);
    query.set(true);
    expect(motion.duration(300)).toBe(0);
    query.set(false);
    expect(motion.duration(300)).toBe(300);
    expect(seen).toEqual([true, false]);
  });

  it('lets go of the query on destroy', () => {
    const query = new FakeQuery(false);
    const motion = createMotion(query);
    expect(query.listeners.size).toBe(1);
    motion.destroy();
    expect(query.listeners.size).toBe(0);
  });

  it('allows motion when there is no query', () => {
    expect(createMotion(null).duration(200)).toBe(200);
    expect(motionFor(undefined).reduced()).toBe(false);
    expect(motionFor({}).reduced()).toBe(false);
  });

  it('asks a window for the reduced-motion query', () => {
    const asked: string[] = [];
    const motion = motionFor({
      matchMedia: (query) => {
        asked.push(query);
        return new FakeQuery(true);
      },
    });
    expect(asked).toEqual([REDUCED_MOTION_QUERY]);
    expect(motion.reduced()).toBe(true);
  });
});
