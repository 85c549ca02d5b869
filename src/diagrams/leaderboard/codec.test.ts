import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_ACTIONS } from '../kit/url-state';
import { checkCodec, checkOutOfRange, tourLinks, keepState, withoutLast } from '../kit/testing/codec';
import { decodeLink, encodeLink, leaderboardCodec } from './codec';
import { initial, run } from './model';
import { eventArb } from './model.arbitrary';
import { TOUR } from './timeline';

describe('leaderboard link codec', () => {
  it('encodes the default board compactly', () => {
    expect(encodeLink({ state: initial(), step: 0 })).toBe('t0.n0.1200.980.1450.1100.870.1450.x.x');
  });

  checkCodec(leaderboardCodec, {
    links: tourLinks(fc.array(eventArb, { maxLength: 30 }), run, TOUR.length),
    kept: keepState(withoutLast),
    roundTripName: 'round-trips every reachable board through a URL (the last reply is not state)',
    refused: [
      't0.n0.1200.980.1450.1100.870.1450.x',
      't0.n0.1200.980.1450.1100.870.1450.x.x.x',
      't9.n0.1200.980.1450.1100.870.1450.x.x',
      't0.n0.01200.980.1450.1100.870.1450.x.x',
      't0.n0.-0.980.1450.1100.870.1450.x.x',
      't0.n0.1e3.980.1450.1100.870.1450.x.x',
      't0.n0.99999999999.980.1450.1100.870.1450.x.x',
      't0.n-1.1200.980.1450.1100.870.1450.x.x',
      'n0.t0.1200.980.1450.1100.870.1450.x.x',
    ],
    refusedName: 'refuses text that is not a board this diagram could show',
    alphabet: '0123456789.-xtn',
    maxLength: 50,
    malformed: 't0.n0.zz',
    fallback: { state: initial(), step: 0 },
  });
});

describe('number ranges', () => {
  const link = (rounds: number) => `t0.n${rounds}.1200.980.1450.1100.870.1450.x.x`;
  it('reads up to MAX_ACTIONS rounds', () => {
    expect(decodeLink(link(MAX_ACTIONS))?.state.rounds).toBe(MAX_ACTIONS);
  });
  checkOutOfRange(leaderboardCodec, [
    ['more than MAX_ACTIONS rounds', link(MAX_ACTIONS + 1)],
    ['999999 rounds', link(999_999)],
  ]);
});
