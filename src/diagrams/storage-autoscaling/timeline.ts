/**
 * Playing the day: one step per hour. Step i shows the day up to i:00, so
 * the same data drives the animation (the clock), the words (caption keys)
 * and the tests (stateAt).
 */
import type { TimelineStep } from '../kit/clock';
import { HOURS_PER_DAY, initial, step, type AutoscalingEvent, type AutoscalingState, type Params } from './model';

export type DayKey = 'midnight' | 'hour' | 'endOfDay';

export type DayStep = TimelineStep<DayKey, AutoscalingEvent>;

/** One hour of the day, ms at 1×. */
export const HOUR_MS = 600;

export const DAY: readonly DayStep[] = Array.from({ length: HOURS_PER_DAY + 1 }, (_, hour) => ({
  duration: HOUR_MS,
  captionKey: hour === 0 ? 'midnight' : hour === HOURS_PER_DAY ? 'endOfDay' : 'hour',
  event: { type: 'show', hour },
}));

/** The state at step `index` for some settings. */
export function stateAt(index: number, params: Partial<Params> = {}): AutoscalingState {
  const last = Math.min(Math.max(Math.trunc(Number.isFinite(index) ? index : 0), 0), DAY.length - 1);
  const event = DAY[last]?.event;
  const start = initial(params, 0);
  return event ? step(start, event) : start;
}
