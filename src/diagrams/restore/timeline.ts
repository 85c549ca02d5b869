/**
 * The guided tour: a timeline of model events. The same data drives the
 * animation (the clock), the captions in both languages (caption keys) and
 * the tests (stateAt folds the events).
 */
import { type TimelineStep, foldSteps } from '../kit/clock';
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

export type TourKey =
  | 'start'
  | 'now'
  | 'tooRecent'
  | 'latest'
  | 'backtrackEdge'
  | 'pastBacktrack'
  | 'snapshot'
  | 'beforeRetention'
  | 'longerRetention'
  | 'postgres'
  | 'rds'
  | 'retentionOff';

export type TourStep = TimelineStep<TourKey, RestoreEvent>;

const STEP_MS = 5000;
const snapshotAgo = (key: 's1' | 's2' | 's3'): number => SNAPSHOTS.find((s) => s.key === key)?.ago ?? 0;

export const TOUR: readonly TourStep[] = [
  { duration: STEP_MS, captionKey: 'start' },
  { duration: STEP_MS, captionKey: 'now', event: { type: 'moment', ago: 0 } },
  { duration: STEP_MS, captionKey: 'tooRecent', event: { type: 'moment', ago: RECENT_MINUTES } },
  { duration: STEP_MS, captionKey: 'latest', event: { type: 'moment', ago: LATEST_RESTORABLE_MINUTES } },
  { duration: STEP_MS, captionKey: 'backtrackEdge', event: { type: 'moment', ago: BACKTRACK_MAX_HOURS * HOUR } },
  { duration: STEP_MS, captionKey: 'pastBacktrack', event: { type: 'moment', ago: BACKTRACK_MAX_HOURS * HOUR + 1 } },
  { duration: STEP_MS, captionKey: 'snapshot', event: { type: 'moment', ago: snapshotAgo('s2') } },
  { duration: STEP_MS, captionKey: 'beforeRetention', event: { type: 'moment', ago: snapshotAgo('s1') } },
  { duration: STEP_MS, captionKey: 'longerRetention', event: { type: 'retention', days: TIMELINE_DAYS } },
  { duration: STEP_MS, captionKey: 'postgres', event: { type: 'engine', engine: 'aurora-postgresql' } },
  { duration: STEP_MS, captionKey: 'rds', event: { type: 'engine', engine: 'rds-mysql' } },
  { duration: STEP_MS, captionKey: 'retentionOff', event: { type: 'retention', days: 0 } },
];

/** The state at tour step `index` (its event included), from the tour's own start. */
export function stateAt(index: number): RestoreState {
  return foldSteps(TOUR, index, initial(), step);
}
