import { describe, expect, it } from 'vitest';
import { checkTour } from '../kit/testing/timeline';
import { MAX_SECONDARIES, roleOf, writable } from './model';
import { stateAt, TOUR } from './timeline';

describe('the Global Database tour', () => {
  checkTour(TOUR, stateAt);

  it('tells the story: outage, failover with loss, return, switchover without loss, the limit of 10', () => {
    expect(stateAt(1).secondaries).toContain('ap-southeast-2');
    expect(writable(stateAt(2))).toBe(false);
    expect(stateAt(3).last).toMatchObject({
      type: 'failover',
      ok: true,
      to: 'ap-northeast-2',
      lostWrites: 55,
      rtoMs: 45_000,
    });
    expect(roleOf(stateAt(3), 'us-east-1')).toBe('cut-off');
    expect(roleOf(stateAt(4), 'us-east-1')).toBe('secondary');
    expect(stateAt(5).last).toMatchObject({ type: 'switchover', ok: true, to: 'us-east-1', lostWrites: 0 });
    expect(stateAt(6).secondaries).toHaveLength(MAX_SECONDARIES);
    expect(stateAt(7).last).toMatchObject({ type: 'add', added: [], refused: ['ap-northeast-1'] });
  });
});
