import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_STATE_LENGTH, readState, writeState } from '../kit/url-state';
import { decodeLink, encodeLink, globalCodec } from './codec';
import { initial, MAX_SECONDARIES, run, type GlobalState } from './model';
import { events } from './model.arbitrary';
import { stateAt, TOUR } from './timeline';

const bare = (state: GlobalState): GlobalState => ({ ...state, last: null });

const links = fc.record({
  state: events.map((list) => run(list)),
  step: fc.integer({ min: 0, max: TOUR.length - 1 }),
});

describe('Global Database link codec', () => {
  it('encodes the default state compactly', () => {
    expect(encodeLink({ state: initial(), step: 0 })).toBe('t0.p1.s4-9.o');
  });

  it('encodes an outage after a failover', () => {
    const link = { state: stateAt(3), step: 3 };
    expect(encodeLink(link)).toBe('t3.p9.s4-11.o1');
    expect(decodeLink('t3.p9.s4-11.o1')).toEqual({ state: bare(link.state), step: 3 });
  });

  it('round-trips every reachable state through a URL', () => {
    fc.assert(
      fc.property(links, (link) => {
        const url = new URL(writeState(globalCodec, 'https://example.org/en/x/', link, 'global-database-diagram'));
        const decoded = readState(globalCodec, url.search);
        expect(decoded.error).toBeUndefined();
        expect(decoded.state).toEqual({ state: bare(link.state), step: link.step });
        expect(url.searchParams.get('global-database')?.length ?? 0).toBeLessThan(MAX_STATE_LENGTH);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses text that is not a state this diagram could reach', () => {
    const bad = [
      '',
      'garbage',
      't0.p1.s4-9',
      't0.p1.s4-9.o.',
      `t${TOUR.length}.p1.s4-9.o`,
      't00.p1.s4-9.o',
      't0.p12.s4-9.o', // no such Region
      't0.p1.s1-9.o', // the primary is also a secondary
      't0.p1.s9-4.o', // out of order
      't0.p1.s4-4.o', // repeated
      't0.p1.s4-.o',
      't0.p1.s0-2-3-4-5-6-7-8-9-10-11.o', // 11 secondaries
      't0.p1.s4-9.o4', // a secondary cannot be down
      't0.p1.s4-9.o02',
    ];
    for (const text of bad) expect(decodeLink(text), text).toBeNull();
  });

  it('never throws, and whatever it accepts is canonical and within the limits', () => {
    const alphabet = fc.constantFrom(...'0123456789.-tpso'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join('')),
        ),
        (text) => {
          const link = decodeLink(text);
          if (link === null) return true;
          expect(link.state.secondaries.length).toBeLessThanOrEqual(MAX_SECONDARIES);
          expect(link.state.secondaries).not.toContain(link.state.primary);
          expect(encodeLink(link)).toBe(text);
          return true;
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('falls back to the default with an error for a malformed link', () => {
    const decoded = readState(globalCodec, '?global-database=t0.p99');
    expect(decoded.state).toEqual({ state: initial(), step: 0 });
    expect(decoded.error).toEqual({ kind: 'malformed', raw: 't0.p99' });
  });
});
