/**
 * The session-store tour: log in through A, get routed to B and C, still
 * logged in; wait out the TTL; then the same with sessions kept in each
 * instance's memory. The same data drives the animation, captions and tests.
 */
import { foldSteps, tourOf, type CaptionKey } from '../../kit/clock';
import { initial, step, type SessionEvent, type SessionState } from './model';

export const TOUR = tourOf<SessionEvent>()(4000, [
  ['start'],
  ['login', { type: 'login' }],
  ['routedToB', { type: 'request' }],
  ['routedToC', { type: 'request' }],
  ['idle', { type: 'wait', minutes: 10 }],
  ['stillIn', { type: 'request' }],
  ['expire', { type: 'wait', minutes: 30 }],
  ['afterExpiry', { type: 'request' }],
  ['local', { type: 'store', store: 'local' }],
  ['localLogin', { type: 'login' }],
  ['localLost', { type: 'request' }],
]);

export type TourKey = CaptionKey<typeof TOUR>;

export function stateAt(index: number): SessionState {
  return foldSteps(TOUR, index, initial(), step);
}
