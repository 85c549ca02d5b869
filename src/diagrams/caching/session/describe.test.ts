import { describe, expect, it } from 'vitest';
import { expectSaid } from '../../kit/testing/describe';
import { pictureTitle, sentenceFor, statusOf, tourText } from './describe';
import { initial, run } from './model';
import { sessionStrings } from './strings';
import { stateAt, TOUR } from './timeline';

const { en, ko } = sessionStrings;

describe('session-store sentences', () => {
  it('open with where sessions live and who gets the next request', () => {
    expectSaid(sessionStrings, (s) => statusOf(initial(), s), {
      en: 'Sessions live in ElastiCache; the user is not logged in. The next request goes to instance A.',
      ko: '세션은 ElastiCache에 저장, 사용자 로그인 안 됨. 다음 요청은 인스턴스 A 차례입니다.',
    });
    expect(pictureTitle(stateAt(2), en)).toBe(
      'A user, a load balancer, instances A, B and C, and a session store. Sessions live in ElastiCache; the user is logged in (the session has 30 min left). The next request goes to instance C.',
    );
  });

  it('tell the tour: logged in on every instance, then expired, then lost in instance memory', () => {
    const said = TOUR.map((_, i) => sentenceFor(stateAt(i), en));
    expect(said[1]).toBe('Logged in through instance A, which wrote the session to ElastiCache with a 30-minute TTL.');
    expect(said[2]).toBe(
      'Routed to instance B, which read the session from ElastiCache: still logged in. The TTL starts again at 30 minutes.',
    );
    expect(said[4]).toBe('10 minutes pass with no requests (time: 10 min).');
    expect(said[6]).toBe('30 minutes pass with no requests (time: 40 min); the session reached its TTL and was deleted.');
    expect(said[7]).toBe('Routed to instance B, which finds no session in ElastiCache: it reached its TTL and was deleted, so the user is asked to log in again.');
    expect(said[8]).toBe("Sessions now live in each instance's memory. Nobody is logged in yet.");
    expect(said[9]).toBe("Logged in through instance C, which keeps the session in its own memory.");
    expect(said[10]).toBe(
      'Routed to instance A, which has no such session in its memory: the user is asked to log in again, although instance C still holds it.',
    );
    expect(sentenceFor(stateAt(10), ko)).toBe(
      '요청이 인스턴스 A에 도착했지만 그 메모리에는 이 세션이 없어 다시 로그인을 요청합니다. 세션은 아직 인스턴스 C의 메모리에 남아 있습니다.',
    );
    expect(sentenceFor(run([{ type: 'request' }]), en)).toBe('Routed to instance A: there is no session, so the user is asked to log in.');
    expect(tourText(0, stateAt(0), en)).toMatch(/^Step 1 of 11: Sessions live in ElastiCache; the user is not logged in\. /);
  });

  it('never says a session expired on an instance that never had it', () => {
    // In instance memory: log in on A, let the session run out there, then ask instance B.
    const state = run([{ type: 'store', store: 'local' }, { type: 'login' }, { type: 'wait', minutes: 31 }, { type: 'request' }]);
    expect(state.last).toMatchObject({ type: 'request', instance: 'B', found: false, reason: 'expired' });
    expect(sentenceFor(state, en)).toBe(
      'Routed to instance B. The session no longer exists anywhere: it reached its TTL on the instance that held it, so the user is asked to log in again.',
    );
    expect(sentenceFor(state, sessionStrings.ko)).not.toMatch(/인스턴스 B에서/);
  });
});
