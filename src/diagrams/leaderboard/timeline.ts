/**
 * The guided tour: a timeline of model events. The same data drives the
 * animation (the clock), the captions (caption keys) and the tests (stateAt).
 */
import { foldSteps, tourOf, type CaptionKey } from '../kit/clock';
import { initial, step, type LeaderboardEvent, type LeaderboardState } from './model';

export const TOUR = tourOf<LeaderboardEvent>()(4000, [
  ['start'],
  ['incr', { type: 'incr', member: 'player42', by: 150 }],
  ['newMember', { type: 'add', member: 'player91', score: 1300 }],
  ['top', { type: 'top', n: 3 }],
  ['rank', { type: 'rank', member: 'player42' }],
  ['noDuplicate', { type: 'add', member: 'player42', score: 1500 }],
  ['tie', { type: 'incr', member: 'player23', by: 50 }],
  ['round', { type: 'round' }],
  ['remove', { type: 'remove', member: 'player58' }],
]);

export type TourKey = CaptionKey<typeof TOUR>;

/** The state at tour step `index` (its event included). */
export function stateAt(index: number): LeaderboardState {
  return foldSteps(TOUR, index, initial(), step);
}
