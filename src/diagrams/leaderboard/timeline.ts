/**
 * The guided tour: a timeline of model events. The same data drives the
 * animation (the clock), the captions (caption keys) and the tests (stateAt).
 */
import { type TimelineStep, foldSteps } from '../kit/clock';
import { initial, step, type LeaderboardEvent, type LeaderboardState } from './model';

export type TourKey = 'start' | 'incr' | 'newMember' | 'top' | 'rank' | 'noDuplicate' | 'tie' | 'round' | 'remove';

export type TourStep = TimelineStep<TourKey, LeaderboardEvent>;

const STEP_MS = 4000;

export const TOUR: readonly TourStep[] = [
  { duration: STEP_MS, captionKey: 'start' },
  { duration: STEP_MS, captionKey: 'incr', event: { type: 'incr', member: 'player42', by: 150 } },
  { duration: STEP_MS, captionKey: 'newMember', event: { type: 'add', member: 'player91', score: 1300 } },
  { duration: STEP_MS, captionKey: 'top', event: { type: 'top', n: 3 } },
  { duration: STEP_MS, captionKey: 'rank', event: { type: 'rank', member: 'player42' } },
  { duration: STEP_MS, captionKey: 'noDuplicate', event: { type: 'add', member: 'player42', score: 1500 } },
  { duration: STEP_MS, captionKey: 'tie', event: { type: 'incr', member: 'player23', by: 50 } },
  { duration: STEP_MS, captionKey: 'round', event: { type: 'round' } },
  { duration: STEP_MS, captionKey: 'remove', event: { type: 'remove', member: 'player58' } },
];

/** The state at tour step `index` (its event included). */
export function stateAt(index: number): LeaderboardState {
  return foldSteps(TOUR, index, initial(), step);
}
