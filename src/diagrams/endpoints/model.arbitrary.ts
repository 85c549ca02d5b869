/** fast-check generators of reader actions, shared by the endpoints tests. */
import fc from 'fast-check';
import {
  BURST,
  LAG_INDEXES,
  LOADS,
  LONG_WAIT_MS,
  POOL_SIZES,
  REPLICA_IDS,
  SHORT_WAIT_MS,
  STATEMENT_MS,
  type EndpointsEvent,
} from './model';

export const event: fc.Arbitrary<EndpointsEvent> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<EndpointsEvent>({ type: 'write' }) },
  {
    weight: 4,
    arbitrary: fc
      .record({ via: fc.constantFrom('writer' as const, 'reader' as const), count: fc.constantFrom(1, 1, BURST) })
      .map(({ via, count }) => ({ type: 'read' as const, via, count })),
  },
  { weight: 2, arbitrary: fc.constant<EndpointsEvent>({ type: 'report' }) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(STATEMENT_MS, SHORT_WAIT_MS, LONG_WAIT_MS, 3 * LONG_WAIT_MS)
      .map((ms) => ({ type: 'wait' as const, ms })),
  },
  { weight: 2, arbitrary: fc.constantFrom(...LAG_INDEXES).map((lag) => ({ type: 'lag' as const, lag })) },
  { weight: 2, arbitrary: fc.constantFrom(...LOADS).map((load) => ({ type: 'load' as const, load })) },
  { weight: 2, arbitrary: fc.constantFrom(...POOL_SIZES).map((size) => ({ type: 'pool' as const, size })) },
  { weight: 1, arbitrary: fc.constant<EndpointsEvent>({ type: 'reconnect' }) },
  {
    weight: 2,
    arbitrary: fc
      .record({ replica: fc.constantFrom(...REPLICA_IDS), on: fc.boolean() })
      .map(({ replica, on }) => ({ type: 'member' as const, replica, on })),
  },
);
export const events = fc.array(event, { maxLength: 40 });
