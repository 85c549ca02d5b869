/** fast-check generators of reader actions, shared by the quorum tests. */
import fc from 'fast-check';
import { ALL_COPY_IDS, AZS, type Design, type QuorumEvent, type Target } from './model';

const target: fc.Arbitrary<Target> = fc.oneof(
  fc.constantFrom(...AZS).map((az) => ({ az })),
  fc.constantFrom(...ALL_COPY_IDS).map((copy) => ({ copy })),
);
export const event: fc.Arbitrary<QuorumEvent> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(target, { minLength: 1, maxLength: 2 }).map((targets) => ({ type: 'fail' as const, targets })),
  },
  {
    weight: 3,
    arbitrary: fc
      .array(target, { minLength: 1, maxLength: 2 })
      .map((targets) => ({ type: 'restore' as const, targets })),
  },
  { weight: 2, arbitrary: fc.constant<QuorumEvent>({ type: 'repair' }) },
  { weight: 3, arbitrary: fc.constant<QuorumEvent>({ type: 'write' }) },
  { weight: 2, arbitrary: fc.constant<QuorumEvent>({ type: 'read' }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Design>('aurora', 'classic').map((design) => ({ type: 'show' as const, design })),
  },
);
export const events = fc.array(event, { maxLength: 40 });
