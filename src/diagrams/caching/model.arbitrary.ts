/** fast-check generators of reader actions, shared by the caching tests. */
import fc from 'fast-check';
import { KEYS, STRATEGIES, TTLS, type CachingEvent } from './model';

export const eventArb: fc.Arbitrary<CachingEvent> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ type: fc.constant('read' as const), key: fc.constantFrom(...KEYS) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('write' as const), key: fc.constantFrom(...KEYS) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('wait' as const), seconds: fc.constantFrom(10, 30, 45) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('ttl' as const), ttl: fc.constantFrom(...TTLS) }) },
  { weight: 1, arbitrary: fc.constant<CachingEvent>({ type: 'replace' }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('show' as const), strategy: fc.constantFrom(...STRATEGIES) }) },
);
export const eventsArb = fc.array(eventArb, { maxLength: 40 });
