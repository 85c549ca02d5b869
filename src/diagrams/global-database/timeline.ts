/**
 * The guided tour of the Global Database diagram, as data: each step is a
 * model event and a caption key. The clock plays it, the strings caption it,
 * the tests fold it.
 */
import { type TimelineStep, foldSteps } from '../kit/clock';
import { initial, step, type GlobalEvent, type GlobalState } from './model';

export type TourKey = 'start' | 'add' | 'outage' | 'failover' | 'recover' | 'switchover' | 'fill' | 'limit';

export type TourStep = TimelineStep<TourKey, GlobalEvent>;

const STEP_MS = 5000;

export const TOUR: readonly TourStep[] = [
  { duration: STEP_MS, captionKey: 'start' },
  { duration: STEP_MS, captionKey: 'add', event: { type: 'add', regions: ['ap-southeast-2'] } },
  { duration: STEP_MS, captionKey: 'outage', event: { type: 'outage' } },
  { duration: STEP_MS, captionKey: 'failover', event: { type: 'failover', to: 'ap-northeast-2' } },
  { duration: STEP_MS, captionKey: 'recover', event: { type: 'recover' } },
  { duration: STEP_MS, captionKey: 'switchover', event: { type: 'switchover', to: 'us-east-1' } },
  {
    duration: STEP_MS,
    captionKey: 'fill',
    event: {
      type: 'add',
      regions: ['us-west-2', 'ca-central-1', 'sa-east-1', 'eu-west-2', 'eu-central-1', 'ap-south-1', 'ap-southeast-1'],
    },
  },
  { duration: STEP_MS, captionKey: 'limit', event: { type: 'add', regions: ['ap-northeast-1'] } },
];

/** The state at tour step `index`, its event included. */
export function stateAt(index: number): GlobalState {
  return foldSteps(TOUR, index, initial(), step);
}
