/**
 * The guided tour: a timeline of model events. The same data drives the
 * animation (the clock), the captions in both languages (caption keys) and
 * the tests (stateAt folds the events).
 */
import { foldSteps, tourOf, type CaptionKey } from '../kit/clock';
import { initial, step, type Design, type QuorumEvent, type QuorumState } from './model';

export const TOUR = tourOf<QuorumEvent>()(4000, [
  ['start'],
  ['write', { type: 'write' }],
  ['loseCopy', { type: 'fail', targets: [{ copy: 'a1' }] }],
  ['loseAz', { type: 'fail', targets: [{ az: 'a' }] }],
  ['writeAfterAz', { type: 'write' }],
  ['loseOneMore', { type: 'fail', targets: [{ copy: 'b1' }] }],
  ['writeBlocked', { type: 'write' }],
  ['readStill', { type: 'read' }],
  ['azBack', { type: 'restore', targets: [{ az: 'a' }] }],
  ['catchUp', { type: 'repair' }],
  ['writeAgain', { type: 'write' }],
  ['copyBack', { type: 'restore', targets: [{ copy: 'b1' }] }],
  ['allCaughtUp', { type: 'repair' }],
]);

export type TourKey = CaptionKey<typeof TOUR>;

/** The state at tour step `index` (its event included), for the design the reader is viewing. */
export function stateAt(index: number, show: Design = 'aurora'): QuorumState {
  return foldSteps(TOUR, index, initial({ show }), step);
}
