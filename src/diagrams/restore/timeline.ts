/**
 * The guided tour: a timeline of model events. The same data drives the
 * animation (the clock), the captions in both languages (caption keys) and
 * the tests (stateAt folds the events).
 */
import { foldSteps, tourOf, type CaptionKey } from '../kit/clock';
import {
  BACKTRACK_MAX_HOURS,
  HOUR,
  initial,
  LATEST_RESTORABLE_MINUTES,
  RECENT_MINUTES,
  SNAPSHOTS,
  step,
  TIMELINE_DAYS,
  type RestoreEvent,
  type RestoreState,
} from './model';

const snapshotAgo = (key: 's1' | 's2' | 's3'): number => SNAPSHOTS.find((s) => s.key === key)?.ago ?? 0;

export const TOUR = tourOf<RestoreEvent>()(5000, [
  ['start'],
  ['now', { type: 'moment', ago: 0 }],
  ['tooRecent', { type: 'moment', ago: RECENT_MINUTES }],
  ['latest', { type: 'moment', ago: LATEST_RESTORABLE_MINUTES }],
  ['backtrackEdge', { type: 'moment', ago: BACKTRACK_MAX_HOURS * HOUR }],
  ['pastBacktrack', { type: 'moment', ago: BACKTRACK_MAX_HOURS * HOUR + 1 }],
  ['snapshot', { type: 'moment', ago: snapshotAgo('s2') }],
  ['beforeRetention', { type: 'moment', ago: snapshotAgo('s1') }],
  ['longerRetention', { type: 'retention', days: TIMELINE_DAYS }],
  ['postgres', { type: 'engine', engine: 'aurora-postgresql' }],
  ['rds', { type: 'engine', engine: 'rds-mysql' }],
  ['retentionOff', { type: 'retention', days: 0 }],
]);

export type TourKey = CaptionKey<typeof TOUR>;

/** The state at tour step `index` (its event included), from the tour's own start. */
export function stateAt(index: number): RestoreState {
  return foldSteps(TOUR, index, initial(), step);
}
