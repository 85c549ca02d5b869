import { describe, expect, it } from 'vitest';
import { MAX_ACTIONS } from '../kit/url-state';
import { decodeLink, encodeLink, quorumCodec, type QuorumLink } from './codec';
import { counting, DESIGNS, initial, run, RULES, step, type QuorumState } from './model';
import { events } from './model.arbitrary';
import { stateAt, TOUR } from './timeline';
import { checkCodec, checkOutOfRange, tourLinks, keepState, withoutLast } from '../kit/testing/codec';

/** Links do not carry the last outcome (who answered): it is not state. */
const withoutOutcomes = (state: QuorumState): QuorumState => ({
  ...state,
  groups: { aurora: withoutLast(state.groups.aurora), classic: withoutLast(state.groups.classic) },
});

const links = tourLinks(events, run, TOUR.length);

describe('quorum link codec', () => {
  it('encodes the default state compactly', () => {
    expect(encodeLink({ state: initial(), step: 0 })).toBe('6.t0.n0.A0.C0');
  });

  it('encodes failures, repairs and the tour step', () => {
    const link: QuorumLink = { state: stateAt(8, 'classic'), step: 8 };
    const text = encodeLink(link);
    expect(text).toBe('3.t8.n4.A2.a1r1.a2r1.b1d2.C2.a1r1.b1d2');
    expect(decodeLink(text)).toEqual({ state: withoutOutcomes(link.state), step: 8 });
  });

  checkCodec(quorumCodec, {
    links: links,
    kept: keepState(withoutOutcomes),
    refused: [
      '6',
      '7.t0.n0.A0.C0', // unknown design
      '6.t13.n0.A0.C0', // past the tour
      '6.t01.n0.A0.C0', // leading zero
      '6.t0.n0.C0.A0', // groups swapped
      '6.t0.n0.A0', // classic group missing
      '6.t0.n0.A1.C0', // a write that no operation made
      '6.t0.n1.A1.a1d0.b1d0.c1d0.C1.a1d0.b1d0.c1d0', // latest write on only 3 of 6 copies
      '6.t0.n0.A0.a1d0.C0', // a1 down in Aurora but up in classic
      '6.t0.n0.A0.a2d0.a2d0.C0', // repeated copy
      '6.t0.n0.A0.b1d0.a1d0.C0.a1d0.b1d0', // out of order
      '6.t0.n0.A0.C0.a2d0', // classic has no a2
      '6.t0.n1.A1.a1d2.C1.a1d1', // a copy ahead of the latest write
      '6.t0.n0.A0.a1u0.C0', // up copies are not listed
      '6.t0.n0.A0.C0.',
    ],
    alphabet: '0123456789.ACabcdrtnu36',
    maxLength: 40,
    accepts: (link) => {
      for (const design of DESIGNS) {
        const group = link.state.groups[design];
        if (group.latest > 0) {
          const holders = group.copies.filter((c) => c.version === group.latest).length;
          expect(holders).toBeGreaterThanOrEqual(RULES[design].Vw);
        }
        expect(counting(group).filter((c) => c.version !== group.latest)).toEqual([]);
      }
    },
    acceptsName: 'never throws, and whatever it accepts is a consistent state',
    malformed: '6.t0.n0.A9.C0',
    fallback: { state: initial(), step: 0 },
  });

  it('keeps the shown design', () => {
    const state = step(initial(), { type: 'show', design: 'classic' });
    expect(decodeLink(encodeLink({ state, step: 0 }))?.state.show).toBe('classic');
  });
});

describe('number ranges', () => {
  const link = (ops: number) => `6.t0.n${ops}.A2.C2`;
  it('reads up to MAX_ACTIONS writes and reads', () => {
    expect(decodeLink(link(MAX_ACTIONS))?.state.ops).toBe(MAX_ACTIONS);
  });
  checkOutOfRange(quorumCodec, [
    ['more than MAX_ACTIONS writes and reads', link(MAX_ACTIONS + 1)],
    ['999999 writes and reads', link(999_999)],
  ]);
});
