import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_ACTIONS } from '../../kit/url-state';
import { decodeLink, encodeLink, sessionCodec } from './codec';
import { initial, run } from './model';
import { sessionEventArb } from './model.arbitrary';
import { stateAt, TOUR } from './timeline';
import { checkCodec, checkOutOfRange, tourLinks, keepState, withoutLast } from '../../kit/testing/codec';

describe('session-store link codec', () => {
  it('encodes the default state and the tour compactly', () => {
    expect(encodeLink({ state: initial(), step: 0 })).toBe('c.t0.m0.p0.i0.k0');
    expect(encodeLink({ state: stateAt(5), step: 5 })).toBe('c.t5.m10.p1.i1.k1.e1-40');
    expect(encodeLink({ state: stateAt(10), step: 10 })).toBe('l.t10.m40.p1.i2.k2.C2-70');
  });

  checkCodec(sessionCodec, {
    links: tourLinks(fc.array(sessionEventArb, { maxLength: 30 }), run, TOUR.length),
    kept: keepState(withoutLast),
    roundTripName: 'round-trips every reachable state through a URL (the last outcome is not state)',
    refused: [
      'x.t0.m0.p0.i0.k0',
      'c.t11.m0.p0.i0.k0',
      'c.t0.m0.p3.i0.k0',
      'c.t0.m0.p0.i0.k1', // a cookie for a session never issued
      'c.t0.m0.p0.i1.k1.e1-31', // longer than the TTL
      'c.t0.m40.p0.i1.k1.e1-40', // already expired
      'c.t0.m0.p0.i1.k1.A1-30', // an instance session while sessions live in ElastiCache
      'l.t0.m0.p0.i1.k1.e1-30', // an ElastiCache session while sessions live in memory
      'c.t0.m0.p0.i2.k2.e1-30', // ElastiCache holding a session that is not the cookie's
      'l.t0.m0.p0.i2.k2.B1-30.A2-30', // out of order
      'l.t0.m0.p0.i2.k2.A2-30.B2-30', // the same session twice
      'c.t0.m0.p0.i0.k0.',
    ],
    alphabet: '0123456789.-cltmpikeABC',
    maxLength: 40,
    malformed: 'c.t0.zz',
    fallback: { state: initial(), step: 0 },
  });
});

describe('number ranges', () => {
  it('reads the most a reader could do with MAX_ACTIONS actions', () => {
    const decoded = decodeLink(`c.t0.m${MAX_ACTIONS * 30}.p0.i${MAX_ACTIONS}.k0`);
    expect(decoded?.state.now).toBe(MAX_ACTIONS * 30);
    expect(decoded?.state.issued).toBe(MAX_ACTIONS);
  });

  checkOutOfRange(sessionCodec, [
    ['more than MAX_ACTIONS waits of 30 minutes', `c.t0.m${MAX_ACTIONS * 30 + 1}.p0.i0.k0`],
    ['more than MAX_ACTIONS sessions issued', `c.t0.m0.p0.i${MAX_ACTIONS + 1}.k0`],
    ['999999 sessions issued', 'c.t0.m0.p0.i999999.k0'],
  ]);
});
