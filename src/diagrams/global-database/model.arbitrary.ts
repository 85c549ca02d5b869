/** fast-check generators of reader actions, shared by the Global Database tests. */
import fc from 'fast-check';
import { REGION_CODES, type GlobalEvent } from './model';

const region = fc.constantFrom(...REGION_CODES);

export const event: fc.Arbitrary<GlobalEvent> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(region, { minLength: 1, maxLength: 4 }).map((regions) => ({ type: 'add' as const, regions })),
  },
  { weight: 2, arbitrary: region.map((r) => ({ type: 'remove' as const, region: r })) },
  { weight: 2, arbitrary: fc.constant<GlobalEvent>({ type: 'outage' }) },
  { weight: 2, arbitrary: fc.constant<GlobalEvent>({ type: 'recover' }) },
  { weight: 2, arbitrary: region.map((to) => ({ type: 'failover' as const, to })) },
  { weight: 2, arbitrary: region.map((to) => ({ type: 'switchover' as const, to })) },
);
export const events = fc.array(event, { maxLength: 40 });
