import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readState, writeState } from '../kit/url-state';
import { decodeLink, encodeLink, restoreCodec } from './codec';
import { initial, retentionRange, run, type RestoreState } from './model';
import { events } from './model.arbitrary';
import { stateAt, TOUR } from './timeline';

const settled = (state: RestoreState): RestoreState => ({ ...state, last: null });

describe('restore link codec', () => {
  it('encodes the default state compactly', () => {
    expect(encodeLink({ state: initial(), step: 0 })).toBe('am.r7.b72.m120.t0');
    expect(encodeLink({ state: stateAt(11), step: 11 })).toBe('rm.r0.b72.m16680.t11');
  });

  it('round-trips every reachable state through a URL', () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 0, max: TOUR.length - 1 }), (list, step) => {
        const link = { state: run(list), step };
        const url = new URL(
          writeState(restoreCodec, 'https://example.org/backups-restore-cloning/', link, 'restore-diagram'),
        );
        const decoded = readState(restoreCodec, url.search);
        expect(decoded.error).toBeUndefined();
        expect(decoded.state).toEqual({ state: settled(link.state), step });
      }),
    );
  });

  it('refuses text that is not a state this diagram could show', () => {
    const bad = [
      '',
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
    ];
    for (const text of bad) expect(decodeLink(text), text).toBeNull();
  });

  it('never throws, and whatever it accepts is in range and encodes back to the same text', () => {
    const alphabet = fc.constantFrom(...'0123456789.amprbt'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join(''))), (text) => {
        const link = decodeLink(text);
        if (link === null) return true;
        const { min, max } = retentionRange(link.state.engine);
        return link.state.retention >= min && link.state.retention <= max && encodeLink(link) === text;
      }),
    );
  });

  it('falls back to the default with an error for a malformed link', () => {
    const decoded = readState(restoreCodec, '?restore=am.r0.b72.m120.t0');
    expect(decoded.state).toEqual({ state: initial(), step: 0 });
    expect(decoded.error).toEqual({ kind: 'malformed', raw: 'am.r0.b72.m120.t0' });
  });
});
