import { describe, expect, it } from 'vitest';
import { MAX_ACTIONS, readState } from '../kit/url-state';
import { cloneCodec, decodeLink, encodeLink } from './codec';
import { accounting, initial, live, run } from './model';
import { events } from './model.arbitrary';
import { stateAt, TOUR } from './timeline';
import { checkCodec, tourLinks, keepState, withoutLast } from '../kit/testing/codec';

const links = tourLinks(events, run, TOUR.length);

describe('clone link codec', () => {
  it('encodes the default state compactly', () => {
    expect(encodeLink({ state: initial(), step: 0 })).toBe('t0.z2.m1.r0-0-0-0-0-0.k0-0-0-0-0-0-0');
  });

  it('encodes clones, writes and deletions', () => {
    const text = encodeLink({ state: stateAt(7), step: 7 });
    expect(text).toBe('t7.z2.m3.r0-1-0-2-0-1.k0x.k1p0-0-0-0-2-0-0.k2p1-0-0-0-2-0-1');
    expect(decodeLink(text)).toEqual({ state: withoutLast(stateAt(7)), step: 7 });
  });

  checkCodec(cloneCodec, {
    links: links,
    kept: keepState(withoutLast),
    refused: [
      't0.z2.m1.r0-0-0-0-0-0', // no cluster
      't9.z2.m1.r0-0-0-0-0-0.k0-0-0-0-0-0-0', // past the tour
      't0.z5.m1.r0-0-0-0-0-0.k0-0-0-0-0-0-0', // no such size
      't00.z2.m1.r0-0-0-0-0-0.k0-0-0-0-0-0-0', // leading zero
      't0.z2.m1.r0-0-0-0-0.k0-0-0-0-0-0-0', // five letters
      't0.z2.m1.r0-0-0-0-0-0.k0-0-1-0-0-0-0', // a revision never written
      't0.z2.m1.r0-0-0-0-0-0.k0x', // nothing left alive
      't0.z2.m1.r0-0-0-0-0-0.k0p0-0-0-0-0-0-0', // the source has no parent
      't0.z2.m2.r0-0-0-0-0-0.k0-0-0-0-0-0-0.k1-0-0-0-0-0-0', // a clone without a parent
      't0.z2.m2.r0-0-0-0-0-0.k0-0-0-0-0-0-0.k1p1-0-0-0-0-0-0', // its own parent
      't0.z2.m2.r0-0-0-0-0-0.k0-0-0-0-0-0-0', // a made clone is missing
      't0.z2.m2.r0-0-0-0-0-0.k1p0-0-0-0-0-0-0.k0-0-0-0-0-0-0', // rows out of order
      't0.z2.m5.r0-0-0-0-0-0.k0-0-0-0-0-0-0.k1p0x.k2p0x.k2p0x', // a number twice
      't0.z2.m1.r0-0-0-0-0-0.k0-0-0-0-0-0-0.', // trailing dot
    ],
    refusedName: 'refuses text that is not a state this diagram could show',
    alphabet: '0123456789.-kpmrtxz',
    maxLength: 60,
    accepts: (link) => {
      const a = accounting(link.state);
      expect(a.shared + a.own.reduce((sum, o) => sum + o.pages, 0)).toBe(a.total);
      expect(live(link.state).length).toBeGreaterThan(0);
    },
    acceptsName: 'never throws, and whatever it accepts is a consistent state that encodes back to the same text',
    malformed: 't0.z2.m1.r0-0-0-0-0-0.k0x',
    fallback: { state: initial(), step: 0 },
  });
});

describe('number ranges', () => {
  const source = 'k0-0-0-0-0-0-0';
  it('reads up to MAX_ACTIONS writes to a page, and refuses more with the notice', () => {
    expect(decodeLink(`t0.z2.m1.r${MAX_ACTIONS}-0-0-0-0-0.${source}`)?.state.revs[0]).toBe(MAX_ACTIONS);
    expect(decodeLink(`t0.z2.m1.r${MAX_ACTIONS + 1}-0-0-0-0-0.${source}`)).toBeNull();
    expect(readState(cloneCodec, `?clone=t0.z2.m1.r0-0-0-0-0-999999.${source}`).error?.kind).toBe('malformed');
  });

  it('reads up to MAX_ACTIONS clusters made, and refuses more', () => {
    const rows = (last: number) => [source, `k${last}p0-0-0-0-0-0-0`, `k${last - 1}p0x`, `k${last - 2}p0x`].join('.');
    expect(decodeLink(`t0.z2.m${MAX_ACTIONS}.r0-0-0-0-0-0.${rows(MAX_ACTIONS - 1)}`)?.state.made).toBe(MAX_ACTIONS);
    expect(decodeLink(`t0.z2.m${MAX_ACTIONS + 1}.r0-0-0-0-0-0.${rows(MAX_ACTIONS)}`)).toBeNull();
  });
});
