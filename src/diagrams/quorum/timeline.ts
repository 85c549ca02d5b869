/**
 * The guided tour: a timeline of model events. The same data drives the
 * animation (the clock), the captions in both languages (caption keys) and
 * the tests (stateAt folds the events).
 */
import { type TimelineStep, foldSteps } from '../kit/clock';
import { initial, step, type Design, type QuorumEvent, type QuorumState } from './model';

export type TourKey =
  | 'start'
  | 'write'
  | 'loseCopy'
  | 'loseAz'
  | 'writeAfterAz'
  | 'loseOneMore'
  | 'writeBlocked'
  | 'readStill'
  | 'azBack'
  | 'catchUp'
  | 'writeAgain'
  | 'copyBack'
  | 'allCaughtUp';

export type TourStep = TimelineStep<TourKey, QuorumEvent>;

const STEP_MS = 4000;

export const TOUR: readonly TourStep[] = [
  { duration: STEP_MS, captionKey: 'start' },
  { duration: STEP_MS, captionKey: 'write', event: { type: 'write' } },
  { duration: STEP_MS, captionKey: 'loseCopy', event: { type: 'fail', targets: [{ copy: 'a1' }] } },
  { duration: STEP_MS, captionKey: 'loseAz', event: { type: 'fail', targets: [{ az: 'a' }] } },
  { duration: STEP_MS, captionKey: 'writeAfterAz', event: { type: 'write' } },
  { duration: STEP_MS, captionKey: 'loseOneMore', event: { type: 'fail', targets: [{ copy: 'b1' }] } },
  { duration: STEP_MS, captionKey: 'writeBlocked', event: { type: 'write' } },
  { duration: STEP_MS, captionKey: 'readStill', event: { type: 'read' } },
  { duration: STEP_MS, captionKey: 'azBack', event: { type: 'restore', targets: [{ az: 'a' }] } },
  { duration: STEP_MS, captionKey: 'catchUp', event: { type: 'repair' } },
  { duration: STEP_MS, captionKey: 'writeAgain', event: { type: 'write' } },
  { duration: STEP_MS, captionKey: 'copyBack', event: { type: 'restore', targets: [{ copy: 'b1' }] } },
  { duration: STEP_MS, captionKey: 'allCaughtUp', event: { type: 'repair' } },
];

/** The state at tour step `index` (its event included), for the design the reader is viewing. */
export function stateAt(index: number, show: Design = 'aurora'): QuorumState {
  return foldSteps(TOUR, index, initial({ show }), step);
}
