/**
 * The guided tour of the endpoints diagram, as data: each step is a model
 * event and a caption key. The clock plays it, the strings caption it, the
 * tests fold it.
 */
import { type TimelineStep, foldSteps } from '../kit/clock';
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

export type TourKey =
  | 'start'
  | 'write'
  | 'staleRead'
  | 'writerRead'
  | 'wait'
  | 'freshRead'
  | 'onePool'
  | 'burst'
  | 'widerPool'
  | 'report'
  | 'addMember'
  | 'peak'
  | 'scaleOut'
  | 'ready'
  | 'reconnect'
  | 'light'
  | 'scaleIn'
  | 'scaleInAgain';

export type TourStep = TimelineStep<TourKey, EndpointsEvent>;

const STEP_MS = 4500;

export const TOUR: readonly TourStep[] = [
  { duration: STEP_MS, captionKey: 'start' },
  { duration: STEP_MS, captionKey: 'write', event: { type: 'write' } },
  { duration: STEP_MS, captionKey: 'staleRead', event: { type: 'read', via: 'reader' } },
  { duration: STEP_MS, captionKey: 'writerRead', event: { type: 'read', via: 'writer' } },
  { duration: STEP_MS, captionKey: 'wait', event: { type: 'wait', ms: 500 } },
  { duration: STEP_MS, captionKey: 'freshRead', event: { type: 'read', via: 'reader' } },
  { duration: STEP_MS, captionKey: 'onePool', event: { type: 'pool', size: 1 } },
  { duration: STEP_MS, captionKey: 'burst', event: { type: 'read', via: 'reader', count: BURST } },
  { duration: STEP_MS, captionKey: 'widerPool', event: { type: 'pool', size: 3 } },
  { duration: STEP_MS, captionKey: 'report', event: { type: 'report' } },
  { duration: STEP_MS, captionKey: 'addMember', event: { type: 'member', replica: 2, on: true } },
  { duration: STEP_MS, captionKey: 'peak', event: { type: 'load', load: 'peak' } },
  // A little longer than the scale-out alarm's period, then the creation time: the tour shows each.
  { duration: STEP_MS, captionKey: 'scaleOut', event: { type: 'wait', ms: (SCALE_OUT_MINUTES + 2) * MINUTE_MS } },
  { duration: STEP_MS, captionKey: 'ready', event: { type: 'wait', ms: CREATE_MS } },
  { duration: STEP_MS, captionKey: 'reconnect', event: { type: 'reconnect' } },
  { duration: STEP_MS, captionKey: 'light', event: { type: 'load', load: 'light' } },
  { duration: STEP_MS, captionKey: 'scaleIn', event: { type: 'wait', ms: SCALE_IN_MINUTES * MINUTE_MS } },
  { duration: STEP_MS, captionKey: 'scaleInAgain', event: { type: 'wait', ms: SCALE_IN_MINUTES * MINUTE_MS } },
];

/** The state at tour step `index`, its event included. */
export function stateAt(index: number): EndpointsState {
  return foldSteps(TOUR, index, initial(), step);
}
