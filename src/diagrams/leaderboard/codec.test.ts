import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_ACTIONS, MAX_STATE_LENGTH, readState, writeState } from '../kit/url-state';
import { decodeLink, encodeLink, leaderboardCodec } from './codec';
import { initial, run } from './model';
import { eventArb } from './model.arbitrary';
import { TOUR } from './timeline';

describe('leaderboard link codec', () => {
  it('encodes the default board compactly', () => {
    expect(encodeLink({ state: initial(), step: 0 })).toBe('t0.n0.1200.980.1450.1100.870.1450.x.x');
  });

  it('round-trips every reachable board through a URL (the last reply is not state)', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }), fc.integer({ min: 0, max: TOUR.length - 1 }), (events, step) => {
        const state = run(events);
        const url = new URL(writeState(leaderboardCodec, 'https://example.org/en/elasticache/', { state, step }, 'x'));
        const decoded = readState(leaderboardCodec, url.search);
        expect(decoded.error).toBeUndefined();
        expect(decoded.state.step).toBe(step);
        expect(decoded.state.state.rounds).toBe(state.rounds);
        expect(decoded.state.state.board.entries).toEqual(state.board.entries);
        expect(url.searchParams.get('leaderboard')?.length ?? 0).toBeLessThan(MAX_STATE_LENGTH);
      }),
    );
  });

  it('refuses text that is not a board this diagram could show', () => {
    const bad = [
      '',
      'garbage',
      't0.n0.1200.980.1450.1100.870.1450.x',
      't0.n0.1200.980.1450.1100.870.1450.x.x.x',
      't9.n0.1200.980.1450.1100.870.1450.x.x',
      't0.n0.01200.980.1450.1100.870.1450.x.x',
      't0.n0.-0.980.1450.1100.870.1450.x.x',
      't0.n0.1e3.980.1450.1100.870.1450.x.x',
      't0.n0.99999999999.980.1450.1100.870.1450.x.x',
      't0.n-1.1200.980.1450.1100.870.1450.x.x',
      'n0.t0.1200.980.1450.1100.870.1450.x.x',
    ];
    for (const text of bad) expect(decodeLink(text), text).toBeNull();
  });

  it('never throws, and whatever it accepts is canonical', () => {
    const alphabet = fc.constantFrom(...'0123456789.-xtn'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(alphabet, { maxLength: 50 }).map((cs) => cs.join(''))), (text) => {
        const link = decodeLink(text);
        return link === null || encodeLink(link) === text;
      }),
    );
  });

  it('falls back to the default with an error for a malformed link', () => {
    const decoded = readState(leaderboardCodec, '?leaderboard=t0.n0.zz');
    expect(decoded.state.state).toEqual(initial());
    expect(decoded.error?.kind).toBe('malformed');
  });
});

describe('number ranges', () => {
  const link = (rounds: number) => `t0.n${rounds}.1200.980.1450.1100.870.1450.x.x`;
  it('reads up to MAX_ACTIONS rounds, and refuses more with the notice', () => {
    expect(decodeLink(link(MAX_ACTIONS))?.state.rounds).toBe(MAX_ACTIONS);
    for (const rounds of [MAX_ACTIONS + 1, 999_999]) {
      expect(decodeLink(link(rounds))).toBeNull();
      expect(readState(leaderboardCodec, `?leaderboard=${link(rounds)}`).error?.kind).toBe('malformed');
    }
  });
});
