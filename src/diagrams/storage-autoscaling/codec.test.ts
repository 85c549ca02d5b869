import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_STATE_LENGTH, readState, writeState } from '../kit/url-state';
import { autoscalingCodec, decodeState, encodeState } from './codec';
import { initial, isValid, run, type AutoscalingEvent } from './model';

const eventArb: fc.Arbitrary<AutoscalingEvent> = fc.oneof(
  fc.record({
    type: fc.constant('set' as const),
    name: fc.constantFrom('allocated' as const, 'max' as const, 'rate' as const, 'bulk' as const),
    value: fc.double({ min: -10, max: 70_000, noNaN: true }),
  }),
  fc.record({ type: fc.constant('show' as const), hour: fc.integer({ min: -2, max: 30 }) }),
);

describe('storage-autoscaling link codec', () => {
  it('encodes the default state compactly', () => {
    expect(encodeState(initial())).toBe('a100.m126.r20.b0.h24');
    expect(decodeState('a100.m126.r20.b0.h24')).toEqual(initial());
  });

  it('round-trips every reachable state through a URL', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 12 }), (events) => {
        const state = run(events);
        const url = new URL(writeState(autoscalingCodec, 'https://example.org/en/rds-basics/', state, 'x'));
        const decoded = readState(autoscalingCodec, url.search);
        expect(decoded.error).toBeUndefined();
        expect(decoded.state).toEqual(state);
        expect(url.searchParams.get('storage-autoscaling')?.length ?? 0).toBeLessThan(MAX_STATE_LENGTH);
      }),
    );
  });

  it('refuses text that is not a state this diagram could show', () => {
    const bad = [
      '',
      'garbage',
      'a100.m126.r20.b0',
      'a100.m126.r20.b0.h24.x1',
      'a100.m109.r20.b0.h24', // threshold under 10 % above the allocation
      'a10.m126.r20.b0.h24', // allocation under 20 GiB
      'a100.m126.r21.b0.h24', // rates go in halves
      'a100.m126.r20.b0.h25', // past the end of the day
      'a0100.m126.r20.b0.h24', // leading zero
      'm126.a100.r20.b0.h24', // out of order
      'a100.m126.r20.b-1.h24',
      'a100.m99999999.r20.b0.h24',
      'a100.m126.r20.b0.h24.',
    ];
    for (const text of bad) expect(decodeState(text), text).toBeNull();
  });

  it('never throws, and whatever it accepts is valid and canonical', () => {
    const alphabet = fc.constantFrom(...'0123456789.amrbhx-'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join('')),
        ),
        (text) => {
          const state = decodeState(text);
          if (state === null) return true;
          return isValid(state.params) && encodeState(state) === text;
        },
      ),
    );
  });

  it('falls back to the default with an error for a malformed link', () => {
    const decoded = readState(autoscalingCodec, '?storage-autoscaling=a100.m50.r20.b0.h24');
    expect(decoded.state).toEqual(initial());
    expect(decoded.error).toEqual({ kind: 'malformed', raw: 'a100.m50.r20.b0.h24' });
  });
});
