/** fast-check generators of reader actions, shared by the session-store tests. */
import fc from 'fast-check';
import type { SessionEvent } from './model';

export const sessionEventArb: fc.Arbitrary<SessionEvent> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<SessionEvent>({ type: 'login' }) },
  { weight: 4, arbitrary: fc.constant<SessionEvent>({ type: 'request' }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('wait' as const), minutes: fc.constantFrom(5, 10, 30, 45) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('store' as const), store: fc.constantFrom('cache' as const, 'local' as const) }) },
);
