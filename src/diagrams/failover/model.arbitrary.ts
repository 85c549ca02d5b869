/** fast-check generators of scenarios, shared by the failover tests. */
import fc from 'fast-check';
import { DEPLOYMENTS, proxyAllowed, type Deployment, type Lane, type Setup } from './model';

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
