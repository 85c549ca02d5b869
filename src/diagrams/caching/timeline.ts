/**
 * The guided tour of the caching patterns: a timeline of model events. Each
 * step happens to all three patterns at once; the caption explains what to
 * compare. The same data drives the animation, the captions and the tests.
 */
import { type TimelineStep, foldSteps } from '../kit/clock';
import { initial, step, type CachingEvent, type CachingState, type Strategy } from './model';

export type TourKey =
  | 'start'
  | 'firstRead'
  | 'secondRead'
  | 'write'
  | 'readAfterWrite'
  | 'writeUnread'
  | 'readWritten'
  | 'replace'
  | 'readAfterReplace'
  | 'ttlOn'
  | 'readWithTtl'
  | 'writeWithTtl'
  | 'staleWithTtl'
  | 'expire'
  | 'readAfterExpiry';

export type TourStep = TimelineStep<TourKey, CachingEvent>;

const STEP_MS = 4000;

export const TOUR: readonly TourStep[] = [
  { duration: STEP_MS, captionKey: 'start' },
  { duration: STEP_MS, captionKey: 'firstRead', event: { type: 'read', key: 'product:1' } },
  { duration: STEP_MS, captionKey: 'secondRead', event: { type: 'read', key: 'product:1' } },
  { duration: STEP_MS, captionKey: 'write', event: { type: 'write', key: 'product:1' } },
  { duration: STEP_MS, captionKey: 'readAfterWrite', event: { type: 'read', key: 'product:1' } },
  { duration: STEP_MS, captionKey: 'writeUnread', event: { type: 'write', key: 'product:2' } },
  { duration: STEP_MS, captionKey: 'readWritten', event: { type: 'read', key: 'product:2' } },
  { duration: STEP_MS, captionKey: 'replace', event: { type: 'replace' } },
  { duration: STEP_MS, captionKey: 'readAfterReplace', event: { type: 'read', key: 'product:1' } },
  { duration: STEP_MS, captionKey: 'ttlOn', event: { type: 'ttl', ttl: 30 } },
  { duration: STEP_MS, captionKey: 'readWithTtl', event: { type: 'read', key: 'product:3' } },
  { duration: STEP_MS, captionKey: 'writeWithTtl', event: { type: 'write', key: 'product:3' } },
  { duration: STEP_MS, captionKey: 'staleWithTtl', event: { type: 'read', key: 'product:3' } },
  { duration: STEP_MS, captionKey: 'expire', event: { type: 'wait', seconds: 30 } },
  { duration: STEP_MS, captionKey: 'readAfterExpiry', event: { type: 'read', key: 'product:3' } },
];

/** The state at tour step `index` (its event included), for the pattern the reader is viewing. */
export function stateAt(index: number, show: Strategy = 'lazy'): CachingState {
  return foldSteps(TOUR, index, initial({ show }), step);
}
