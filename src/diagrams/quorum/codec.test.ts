import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_ACTIONS, MAX_STATE_LENGTH, readState, writeState } from '../kit/url-state';
import { decodeLink, encodeLink, quorumCodec, type QuorumLink } from './codec';
import { counting, DESIGNS, initial, run, RULES, step, type QuorumState } from './model';
import { events } from './model.arbitrary';
import { stateAt, TOUR } from './timeline';

/** Links do not carry the last outcome (who answered): it is not state. */
function withoutOutcomes(state: QuorumState): QuorumState {
  return {
    ...state,
    groups: {
      aurora: { ...state.groups.aurora, last: null },
      classic: { ...state.groups.classic, last: null },
    },
  };
}

const links = fc.record({
  state: events.map((list) => run(list)),
  step: fc.integer({ min: 0, max: TOUR.length - 1 }),
});

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

  it('round-trips every reachable state through a URL', () => {
    fc.assert(
      fc.property(links, (link) => {
        const url = new URL(writeState(quorumCodec, 'https://example.org/en/aurora/', link, 'quorum-diagram'));
        const decoded = readState(quorumCodec, url.search);
        expect(decoded.error).toBeUndefined();
        expect(decoded.state).toEqual({ state: withoutOutcomes(link.state), step: link.step });
        expect(url.searchParams.get('quorum')?.length ?? 0).toBeLessThan(MAX_STATE_LENGTH);
      }),
    );
  });

  it('refuses text that is not a state this diagram could reach', () => {
    const bad = [
      '',
      'garbage',
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
    ];
    for (const text of bad) expect(decodeLink(text), text).toBeNull();
  });

  it('never throws, and whatever it accepts is a consistent state', () => {
    const alphabet = fc.constantFrom(...'0123456789.ACabcdrtnu36'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')),
        ),
        (text) => {
          const link = decodeLink(text);
          if (link === null) return true;
          for (const design of DESIGNS) {
            const group = link.state.groups[design];
            const holders = group.copies.filter((c) => c.version === group.latest).length;
            if (group.latest > 0 && holders < RULES[design].Vw) return false;
            if (counting(group).some((c) => c.version !== group.latest)) return false;
          }
          return encodeLink(link) === text;
        },
      ),
    );
  });

  it('falls back to the default with an error for a malformed link', () => {
    const decoded = readState(quorumCodec, '?quorum=6.t0.n0.A9.C0');
    expect(decoded.state).toEqual({ state: initial(), step: 0 });
    expect(decoded.error).toEqual({ kind: 'malformed', raw: '6.t0.n0.A9.C0' });
  });

  it('keeps the shown design', () => {
    const state = step(initial(), { type: 'show', design: 'classic' });
    expect(decodeLink(encodeLink({ state, step: 0 }))?.state.show).toBe('classic');
  });
});

describe('number ranges', () => {
  it('reads up to MAX_ACTIONS writes and reads, and refuses more with the notice', () => {
    expect(decodeLink(`6.t0.n${MAX_ACTIONS}.A2.C2`)?.state.ops).toBe(MAX_ACTIONS);
    for (const ops of [MAX_ACTIONS + 1, 999_999]) {
      expect(decodeLink(`6.t0.n${ops}.A2.C2`)).toBeNull();
      expect(readState(quorumCodec, `?quorum=6.t0.n${ops}.A2.C2`).error?.kind).toBe('malformed');
    }
  });
});
