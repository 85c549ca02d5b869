/**
 * The session-store tour: log in through A, get routed to B and C, still
 * logged in; wait out the TTL; then the same with sessions kept in each
 * instance's memory. The same data drives the animation, captions and tests.
 */
import { type TimelineStep, foldSteps } from '../../kit/clock';
import { initial, step, type SessionEvent, type SessionState } from './model';

export type TourKey =
  | 'start'
  | 'login'
  | 'routedToB'
  | 'routedToC'
  | 'idle'
  | 'stillIn'
  | 'expire'
  | 'afterExpiry'
  | 'local'
  | 'localLogin'
  | 'localLost';

export type TourStep = TimelineStep<TourKey, SessionEvent>;

const STEP_MS = 4000;

export const TOUR: readonly TourStep[] = [
  { duration: STEP_MS, captionKey: 'start' },
  { duration: STEP_MS, captionKey: 'login', event: { type: 'login' } },
  { duration: STEP_MS, captionKey: 'routedToB', event: { type: 'request' } },
  { duration: STEP_MS, captionKey: 'routedToC', event: { type: 'request' } },
  { duration: STEP_MS, captionKey: 'idle', event: { type: 'wait', minutes: 10 } },
  { duration: STEP_MS, captionKey: 'stillIn', event: { type: 'request' } },
  { duration: STEP_MS, captionKey: 'expire', event: { type: 'wait', minutes: 30 } },
  { duration: STEP_MS, captionKey: 'afterExpiry', event: { type: 'request' } },
  { duration: STEP_MS, captionKey: 'local', event: { type: 'store', store: 'local' } },
  { duration: STEP_MS, captionKey: 'localLogin', event: { type: 'login' } },
  { duration: STEP_MS, captionKey: 'localLost', event: { type: 'request' } },
];

export function stateAt(index: number): SessionState {
  return foldSteps(TOUR, index, initial(), step);
}
