/**
 * The guided tour: a timeline of model events. The same data drives the
 * animation (the clock), the captions in both languages (caption keys) and
 * the tests (stateAt folds the events).
 */
import { type TimelineStep, foldSteps } from '../kit/clock';
import { DEFAULT_SIZE, initial, step, type CloneEvent, type CloneState } from './model';

export type TourKey =
  | 'start'
  | 'clone'
  | 'sourceWrites'
  | 'cloneWrites'
  | 'inPlace'
  | 'cloneOfClone'
  | 'grandchildWrites'
  | 'deleteSource'
  | 'bigger';

export type TourStep = TimelineStep<TourKey, CloneEvent>;

const STEP_MS = 4500;

export const TOUR: readonly TourStep[] = [
  { duration: STEP_MS, captionKey: 'start' },
  { duration: STEP_MS, captionKey: 'clone', event: { type: 'clone', cluster: 0 } },
  { duration: STEP_MS, captionKey: 'sourceWrites', event: { type: 'write', cluster: 0, page: 1 } },
  { duration: STEP_MS, captionKey: 'cloneWrites', event: { type: 'write', cluster: 1, page: 3 } },
  { duration: STEP_MS, captionKey: 'inPlace', event: { type: 'write', cluster: 1, page: 3 } },
  { duration: STEP_MS, captionKey: 'cloneOfClone', event: { type: 'clone', cluster: 1 } },
  { duration: STEP_MS, captionKey: 'grandchildWrites', event: { type: 'write', cluster: 2, page: 5 } },
  { duration: STEP_MS, captionKey: 'deleteSource', event: { type: 'delete', cluster: 0 } },
  { duration: STEP_MS, captionKey: 'bigger', event: { type: 'size', size: 3 } },
];

/**
 * The state at tour step `index` (its event included). The tour tells its own
 * story from the start; the database size the reader chose is kept until the
 * tour itself changes it.
 */
export function stateAt(index: number, size: number = DEFAULT_SIZE): CloneState {
  return foldSteps(TOUR, index, initial({ size }), step);
}
