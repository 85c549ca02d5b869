import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { autoscalingCodec, decodeState, encodeState } from './codec';
import { initial, isValid, run, type AutoscalingEvent } from './model';
import { checkCodec } from '../kit/testing/codec';

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

  checkCodec(autoscalingCodec, {
    links: fc.array(eventArb, { maxLength: 12 }).map((events) => run(events)),
    refused: [
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
    ],
    refusedName: 'refuses text that is not a state this diagram could show',
    alphabet: '0123456789.amrbhx-',
    maxLength: 30,
    accepts: (state) => expect(isValid(state.params)).toBe(true),
    acceptsName: 'never throws, and whatever it accepts is valid and canonical',
    malformed: 'a100.m50.r20.b0.h24',
    fallback: initial(),
  });
});
