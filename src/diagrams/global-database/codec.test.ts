import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, globalCodec } from './codec';
import { initial, MAX_SECONDARIES, run } from './model';
import { events } from './model.arbitrary';
import { stateAt, TOUR } from './timeline';
import { checkCodec, tourLinks, keepState, withoutLast } from '../kit/testing/codec';

const links = tourLinks(events, run, TOUR.length);

describe('Global Database link codec', () => {
  it('encodes the default state compactly', () => {
    expect(encodeLink({ state: initial(), step: 0 })).toBe('t0.p1.s4-9.o');
  });

  it('encodes an outage after a failover', () => {
    const link = { state: stateAt(3), step: 3 };
    expect(encodeLink(link)).toBe('t3.p9.s4-11.o1');
    expect(decodeLink('t3.p9.s4-11.o1')).toEqual({ state: withoutLast(link.state), step: 3 });
  });

  checkCodec(globalCodec, {
    links: links,
    kept: keepState(withoutLast),
    roundTripRuns: 300,
    refused: [
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
    ],
    alphabet: '0123456789.-tpso',
    maxLength: 30,
    fuzzRuns: 1000,
    accepts: (link) => {
      expect(link.state.secondaries.length).toBeLessThanOrEqual(MAX_SECONDARIES);
      expect(link.state.secondaries).not.toContain(link.state.primary);
    },
    acceptsName: 'never throws, and whatever it accepts is canonical and within the limits',
    malformed: 't0.p99',
    fallback: { state: initial(), step: 0 },
  });
});
