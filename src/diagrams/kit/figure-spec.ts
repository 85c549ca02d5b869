/**
 * A diagram's starting point, stated once in its folder's `figure.ts`: its
 * name, its starting state, its tour, the sentence that says the state and the
 * picture that shows it. The server renders the frame from it (kit/figure.ts
 * `figureProps`); the island starts from the same state and says the same
 * opening sentence, so the page and the running figure cannot disagree.
 */
import type { SceneNode } from './scene';

export interface FigureSpec<S, St, T = unknown> {
  /** data-diagram: the registered view, the diagram's class, its stylesheet `<name>.css`. */
  readonly name: string;
  /** The state the figure starts in (the tour's first step). */
  initial(): St;
  /** The guided tour's steps. */
  readonly tour: readonly T[];
  /** What the live region says of a state, in the words `s`. */
  opening(state: St, s: S): string;
  /** The picture of a state, at the default fit. */
  scene(state: St, s: S): SceneNode;
}

/** Checks a figure's spec against its types; returns it as it is. */
export function defineFigure<S, St, T>(spec: FigureSpec<S, St, T>): FigureSpec<S, St, T> {
  return spec;
}
