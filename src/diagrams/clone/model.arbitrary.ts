/** fast-check generators of reader actions, shared by the cloning tests. */
import fc from 'fast-check';
import { PAGE_COUNT, SIZES_GIB, type CloneEvent } from './model';

/** Cluster numbers, including some that do not exist (yet). */
const cluster = fc.integer({ min: 0, max: 9 });

export const event: fc.Arbitrary<CloneEvent> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({ cluster, page: fc.integer({ min: 0, max: PAGE_COUNT - 1 }) })
      .map(({ cluster, page }) => ({ type: 'write' as const, cluster, page })),
  },
  { weight: 3, arbitrary: cluster.map((c) => ({ type: 'clone' as const, cluster: c })) },
  { weight: 2, arbitrary: cluster.map((c) => ({ type: 'delete' as const, cluster: c })) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -1, max: SIZES_GIB.length }).map((size) => ({ type: 'size' as const, size })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ cluster, page: fc.constantFrom(-1, PAGE_COUNT, 2.5) })
      .map(({ cluster, page }) => ({ type: 'write' as const, cluster, page })),
  },
);
export const events = fc.array(event, { maxLength: 60 });
