/**
 * The guided tour of the caching patterns: a timeline of model events. Each
 * step happens to all three patterns at once; the caption explains what to
 * compare. The same data drives the animation, the captions and the tests.
 */
import { foldSteps, tourOf, type CaptionKey } from '../kit/clock';
import { initial, step, type CachingEvent, type CachingState, type Strategy } from './model';

export const TOUR = tourOf<CachingEvent>()(4000, [
  ['start'],
  ['firstRead', { type: 'read', key: 'product:1' }],
  ['secondRead', { type: 'read', key: 'product:1' }],
  ['write', { type: 'write', key: 'product:1' }],
  ['readAfterWrite', { type: 'read', key: 'product:1' }],
  ['writeUnread', { type: 'write', key: 'product:2' }],
  ['readWritten', { type: 'read', key: 'product:2' }],
  ['replace', { type: 'replace' }],
  ['readAfterReplace', { type: 'read', key: 'product:1' }],
  ['ttlOn', { type: 'ttl', ttl: 30 }],
  ['readWithTtl', { type: 'read', key: 'product:3' }],
  ['writeWithTtl', { type: 'write', key: 'product:3' }],
  ['staleWithTtl', { type: 'read', key: 'product:3' }],
  ['expire', { type: 'wait', seconds: 30 }],
  ['readAfterExpiry', { type: 'read', key: 'product:3' }],
]);

export type TourKey = CaptionKey<typeof TOUR>;

/** The state at tour step `index` (its event included), for the pattern the reader is viewing. */
export function stateAt(index: number, show: Strategy = 'lazy'): CachingState {
  return foldSteps(TOUR, index, initial({ show }), step);
}
