/**
 * The guided tour of the endpoints diagram, as data: each step is a model
 * event and a caption key. The clock plays it, the strings caption it, the
 * tests fold it.
 */
import { foldSteps, tourOf, type CaptionKey } from '../kit/clock';
import {
  initial,
  step,
  type EndpointsEvent,
  type EndpointsState,
  BURST,
  CREATE_MS,
  MINUTE_MS,
  SCALE_IN_MINUTES,
  SCALE_OUT_MINUTES,
} from './model';

export const TOUR = tourOf<EndpointsEvent>()(4500, [
  ['start'],
  ['write', { type: 'write' }],
  ['staleRead', { type: 'read', via: 'reader' }],
  ['writerRead', { type: 'read', via: 'writer' }],
  ['wait', { type: 'wait', ms: 500 }],
  ['freshRead', { type: 'read', via: 'reader' }],
  ['onePool', { type: 'pool', size: 1 }],
  ['burst', { type: 'read', via: 'reader', count: BURST }],
  ['widerPool', { type: 'pool', size: 3 }],
  ['report', { type: 'report' }],
  ['addMember', { type: 'member', replica: 2, on: true }],
  ['peak', { type: 'load', load: 'peak' }],
  // A little longer than the scale-out alarm's period, then the creation time: the tour shows each.
  ['scaleOut', { type: 'wait', ms: (SCALE_OUT_MINUTES + 2) * MINUTE_MS }],
  ['ready', { type: 'wait', ms: CREATE_MS }],
  ['reconnect', { type: 'reconnect' }],
  ['light', { type: 'load', load: 'light' }],
  ['scaleIn', { type: 'wait', ms: SCALE_IN_MINUTES * MINUTE_MS }],
  ['scaleInAgain', { type: 'wait', ms: SCALE_IN_MINUTES * MINUTE_MS }],
]);

export type TourKey = CaptionKey<typeof TOUR>;

/** The state at tour step `index`, its event included. */
export function stateAt(index: number): EndpointsState {
  return foldSteps(TOUR, index, initial(), step);
}
