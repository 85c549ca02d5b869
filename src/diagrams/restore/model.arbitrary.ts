/** fast-check generators of settings and reader actions, shared by the restore tests. */
import fc from 'fast-check';
import { BACKTRACK_MAX_HOURS, DAY, ENGINES, RETENTION_MAX_DAYS, TIMELINE_MINUTES, type RestoreEvent } from './model';

export const engine = fc.constantFrom(...ENGINES);

/** Minutes before now, weighted towards the edges the page teaches. */
export const ago = fc.oneof(
  fc.integer({ min: 0, max: TIMELINE_MINUTES }),
  fc.integer({ min: 0, max: 10 }),
  fc.integer({ min: BACKTRACK_MAX_HOURS * 60 - 2, max: BACKTRACK_MAX_HOURS * 60 + 2 }),
  fc.integer({ min: 0, max: 40 * DAY }),
);

export const event: fc.Arbitrary<RestoreEvent> = fc.oneof(
  { weight: 4, arbitrary: ago.map((a) => ({ type: 'moment' as const, ago: a })) },
  { weight: 2, arbitrary: engine.map((e) => ({ type: 'engine' as const, engine: e })) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.integer({ min: -3, max: RETENTION_MAX_DAYS + 3 }), fc.constant(Number.NaN), fc.double({ min: -5, max: 40 }))
      .map((days) => ({ type: 'retention' as const, days })),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.integer({ min: -3, max: BACKTRACK_MAX_HOURS + 3 }), fc.constant(Number.NaN))
      .map((hours) => ({ type: 'backtrack' as const, hours })),
  },
);
export const events = fc.array(event, { maxLength: 30 });
