import { describe, expect, it } from 'vitest';
import { checkTour } from '../../kit/testing/timeline';
import { loggedIn } from './model';
import { stateAt, TOUR } from './timeline';

describe('the session-store tour', () => {
  checkTour(TOUR, stateAt);

  it('logs in through A, stays logged in on B and C, expires, then loses the session between instances', () => {
    expect(stateAt(1).last).toMatchObject({ type: 'login', instance: 'A' });
    expect(stateAt(2).last).toMatchObject({ instance: 'B', found: true });
    expect(stateAt(3).last).toMatchObject({ instance: 'C', found: true });
    expect(stateAt(5).last).toMatchObject({ instance: 'A', found: true });
    expect(loggedIn(stateAt(6))).toBe(false);
    expect(stateAt(7).last).toMatchObject({ found: false, reason: 'expired' });
    expect(stateAt(8).store).toBe('local');
    expect(stateAt(9).last).toMatchObject({ type: 'login', instance: 'C' });
    expect(stateAt(10).last).toMatchObject({ instance: 'A', found: false, reason: 'notHere' });
  });
});
