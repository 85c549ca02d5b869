/** fast-check generators of reader actions, shared by the leaderboard tests. */
import fc from 'fast-check';
import { PLAYERS, TOP_SIZES, type LeaderboardEvent } from './model';

export const eventArb: fc.Arbitrary<LeaderboardEvent> = fc.oneof(
  fc.record({ type: fc.constant('incr' as const), member: fc.constantFrom(...PLAYERS), by: fc.integer({ min: -500, max: 500 }) }),
  fc.record({ type: fc.constant('add' as const), member: fc.constantFrom(...PLAYERS), score: fc.integer({ min: -100, max: 3000 }) }),
  fc.record({ type: fc.constant('remove' as const), member: fc.constantFrom(...PLAYERS) }),
  fc.record({ type: fc.constant('top' as const), n: fc.constantFrom(...TOP_SIZES) }),
  fc.record({ type: fc.constant('rank' as const), member: fc.constantFrom(...PLAYERS) }),
  fc.constant<LeaderboardEvent>({ type: 'round' }),
);
