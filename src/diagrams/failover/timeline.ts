/**
 * The failover timeline as data: one step per moment the reader can stop at.
 * Steps sit at regular ticks of the time axis and at every milestone of every
 * lane; each carries the simulated time it shows and the milestones that
 * happen there. The same steps drive the clock (durations), the captions
 * (caption keys and marks) and the tests (stateAt folds the lanes' events).
 */
import type { TimelineStep } from '../kit/clock';
import {
  laneAt,
  milestonesOf,
  runsOf,
  type LaneState,
  type Milestone,
  type Run,
  type Setup,
  type Window,
} from './model';

export type CaptionKey = 'start' | 'tick' | 'end' | Milestone;

export interface Mark {
  /** Which lane (0: the first, 1: the one compared with it). */
  readonly lane: number;
  readonly type: Milestone;
}

export interface Moment {
  /** Seconds after the failure (negative: before it). */
  readonly time: number;
  /** Milestones that happen at this moment. */
  readonly marks: readonly Mark[];
}

export type FailoverStep = TimelineStep<CaptionKey, Moment>;

/** Playing through the whole window takes this long at 1× (ms), pauses at milestones aside. */
export const SWEEP_MS = 20_000;
/** The clock holds at each milestone so its caption can be read. */
export const HOLD_MS = 2_200;
export const START_HOLD_MS = 1_200;

const TICK_STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120];
/** About this many regular stops between the start and the end. */
const TICKS = 30;

export interface Plan {
  readonly setup: Setup;
  readonly runs: readonly Run[];
  readonly window: Window;
  readonly steps: readonly FailoverStep[];
}

/** ms the cursor takes to sweep from one time to the next at 1×. */
export function sweepMs(window: Window, from: number, to: number): number {
  return Math.round((SWEEP_MS * Math.abs(to - from)) / (window.end - window.start));
}

export function stepsOf(runs: readonly Run[], window: Window): FailoverStep[] {
  const span = window.end - window.start;
  const tick = TICK_STEPS.find((s) => span / s <= TICKS) ?? 120;
  const marks = new Map<number, Mark[]>();
  runs.forEach((run, lane) => {
    for (const m of milestonesOf(run.lane, run.timings)) {
      marks.set(m.at, [...(marks.get(m.at) ?? []), { lane, type: m.type }]);
    }
  });
  const times = new Set<number>([window.start, window.end, ...marks.keys()]);
  for (let t = Math.ceil(window.start / tick) * tick; t < window.end; t += tick) {
    // A regular stop right next to a milestone would only repeat it.
    const near = [...marks.keys()].some((m) => Math.abs(m - t) < tick * 0.35);
    if (!near && t > window.start) times.add(t);
  }
  const sorted = [...times].sort((x, y) => x - y);
  return sorted.map((time, i) => {
    const here = (marks.get(time) ?? []).slice().sort((x, y) => x.lane - y.lane);
    const previous = sorted[i - 1];
    const sweep = previous === undefined ? 0 : sweepMs(window, previous, time);
    const first = here[0];
    let captionKey: CaptionKey = 'tick';
    if (i === 0) captionKey = 'start';
    else if (first) captionKey = first.type;
    else if (i === sorted.length - 1) captionKey = 'end';
    const hold = i === 0 ? START_HOLD_MS : here.length > 0 || i === sorted.length - 1 ? HOLD_MS : 0;
    return { duration: sweep + hold, captionKey, event: { time, marks: here } };
  });
}

export function planOf(setup: Setup): Plan {
  const runs = runsOf(setup);
  const window = runs[0]?.window ?? { start: -6, end: 10, interval: 1 };
  return { setup, runs, window, steps: stepsOf(runs, window) };
}

function clampIndex(plan: Plan, index: number): number {
  return Math.min(Math.max(Math.trunc(Number.isFinite(index) ? index : 0), 0), plan.steps.length - 1);
}

export function timeAt(plan: Plan, index: number): number {
  return plan.steps[clampIndex(plan, index)]?.event?.time ?? plan.window.start;
}

/** Every lane at step `index`. */
export function stateAt(plan: Plan, index: number): readonly LaneState[] {
  const time = timeAt(plan, index);
  return plan.runs.map((run) => laneAt(run, time));
}

/** The step showing a time (the last one at or before it). */
export function indexAt(plan: Plan, time: number): number {
  let found = 0;
  plan.steps.forEach((s, i) => {
    if ((s.event?.time ?? -Infinity) <= time) found = i;
  });
  return found;
}

/** The step where the primary fails. */
export function failureIndex(plan: Plan): number {
  return Math.max(
    0,
    plan.steps.findIndex((s) => s.event?.time === 0),
  );
}
