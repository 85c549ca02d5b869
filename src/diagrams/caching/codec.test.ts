import { describe, expect, it } from 'vitest';
import { MAX_ACTIONS } from '../kit/url-state';
import { cachingCodec, decodeLink, encodeLink } from './codec';
import { initial, run, STRATEGIES, type CachingState } from './model';
import { eventsArb } from './model.arbitrary';
import { stateAt, TOUR } from './timeline';
import { checkCodec, checkOutOfRange, tourLinks, keepState, withoutLast } from '../kit/testing/codec';

/** Links do not carry the last outcome: it is not state. */
const withoutOutcomes = (state: CachingState): CachingState => ({
  ...state,
  lanes: { lazy: withoutLast(state.lanes.lazy), writeThrough: withoutLast(state.lanes.writeThrough), both: withoutLast(state.lanes.both) },
});

describe('caching link codec', () => {
  it('encodes the default state compactly', () => {
    expect(encodeLink({ state: initial(), step: 0 })).toBe('L.t0.c0.s0.d1-1-1.L0-0-0.W0-0-0.B0-0-0');
  });

  it('encodes the end of the tour', () => {
    const text = encodeLink({ state: stateAt(14, 'both'), step: 14 });
    expect(text).toBe('B.t14.c30.s30.d2-2-2.L8-3-2.k1v2.k3v2e60.W8-3-0.B8-4-0.k1v2.k3v2e60');
    expect(decodeLink(text)).toEqual({ state: withoutOutcomes(stateAt(14, 'both')), step: 14 });
  });

  checkCodec(cachingCodec, {
    links: tourLinks(eventsArb, run, TOUR.length),
    kept: keepState(withoutOutcomes),
    refused: [
      'X.t0.c0.s0.d1-1-1.L0-0-0.W0-0-0.B0-0-0', // unknown pattern
      'L.t15.c0.s0.d1-1-1.L0-0-0.W0-0-0.B0-0-0', // past the tour
      'L.t0.c45.s0.d1-1-1.L0-0-0.W0-0-0.B0-0-0', // not a TTL choice
      'L.t0.c0.s0.d0-1-1.L0-0-0.W0-0-0.B0-0-0', // version 0
      'L.t0.c0.s0.d1-1-1.L1-2-0.W1-0-0.B1-0-0', // more hits than reads
      'L.t0.c0.s0.d1-1-1.L1-1-0.W2-0-0.B1-0-0', // patterns saw different reads
      'L.t0.c0.s0.d2-1-1.L0-0-0.W0-0-0.k1v1.B0-0-0', // write-through holding an old version
      'L.t0.c0.s0.d1-1-1.L1-1-1.W1-0-0.B1-0-0', // a stale hit with the key never written
      'L.t0.c0.s0.d1-1-1.L0-0-0.k1v2.W0-0-0.B0-0-0', // cache ahead of the database
      'L.t0.c0.s30.d1-1-1.L0-0-0.k1v1e30.W0-0-0.B0-0-0', // an expired key still cached
      'L.t0.c0.s0.d1-1-1.L0-0-0.k2v1.k1v1.W0-0-0.B0-0-0', // keys out of order
      'L.t0.c0.s0.d1-1-1.W0-0-0.L0-0-0.B0-0-0', // lanes out of order
      'L.t0.c0.s0.d1-1-1.L0-0-0.W0-0-0.B0-0-0.',
    ],
    alphabet: '0123456789.-LWBtcsdkve',
    maxLength: 50,
    accepts: (link) => {
      for (const strategy of STRATEGIES) {
        const { stats } = link.state.lanes[strategy];
        expect(stats.hits).toBeLessThanOrEqual(stats.reads);
        expect(stats.stale).toBeLessThanOrEqual(stats.hits);
      }
    },
    malformed: 'L.t0.zz',
    fallback: { state: initial(), step: 0 },
  });
});

describe('number ranges', () => {
  const link = (db: number, reads: number, seconds: number) =>
    `L.t0.c0.s${seconds}.d${db}-1-1.L${reads}-0-0.W${reads}-0-0.B${reads}-0-0`;
  it('reads the most a reader could do with MAX_ACTIONS actions', () => {
    const decoded = decodeLink(link(MAX_ACTIONS + 1, MAX_ACTIONS, MAX_ACTIONS * 60));
    expect(decoded?.state.db['product:1']).toBe(MAX_ACTIONS + 1);
    expect(decoded?.state.lanes.lazy.stats.reads).toBe(MAX_ACTIONS);
    expect(decoded?.state.now).toBe(MAX_ACTIONS * 60);
  });

  checkOutOfRange(cachingCodec, [
    ['a version beyond MAX_ACTIONS writes', link(MAX_ACTIONS + 2, 0, 0)],
    ['version v999999', link(999_999, 0, 0)],
    ['more than MAX_ACTIONS reads', link(1, MAX_ACTIONS + 1, 0)],
    ['more than MAX_ACTIONS waits of a minute', link(1, 0, MAX_ACTIONS * 60 + 1)],
  ]);
});
