import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sessionEventArb } from './model.arbitrary';
import { initial, INSTANCES, loggedIn, nextInstance, run, SESSION_TTL, step, type SessionState } from './model';

describe('the session store', () => {
  it('sends requests to A, B and C in turn', () => {
    const seen: string[] = [];
    let state = initial();
    for (let i = 0; i < 5; i += 1) {
      seen.push(nextInstance(state));
      state = step(state, { type: 'request' });
    }
    expect(seen).toEqual(['A', 'B', 'C', 'A', 'B']);
  });

  it('keeps the user logged in on every instance when sessions live in ElastiCache', () => {
    let state = step(initial(), { type: 'login' });
    expect(state.last).toEqual({ type: 'login', instance: 'A', id: 1 });
    for (const instance of ['B', 'C', 'A', 'B']) {
      state = step(state, { type: 'request' });
      expect(state.last).toEqual({ type: 'request', instance, found: true, reason: 'none' });
    }
  });

  it('loses the user on the next instance when sessions live in instance memory', () => {
    const state = run([{ type: 'store', store: 'local' }, { type: 'login' }, { type: 'request' }]);
    expect(state.last).toEqual({ type: 'request', instance: 'B', found: false, reason: 'notHere' });
    // The session is still on A, and a request that reaches A finds it.
    expect(state.local.A?.id).toBe(1);
    const back = run([{ type: 'request' }, { type: 'request' }], state);
    expect(back.last).toMatchObject({ instance: 'A', found: true });
  });

  it('expires a session 30 minutes after the latest request, not after the login', () => {
    const base = run([{ type: 'login' }, { type: 'wait', minutes: 20 }, { type: 'request' }, { type: 'wait', minutes: 20 }]);
    expect(loggedIn(base)).toBe(true);
    expect(base.cached?.expiresAt).toBe(20 + SESSION_TTL);
    const later = run([{ type: 'wait', minutes: 10 }], base);
    expect(later.last).toEqual({ type: 'wait', minutes: 10, expired: ['cache'] });
    expect(loggedIn(later)).toBe(false);
    expect(step(later, { type: 'request' }).last).toMatchObject({ found: false, reason: 'expired' });
  });

  it('asks for a login when there is no session at all', () => {
    expect(step(initial(), { type: 'request' }).last).toEqual({ type: 'request', instance: 'A', found: false, reason: 'noCookie' });
  });

  it('keeps every invariant under any sequence of actions', () => {
    fc.assert(
      fc.property(fc.array(sessionEventArb, { maxLength: 40 }), (events) => {
        let state: SessionState = initial();
        for (const event of events) {
          const before = state;
          state = step(state, event);
          expect(state.now).toBeGreaterThanOrEqual(before.now);
          const sessions = [state.cached, ...INSTANCES.map((i) => state.local[i])].filter((x) => x !== null);
          for (const session of sessions) {
            expect(session.expiresAt).toBeGreaterThan(state.now);
            expect(session.expiresAt).toBeLessThanOrEqual(state.now + SESSION_TTL);
            expect(session.id).toBeLessThanOrEqual(state.issued);
          }
          if (state.store === 'cache') expect(INSTANCES.every((i) => state.local[i] === null)).toBe(true);
          else expect(state.cached).toBeNull();
          if (state.last?.type === 'request' && state.last.found) expect(loggedIn(state)).toBe(true);
          // With sessions in ElastiCache, a logged-in user is never refused by any instance.
          if (event.type === 'request' && before.store === 'cache' && loggedIn(before)) {
            expect(state.last).toMatchObject({ found: true });
          }
        }
      }),
    );
  });
});
