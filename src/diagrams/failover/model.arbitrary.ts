/** fast-check generators of scenarios, shared by the failover tests. */
import fc from 'fast-check';
import { DEPLOYMENTS, proxyAllowed, type Deployment, type Lane, type Setup } from './model';
import { planOf, type Plan } from './timeline';

export const lanes: fc.Arbitrary<Lane> = fc.constantFrom(...DEPLOYMENTS).chain((deployment: Deployment) =>
  fc.record({
    deployment: fc.constant(deployment),
    proxy: proxyAllowed(deployment) ? fc.boolean() : fc.constant(false),
  }),
);

export const seeds = fc.integer({ min: 0, max: 999_999 });

export const setups: fc.Arbitrary<Setup> = fc.record({
  lanes: fc.array(lanes, { minLength: 1, maxLength: 2 }),
  seed: seeds,
});

/** The plan of a run with one or two lanes, each `[deployment, proxy]`: `planWith(1, ['aurora', true])`. */
export function planWith(seed: number, ...lanes: readonly (readonly [Deployment, boolean])[]): Plan {
  return planOf({ lanes: lanes.map(([deployment, proxy]) => ({ deployment, proxy })), seed });
}
