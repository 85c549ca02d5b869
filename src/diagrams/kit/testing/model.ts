/** Test helpers for models. Only tests import this folder. */
import { expect, it } from 'vitest';
import fc from 'fast-check';

/** Freezes a value and everything inside it, so a model that changes the state it is given throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export interface ModelChecks<St, E> {
  /** Runs of events a reader could make, and one event more. */
  readonly events: fc.Arbitrary<readonly E[]>;
  readonly event: fc.Arbitrary<E>;
  run(events: readonly E[]): St;
  step(state: St, event: E): St;
}

/**
 * The two checks every event-driven model shares, registered as `it(...)` blocks inside the caller's
 * `describe`: the same events give the same state, and a step never changes the state it is given.
 */
export function checkPureModel<St, E>(m: ModelChecks<St, E>): void {
  it('is deterministic', () => {
    fc.assert(
      fc.property(m.events, m.event, (list, e) => {
        expect(m.step(m.run(list), e)).toEqual(m.step(m.run(list), e));
      }),
    );
  });

  it('is pure: it never changes the state it is given', () => {
    fc.assert(
      fc.property(m.events, m.event, (list, e) => {
        const state = deepFreeze(m.run(list));
        const copy = structuredClone(state);
        m.step(state, e);
        expect(state).toEqual(copy);
      }),
    );
  });
}

export interface Speaking<St, E> {
  run(events: readonly E[], from: NoInfer<St>): St;
  step(state: St, event: E): St;
  initial(): St;
}

/**
 * A describe test's `say(events, strings?, from?)`: runs all but the last event from `from` (the model's
 * start by default), steps the last one and gives what `sentence` says of it (in `strings`, the English
 * words by default).
 */
export function sayAfter<St, E, S>(
  model: Speaking<St, E>,
  strings: S,
  sentence: (event: E, before: St, after: St, strings: S) => string,
): (events: readonly E[], strings?: S, from?: St) => string {
  return (events, s = strings, from = model.initial()) => {
    const last = events[events.length - 1];
    if (last === undefined) throw new Error('say: no event');
    const before = model.run(events.slice(0, -1), from);
    return sentence(last, before, model.step(before, last), s);
  };
}

/**
 * A model test's `walk(events, visit)`: steps from the model's start through `events`, calling
 * `visit(before, event, after)` at each, and gives the last state.
 */
export function walker<St, E>(
  step: (state: St, event: E) => St,
  initial: () => St,
): (events: readonly E[], visit: (before: St, event: E, after: St) => void) => St {
  return (events, visit) => {
    let state = initial();
    for (const e of events) {
      const next = step(state, e);
      visit(state, e, next);
      state = next;
    }
    return state;
  };
}

/**
 * A model test's `everyStep(visit, params?)`: for any run of `events` (fast-check), steps from the model's
 * start and calls `visit(before, event, after)` at every step.
 */
export function stepChecker<St, E>(
  step: (state: St, event: E) => St,
  initial: () => St,
  events: fc.Arbitrary<readonly E[]>,
): (visit: (before: St, event: E, after: St) => void, params?: fc.Parameters<[readonly E[]]>) => void {
  const walk = walker(step, initial);
  return (visit, params) => {
    fc.assert(
      fc.property(events, (list) => {
        walk(list, visit);
      }),
      params,
    );
  };
}
