/**
 * The timeline clock. A timeline is data: an array of steps, each with a
 * duration (ms at 1× speed), a caption key, and optionally a model event.
 * The clock only says which step is showing; the diagram decides what that
 * step means. Index i means "step i is showing": its event has happened.
 */
import type { Scheduler } from './scheduler';

export interface TimelineStep<K extends string = string, E = unknown> {
  readonly duration: number;
  readonly captionKey: K;
  readonly event?: E;
}

/** Why the index changed: `tick` and `next` move forward by exactly one. */
export type ClockCause = 'tick' | 'next' | 'previous' | 'seek' | 'replay';

export interface ClockChange {
  readonly from: number;
  readonly to: number;
  readonly cause: ClockCause;
}

export interface ClockStatus {
  readonly index: number;
  readonly length: number;
  readonly playing: boolean;
  readonly speed: number;
  /** True once the last step has run its full duration. */
  readonly ended: boolean;
}

/** Called on every change; `change` is null when only play/pause/speed moved. */
export type ClockListener = (status: ClockStatus, change: ClockChange | null) => void;

export const SPEEDS: readonly number[] = [0.5, 1, 2];

export type SeekTarget = number | { readonly time: number };

export interface Clock {
  status(): ClockStatus;
  play(): void;
  pause(): void;
  toggle(): void;
  /** One step forward; pauses. */
  next(): void;
  /** One step back; pauses. */
  previous(): void;
  /** To a step index, or to a time (ms from the start at 1×); keeps playing if it was. */
  seek(target: SeekTarget): void;
  /** From the first step, playing. */
  replay(): void;
  setSpeed(speed: number): void;
  /** Start time of a step, ms at 1×. */
  startOf(index: number): number;
  /** The step showing at a time, ms at 1×. */
  indexAt(time: number): number;
  /** Whole timeline, ms at 1×. */
  duration(): number;
  subscribe(listener: ClockListener): () => void;
  destroy(): void;
}

function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), length - 1);
}

export function createClock(steps: readonly TimelineStep[], scheduler: Scheduler, startIndex = 0): Clock {
  if (steps.length === 0) throw new RangeError('a timeline needs at least one step');
  const length = steps.length;
  const starts: number[] = [];
  let total = 0;
  for (const step of steps) {
    starts.push(total);
    total += Math.max(0, step.duration);
  }

  let index = clampIndex(startIndex, length);
  let playing = false;
  let ended = false;
  let speed = 1;
  /** Progress into the current step, ms at 1×. */
  let progress = 0;
  /** Scheduler time when `progress` was last brought up to date. */
  let syncedAt = scheduler.now();
  let cancel: (() => void) | null = null;
  const listeners = new Set<ClockListener>();

  const durationOf = (i: number): number => Math.max(0, steps[i]?.duration ?? 0);

  function status(): ClockStatus {
    return { index, length, playing, speed, ended };
  }

  function emit(change: ClockChange | null): void {
    const snapshot = status();
    for (const listener of [...listeners]) listener(snapshot, change);
  }

  function sync(): void {
    const now = scheduler.now();
    if (playing) progress += (now - syncedAt) * speed;
    syncedAt = now;
  }

  function disarm(): void {
    cancel?.();
    cancel = null;
  }

  function arm(): void {
    disarm();
    if (!playing) return;
    const remaining = Math.max(0, durationOf(index) - progress);
    cancel = scheduler.schedule(onTimer, remaining / speed);
  }

  function onTimer(): void {
    cancel = null;
    if (!playing) return;
    sync();
    if (index >= length - 1) {
      playing = false;
      ended = true;
      progress = durationOf(index);
      emit(null);
      return;
    }
    const from = index;
    index += 1;
    progress = 0;
    arm();
    emit({ from, to: index, cause: 'tick' });
  }

  function go(to: number, cause: ClockCause, into = 0): void {
    sync();
    const from = index;
    index = clampIndex(to, length);
    progress = Math.min(Math.max(into, 0), durationOf(index));
    ended = false;
    arm();
    emit({ from, to: index, cause });
  }

  const clock: Clock = {
    status,
    play() {
      if (playing) return;
      sync();
      const atEnd = ended || (index === length - 1 && progress >= durationOf(index));
      playing = true;
      ended = false;
      if (atEnd) {
        go(0, 'replay');
        return;
      }
      arm();
      emit(null);
    },
    pause() {
      if (!playing) return;
      sync();
      playing = false;
      disarm();
      emit(null);
    },
    toggle() {
      if (playing) clock.pause();
      else clock.play();
    },
    next() {
      if (playing) {
        sync();
        playing = false;
        disarm();
      }
      if (index >= length - 1) {
        emit(null);
        return;
      }
      go(index + 1, 'next');
    },
    previous() {
      if (playing) {
        sync();
        playing = false;
        disarm();
      }
      go(index - 1, 'previous');
    },
    seek(target) {
      if (typeof target === 'number') {
        go(target, 'seek');
        return;
      }
      const time = Number.isFinite(target.time) ? target.time : 0;
      const at = clock.indexAt(time);
      go(at, 'seek', time - (starts[at] ?? 0));
    },
    replay() {
      sync();
      playing = true;
      go(0, 'replay');
    },
    setSpeed(next) {
      if (!Number.isFinite(next) || next <= 0) return;
      sync();
      speed = next;
      arm();
      emit(null);
    },
    startOf(i) {
      return starts[clampIndex(i, length)] ?? 0;
    },
    indexAt(time) {
      if (!(time > 0)) return 0;
      for (let i = length - 1; i >= 0; i -= 1) {
        if ((starts[i] ?? 0) <= time) return i;
      }
      return 0;
    },
    duration: () => total,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      playing = false;
      disarm();
      listeners.clear();
    },
  };
  return clock;
}

/**
 * The state at step `index` of a tour (its event included): the steps' events folded into `from` in
 * order. An index past either end stands at that end; one that is not a number, at the first step.
 */
export function foldSteps<St, E>(
  steps: readonly TimelineStep<string, E>[],
  index: number,
  from: St,
  step: (state: St, event: E) => St,
): St {
  const last = Math.min(Math.max(Math.trunc(Number.isNaN(index) ? 0 : index), 0), steps.length - 1);
  let state = from;
  for (let i = 0; i <= last; i += 1) {
    const event = steps[i]?.event;
    if (event) state = step(state, event);
  }
  return state;
}

/**
 * A tour whose steps all last `duration` ms, from a table of `[captionKey, event?]` rows:
 * `export const TOUR = tourOf<QuorumEvent>()(4000, [['start'], ['write', { type: 'write' }], …])`.
 * The caption keys are read from the table (`type TourKey = CaptionKey<typeof TOUR>`), so the strings
 * that caption the tour must name each of them; each event is checked against `E`.
 */
export function tourOf<E>() {
  return <const K extends string>(duration: number, rows: readonly (readonly [K, E?])[]): readonly TimelineStep<K, E>[] =>
    rows.map(([captionKey, event]) => (event === undefined ? { duration, captionKey } : { duration, captionKey, event }));
}

/** The caption keys of a tour. */
export type CaptionKey<T extends readonly TimelineStep[]> = T[number]['captionKey'];
