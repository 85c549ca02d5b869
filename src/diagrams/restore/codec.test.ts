import { describe, expect, it } from 'vitest';
import { encodeLink, restoreCodec } from './codec';
import { initial, retentionRange, run } from './model';
import { events } from './model.arbitrary';
import { stateAt, TOUR } from './timeline';
import { checkCodec, tourLinks, keepState, withoutLast } from '../kit/testing/codec';

describe('restore link codec', () => {
  it('encodes the default state compactly', () => {
    expect(encodeLink({ state: initial(), step: 0 })).toBe('am.r7.b72.m120.t0');
    expect(encodeLink({ state: stateAt(11), step: 11 })).toBe('rm.r0.b72.m16680.t11');
  });

  checkCodec(restoreCodec, {
    links: tourLinks(events, run, TOUR.length),
    kept: keepState(withoutLast),
    refused: [
      'am',
      'xx.r7.b72.m120.t0', // unknown engine
      'am.r0.b72.m120.t0', // Aurora cannot turn automated backups off
      'rm.r36.b0.m120.t0', // retention above 35 days
      'am.r7.b73.m120.t0', // backtrack window above 72 hours
      'am.r7.b72.m20161.t0', // before the timeline
      'am.r7.b72.m120.t12', // past the tour
      'am.r07.b72.m120.t0', // leading zero
      'am.r7.b72.m120', // no tour step
      'am.r7.b72.m120.t0.', // trailing dot
      'am.r-1.b72.m120.t0',
    ],
    refusedName: 'refuses text that is not a state this diagram could show',
    alphabet: '0123456789.amprbt',
    maxLength: 30,
    accepts: (link) => {
      const { min, max } = retentionRange(link.state.engine);
      expect(link.state.retention).toBeGreaterThanOrEqual(min);
      expect(link.state.retention).toBeLessThanOrEqual(max);
    },
    acceptsName: 'never throws, and whatever it accepts is in range and encodes back to the same text',
    malformed: 'am.r0.b72.m120.t0',
    fallback: { state: initial(), step: 0 },
  });
});
