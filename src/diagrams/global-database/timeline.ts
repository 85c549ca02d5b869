/**
 * The guided tour of the Global Database diagram, as data: each step is a
 * model event and a caption key. The clock plays it, the strings caption it,
 * the tests fold it.
 */
import { foldSteps, tourOf, type CaptionKey } from '../kit/clock';
import { initial, step, type GlobalEvent, type GlobalState } from './model';

export const TOUR = tourOf<GlobalEvent>()(5000, [
  ['start'],
  ['add', { type: 'add', regions: ['ap-southeast-2'] }],
  ['outage', { type: 'outage' }],
  ['failover', { type: 'failover', to: 'ap-northeast-2' }],
  ['recover', { type: 'recover' }],
  ['switchover', { type: 'switchover', to: 'us-east-1' }],
  ['fill', { type: 'add', regions: ['us-west-2', 'ca-central-1', 'sa-east-1', 'eu-west-2', 'eu-central-1', 'ap-south-1', 'ap-southeast-1'] }],
  ['limit', { type: 'add', regions: ['ap-northeast-1'] }],
]);

export type TourKey = CaptionKey<typeof TOUR>;

/** The state at tour step `index`, its event included. */
export function stateAt(index: number): GlobalState {
  return foldSteps(TOUR, index, initial(), step);
}
