import { describe, expect, it } from 'vitest';
import { checkTour } from '../kit/testing/timeline';
import { placeOf, ranking } from './model';
import { stateAt, TOUR } from './timeline';

describe('the leaderboard tour', () => {
  checkTour(TOUR, stateAt);

  it('does what each caption says', () => {
    expect(placeOf(stateAt(1).board, 'player42')).toBe(3);
    expect(stateAt(2).last?.commands[0]?.reply).toEqual(['1']);
    expect(stateAt(3).last).toMatchObject({ type: 'top', n: 3 });
    // 4th place, and ZREVRANK counts from 0.
    expect(stateAt(4).last).toMatchObject({ type: 'rank', member: 'player42', rank: 3 });
    expect(stateAt(5).last?.commands[0]?.reply).toEqual(['0']);
    expect(placeOf(stateAt(5).board, 'player42')).toBe(1);
    // player23 ties player42 at 1,500: the later name, player42, stays first.
    expect(ranking(stateAt(6).board).slice(0, 2)).toEqual([
      { member: 'player42', score: 1500 },
      { member: 'player23', score: 1500 },
    ]);
    expect(stateAt(7).rounds).toBe(1);
    expect(placeOf(stateAt(8).board, 'player58')).toBeNull();
  });
});
