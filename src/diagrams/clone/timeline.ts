/**
 * The guided tour: a timeline of model events. The same data drives the
 * animation (the clock), the captions in both languages (caption keys) and
 * the tests (stateAt folds the events).
 */
import { foldSteps, tourOf, type CaptionKey } from '../kit/clock';
import { DEFAULT_SIZE, initial, step, type CloneEvent, type CloneState } from './model';

export const TOUR = tourOf<CloneEvent>()(4500, [
  ['start'],
  ['clone', { type: 'clone', cluster: 0 }],
  ['sourceWrites', { type: 'write', cluster: 0, page: 1 }],
  ['cloneWrites', { type: 'write', cluster: 1, page: 3 }],
  ['inPlace', { type: 'write', cluster: 1, page: 3 }],
  ['cloneOfClone', { type: 'clone', cluster: 1 }],
  ['grandchildWrites', { type: 'write', cluster: 2, page: 5 }],
  ['deleteSource', { type: 'delete', cluster: 0 }],
  ['bigger', { type: 'size', size: 3 }],
]);

export type TourKey = CaptionKey<typeof TOUR>;

/**
 * The state at tour step `index` (its event included). The tour tells its own
 * story from the start; the database size the reader chose is kept until the
 * tour itself changes it.
 */
export function stateAt(index: number, size: number = DEFAULT_SIZE): CloneState {
  return foldSteps(TOUR, index, initial({ size }), step);
}
