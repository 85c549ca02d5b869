/**
 * What kit/Frame.astro's props come from on the server: the diagram's
 * stylesheet, found by the diagram's name; the tour slider's props from the
 * tour itself; and name, opening sentence, picture and tour from a diagram's
 * `figure.ts` (`figureProps`). Nothing here ships to the browser.
 */
import type { FigureSpec } from './figure-spec';
import type { SceneNode } from './scene';

export interface TourProps {
  /** Steps (or minutes, seconds…) on the slider. */
  readonly length: number;
  /** The slider's words at the start; "Step 1 of N" by default. */
  readonly valueText?: string;
  /** Where the slider starts (0). */
  readonly value?: number;
  /** Slider label and its data-part; the step slider by default. */
  readonly label?: string;
  readonly part?: string;
  readonly legend?: string;
  /** False for a tour without a replay button. */
  readonly replay?: boolean;
}

/** Every stylesheet under src/diagrams, by path, as the URL the build gives it. */
const STYLESHEETS = import.meta.glob<string>('../**/*.css', { query: '?url', import: 'default', eager: true });

/**
 * The URL of the diagram's own stylesheet: `<name>.css` in its folder
 * (`caching/session-store.css` for "session-store"). Throws, naming the file
 * it looked for, when there is none or more than one.
 */
export function stylesheetOf(name: string, sheets: Readonly<Record<string, string>> = STYLESHEETS): string {
  const found = Object.entries(sheets).filter(([path]) => path.endsWith(`/${name}.css`));
  const only = found[0];
  if (found.length !== 1 || !only) {
    const where = found.map(([path]) => path).join(', ');
    throw new Error(`<Frame name="${name}">: expected one stylesheet ${name}.css in src/diagrams, found ${found.length}${where ? ` (${where})` : ''}`);
  }
  return only[1];
}

/** The tour slider's props: a tour's steps give their count; props pass as they are. */
export function tourProps(tour: TourProps | readonly unknown[] | undefined): TourProps | undefined {
  return isSteps(tour) ? { length: tour.length } : tour;
}

function isSteps(tour: TourProps | readonly unknown[] | undefined): tour is readonly unknown[] {
  return Array.isArray(tour);
}

/**
 * The frame's props for a figure's starting state, in the words `s`: its name,
 * the opening sentence, the static picture and the tour (kit/figure-spec.ts).
 */
export function figureProps<S, St, T>(
  spec: FigureSpec<S, St, T>,
  s: S,
): { name: string; opening: string; picture: SceneNode; tour: TourProps } {
  const state = spec.initial();
  return { name: spec.name, opening: spec.opening(state, s), picture: spec.scene(state, s), tour: { length: spec.tour.length } };
}
