import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stepChecker } from './model';

/** A counter that adds each event to its total. */
const everyStep = stepChecker(
  (total: number, add: number) => total + add,
  () => 0,
  fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1 }),
);

describe('stepChecker', () => {
  it('visits every step of any run, with the state before and after', () => {
    let visits = 0;
    everyStep((before, add, after) => {
      visits += 1;
      expect(after).toBe(before + add);
    });
    expect(visits).toBeGreaterThan(100);
  });

  it('fails when a step breaks the rule', () => {
    expect(() => everyStep((before, _add, after) => expect(after).toBeGreaterThan(before))).toThrow();
  });
});
