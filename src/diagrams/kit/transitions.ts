/**
 * d3-transition, with d3-interpolate, d3-color, d3-timer and d3-dispatch, is about a third of an
 * island's code, and a reader who only looks never needs it. It loads when motion is about to be
 * wanted: the pointer or the focus enters the figure (kit/frame.ts), a reader's action, or the tour
 * moves before that (the tour waits for it). Until it is here, nothing animates; code that stops a running transition goes
 * through `stopMoving`, which has nothing to stop before then.
 */
/// <reference types="d3-transition" />

let loading: Promise<void> | null = null;
let ready = false;

/** True once d3-transition has extended d3's selections with `transition` and `interrupt`. */
export const transitionsReady = (): boolean => ready;

/** Loads d3-transition once; later calls get the same promise. */
export function loadTransitions(): Promise<void> {
  loading ??= import('d3-transition').then(() => {
    ready = true;
  });
  return loading;
}

/** Interrupts the transitions named `name` on `sel` (nothing can be running before d3-transition loads). */
export function stopMoving<S extends { interrupt(name?: string): unknown }>(sel: S, name: string): S {
  if (ready) sel.interrupt(name);
  return sel;
}
