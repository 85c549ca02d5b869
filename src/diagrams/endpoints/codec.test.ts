import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_ACTIONS } from '../kit/url-state';
import { checkCodec, checkOutOfRange, tourLinks, keepState, withoutLast } from '../kit/testing/codec';
import { decodeLink, encodeLink, endpointsCodec } from './codec';
import { BURST, customMembers, initial, LAGS_MS, POOL_SIZES, readerMembers, run } from './model';
import { events } from './model.arbitrary';
import { stateAt, TOUR } from './timeline';

const DEFAULT = 't0.n0.l1.Ll.w0.q.r1.r2.r3m.s1x1-2x2.a1x3-2x3.i3.j3.d2.e2.u0.v0.o0.b0.z0';

const links = tourLinks(events, run, TOUR.length);

describe('endpoints link codec', () => {
  it('encodes the default state', () => {
    expect(encodeLink({ state: initial(), step: 0 })).toBe(DEFAULT);
    expect(decodeLink(DEFAULT)).not.toBeNull();
  });

  it('encodes pending writes, new replicas and moved connections', () => {
    const state = stateAt(12);
    const text = encodeLink({ state, step: 12 });
    expect(text).toContain('.r4ak48000.r5ak48000.');
    expect(decodeLink(text)).toEqual({ state: withoutLast(state), step: 12 });
    const stale = run([{ type: 'lag', lag: 3 }, { type: 'write' }, { type: 'write' }]);
    expect(encodeLink({ state: stale, step: 0 })).toContain('.w2.q2-1.');
  });

  checkCodec(endpointsCodec, {
    links,
    kept: keepState(withoutLast),
    roundTripRuns: 300,
    refused: [
      DEFAULT.replace('t0', `t${TOUR.length}`), // past the tour
      DEFAULT.replace('t0', 't01'), // leading zero
      DEFAULT.replace('l1', 'l4'), // no such lag
      DEFAULT.replace('Ll', 'Lx'), // no such load
      DEFAULT.replace('w0.q', 'w0.q5'), // a pending write that was never written
      DEFAULT.replace('w0.q', 'w2.q3-5'), // pending writes out of order
      DEFAULT.replace('w0.q', 'w1.q10'), // older than the lag: it would have been applied
      DEFAULT.replace('.r1.', '.'), // a replica you created is missing
      DEFAULT.replace('r3m', 'r3am'), // your replica marked as added by Auto Scaling
      DEFAULT.replace('r3m', 'r3m.r4'), // an added replica not marked as such
      DEFAULT.replace('r3m', 'r3m.r4ak1'), // ready between two of the policy's minutes
      DEFAULT.replace('n0', 'n100').replace('r3m', 'r3m.r4ak0'), // ready in the past
      DEFAULT.replace('.r2.r3m', '.r3m.r2'), // out of order
      DEFAULT.replace('s1x1-2x2', 's'), // an empty pool
      DEFAULT.replace('s1x1-2x2', 's1x1-1x2'), // a repeated connection
      DEFAULT.replace('s1x1-2x2', 's1x1-2x4'), // a connection to a replica that is not there
      DEFAULT.replace('a1x3-2x3', 'a1x3-2x1'), // analytics outside its endpoint
      DEFAULT.replace('a1x3-2x3', 'a1x3'), // the analytics app keeps two connections
      DEFAULT.replace('i3', 'i2'), // a connection number not handed out yet
      DEFAULT.replace('u0', 'u2'), // cursor past the pool
      DEFAULT.replace('o0.b0', 'o1.b1'), // above and below at once
      DEFAULT.replace('z0', 'z36000'), // cooldown longer than the cooldown
      DEFAULT.replace('z0', 'z100'), // cooldown ending between two minutes
      `${DEFAULT}.`,
    ],
    alphabet: '0123456789.-tnlLwqrsaijdeuvobzkmxpb',
    maxLength: 60,
    // Real links with one character cut out: near misses the random texts rarely reach.
    texts: links
      .map((link) => encodeLink(link))
      .chain((text) => fc.nat({ max: text.length }).map((cut) => text.slice(0, cut) + text.slice(cut + 1))),
    fuzzRuns: 500,
    accepts: ({ state }) => {
      for (const conn of state.service) expect(readerMembers(state)).toContain(conn.replica);
      for (const conn of state.analytics) expect(customMembers(state)).toContain(conn.replica);
      for (const at of state.pending) expect(at + LAGS_MS[state.lag]).toBeGreaterThan(state.now);
    },
    acceptsName: 'never throws, and whatever it accepts is canonical and consistent',
    malformed: 't0.n0.l9',
    fallback: { state: initial(), step: 0 },
  });
});

describe('number ranges', () => {
  const set = (token: string, value: string | number) => DEFAULT.replace(new RegExp(`(^|\\.)${token}\\d+`), `$1${token}${value}`);
  // 15 minutes (the longest wait) per action, in 10 ms ticks; at most a burst or a pool of connections per action.
  const maxTicks = (MAX_ACTIONS * 15 * 60_000) / 10;
  const maxMinutes = MAX_ACTIONS * 15;
  const maxOpened = MAX_ACTIONS * Math.max(BURST, ...POOL_SIZES);

  it('reads the most a reader could do with MAX_ACTIONS actions', () => {
    expect(decodeLink(set('n', maxTicks))?.state.now).toBe(maxTicks * 10);
    expect(decodeLink(set('w', MAX_ACTIONS))?.state.latest).toBe(MAX_ACTIONS);
    expect(decodeLink(set('d', maxOpened))?.state.dns).toBe(maxOpened);
    expect(decodeLink(set('n', maxTicks).replace('.o0', `.o${maxMinutes}`))?.state.above).toBe(maxMinutes);
  });

  checkOutOfRange(endpointsCodec, [
    ['time beyond MAX_ACTIONS long waits', set('n', maxTicks + 1)],
    ['more than MAX_ACTIONS writes', set('w', MAX_ACTIONS + 1)],
    ['a connection number beyond what MAX_ACTIONS actions open', set('i', maxOpened + 2)],
    ['an analytics connection number beyond what MAX_ACTIONS actions open', set('j', maxOpened + 2)],
    ['a DNS turn beyond what MAX_ACTIONS actions open', set('d', maxOpened + 1)],
    ['a custom DNS turn beyond MAX_ACTIONS bursts', set('e', 999_999_999)],
    ['more minutes above the target than have passed', set('o', 1)],
    ['more minutes below the target than have passed', set('b', 1)],
  ]);
});
