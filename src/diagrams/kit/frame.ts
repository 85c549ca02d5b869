/**
 * The island lifecycle every diagram shares, the running half of Frame.astro.
 * `defineView(spec)` gives a view module's `mount`: it loads the page's words
 * (only its language), reads the link's state (and says so when it cannot),
 * starts the clock, the announcer and reduced motion, wires the guided tour
 * and the share controls, and hands over the controls. The diagram's own
 * `start` only draws and handles its own controls:
 *
 *   export const { mount } = defineView({ codec, timeline: TOUR, start });
 */
import { createAnnouncer } from './announcer';
import { watchFit, type Fit } from './fit';
import { createClock, foldSteps, type Clock, type ClockChange, type ClockStatus, type TimelineStep } from './clock';
import { frameWords, type FrameWords } from './frame-strings';
import { motionFor, type Motion } from './motion';
import { realScheduler } from './scheduler';
import { applyScene, clearMessages, createActivity, type Activity } from './scene-d3';
import { loadTransitions, transitionsReady } from './transitions';
import type { FigureSpec } from './figure-spec';
import type { SceneNode } from './scene';
import { localeOf, type Locale } from './strings';
import { readState, writeState, type StateCodec, type TourLink } from './url-state';

export interface Frame<S> {
  readonly root: HTMLElement;
  /** The diagram's words in the page's language. */
  readonly s: S;
  readonly svg: SVGSVGElement;
  /** The layout the figure's width calls for (kit/fit.ts); `render` runs again when it changes. */
  readonly fit: Fit;
  readonly activity: Activity;
  readonly motion: Motion;
  /** The tour's clock (replaced by `retime`). */
  readonly clock: Clock;
  part<E extends Element = HTMLElement>(name: string): E;
  all<E extends Element = HTMLElement>(name: string): E[];
  /** A listener removed when the island stops. */
  on(el: EventTarget, type: string, handler: (event: Event) => void): void;
  /** Says `text` in the live region (again, if it is the same). */
  announce(text: string): void;
  /** `ms` at 1×, scaled by the tour's speed; 0 under reduced motion. */
  duration(ms: number): number;
  /** Joins `scene` into the picture over `duration(ms)`; drawn at once, it also removes dots still travelling. */
  draw(scene: SceneNode, ms: number): void;
  /** Puts the current state in the share link (done after `act` and after each tour step). */
  refreshLink(): void;
  /** A reader's own action: pauses the tour, runs `change` (which returns what to say), updates the link and says it. */
  act(change: () => string): void;
  /** A new timeline for the tour (a different scenario), at `index`. */
  retime(steps: readonly TimelineStep[], index: number): void;
}

export interface Hooks<U> {
  /** Draws the current state at once (start, reduced motion switched on). */
  render(): void;
  /** The clock moved: show step `change.to`. */
  tour(change: ClockChange, status: ClockStatus): void;
  /** The clock played, paused, ended or changed speed without moving. */
  idle?(status: ClockStatus): void;
  /** The slider's words for a position; "Step 3 of 13" by default. */
  stepText?(status: ClockStatus): string;
  /** What the share link carries. */
  link(): U;
  /** The live region's first words, for the linked state. */
  opening(): string;
  stop?(): void;
}

/** The tour's steps and where the linked state stands on them. */
export interface Timeline {
  readonly steps: readonly TimelineStep[];
  readonly index: number;
}

export interface ViewSpec<S, U> {
  /** The link's codec; a function when it depends on the figure (its props, in data- attributes). */
  readonly codec: StateCodec<U> | ((root: HTMLElement) => StateCodec<U>);
  /** The diagram's folder under src/diagrams, which holds its `strings.{en,ko}.ts`; the island's name by default. */
  readonly folder?: string;
  /** Frame words this diagram says differently (same in both languages' keys). */
  readonly words?: (s: S) => Partial<FrameWords>;
  /** The tour's steps and where the linked state stands on them; just the steps for a link that carries its `step`. */
  readonly timeline: ((linked: U) => Timeline) | (U extends { readonly step: number } ? readonly TimelineStep[] : never);
  /** Play at the last step starts again from the first. */
  readonly playFromEnd?: boolean;
  start(frame: Frame<S>, linked: U): Hooks<U>;
}

export function defineView<S, U>(spec: ViewSpec<S, U>): { mount(root: HTMLElement): () => void } {
  return {
    mount(root) {
      let stop: (() => void) | null = null;
      let cancelled = false;
      const name = root.dataset['diagram'] ?? 'a';
      wordsOf<S>(name, spec.folder ?? name, localeOf(root.dataset['locale']))
        .then((s) => {
          if (!cancelled) stop = run(spec, name, root, s);
        })
        .catch((error: unknown) => {
          // The static figure stays usable; the controls stay disabled.
          root.dataset['island'] = 'failed';
          console.error(`${name} diagram could not start`, error);
        });
      return () => {
        cancelled = true;
        stop?.();
      };
    },
  };
}

/**
 * Every diagram's words: one loader per language file (`../<folder>/strings.<locale>.ts`, each exporting its
 * table as `en` or `ko`), each its own dynamic import, so a page fetches only its diagram's words in its
 * language (one expression choosing between two imports made the bundler preload both on every page).
 */
const WORDS: Readonly<Record<string, () => Promise<unknown>>> = import.meta.glob([
  '../*/strings.{en,ko}.ts',
  '../*/*/strings.{en,ko}.ts',
]);

/** Loads the words in `locale` of the diagram in `folder` (only that language's file). */
export async function wordsOf<S>(
  name: string,
  folder: string,
  locale: Locale,
  loaders: Readonly<Record<string, () => Promise<unknown>>> = WORDS,
): Promise<S> {
  const file = `../${folder}/strings.${locale}.ts`;
  const load = loaders[file];
  if (!load) throw new Error(`${name} diagram has no words: no src/diagrams/${folder}/strings.${locale}.ts`);
  const words = ((await load()) as Partial<Record<Locale, S>>)[locale];
  if (!words) throw new Error(`${name}: src/diagrams/${folder}/strings.${locale}.ts exports no ${locale}`);
  return words;
}

function run<S, U>(spec: ViewSpec<S, U>, name: string, root: HTMLElement, s: S): () => void {
  const w: FrameWords = { ...frameWords[localeOf(root.dataset['locale'])], ...spec.words?.(s) };
  const maybe = <E extends Element>(name: string): E | null => root.querySelector<E>(`[data-part="${name}"]`);
  const part = <E extends Element>(named: string): E => {
    const el = maybe<E>(named);
    if (!el) throw new Error(`${name} figure has no [data-part="${named}"]`);
    return el;
  };
  const svg = part<SVGSVGElement>('picture');
  const live = part<HTMLElement>('live');
  const controls = part<HTMLFieldSetElement>('controls');
  const linkInput = part<HTMLInputElement>('link');
  const playButton = maybe<HTMLButtonElement>('play');
  const stepInput = maybe<HTMLInputElement>('step');
  const stepValue = maybe<HTMLElement>('step-value');
  const speedSelect = maybe<HTMLSelectElement>('speed');
  const figureId = root.querySelector('figure')?.id ?? '';

  // The figure's width picks the layout; a change redraws at once (and data-fit styles the narrow text).
  const fitting = watchFit(root.querySelector('figure') ?? root, (next) => {
    fit = next;
    root.dataset['fit'] = fit;
    hooks?.render();
  });
  let fit: Fit = fitting.fit;
  root.dataset['fit'] = fit;

  const motion = motionFor(window);
  const activity = createActivity(svg);
  const announcer = createAnnouncer(live);
  const listeners = new AbortController();
  const on = (el: EventTarget, type: string, handler: (event: Event) => void): void => {
    el.addEventListener(type, handler, { signal: listeners.signal });
  };
  // The animation code loads when the reader comes to the figure (pointer, touch or keyboard focus).
  for (const type of ['pointerenter', 'touchstart', 'focusin']) {
    on(root, type, () => {
      if (!motion.reduced()) void loadTransitions();
    });
  }
  const codec = typeof spec.codec === 'function' ? spec.codec(root) : spec.codec;
  const decoded = readState(codec, window.location.search);
  if (decoded.error) part('notice').textContent = w.malformed;
  const timeline = timelineOf(spec.timeline as ((linked: U) => Timeline) | readonly TimelineStep[], decoded.state);

  let clock = createClock(timeline.steps, realScheduler(), timeline.index);
  let stopClock = (): void => {};
  let hooks: Hooks<U> | null = null;

  const stepText = (status: ClockStatus): string =>
    hooks?.stepText ? hooks.stepText(status) : w.stepValue(status.index, status.length);

  function syncClock(status: ClockStatus): void {
    if (playButton) playButton.textContent = status.playing ? w.pause : w.play;
    if (stepInput) {
      const text = stepText(status);
      stepInput.max = String(status.length - 1);
      stepInput.value = String(status.index);
      stepInput.setAttribute('aria-valuetext', text);
      if (stepValue) stepValue.textContent = text;
    }
    if (speedSelect) speedSelect.value = String(status.speed);
  }

  function refreshLink(): void {
    if (hooks) linkInput.value = writeState(codec, window.location.href, hooks.link(), figureId || undefined);
  }

  /**
   * Runs `show` once the animation code is here (kit/transitions.ts), at once if it is or if the
   * reader prefers reduced motion: the tour's first move animates like every later one.
   */
  function whenMotionReady(show: () => void): void {
    if (motion.reduced() || transitionsReady()) show();
    else loadTransitions().then(show, show);
  }

  function watch(): void {
    stopClock = clock.subscribe((status, change) => {
      syncClock(status);
      whenMotionReady(() => {
        if (!hooks) return;
        if (change) hooks.tour(change, status);
        else hooks.idle?.(status);
        refreshLink();
      });
    });
  }
  watch();

  const frame: Frame<S> = {
    root,
    s,
    svg,
    get fit() {
      return fit;
    },
    activity,
    motion,
    get clock() {
      return clock;
    },
    part,
    all: <E extends Element>(name: string) => [...root.querySelectorAll<E>(`[data-part="${name}"]`)],
    on,
    announce: (text) => announcer.announce(text),
    duration: (ms) => (transitionsReady() ? motion.duration(ms / clock.status().speed) : 0),
    draw(scene, ms) {
      const duration = frame.duration(ms);
      applyScene(svg, scene, { duration, activity });
      if (duration === 0) clearMessages(svg);
    },
    refreshLink,
    act(change) {
      clock.pause();
      // A reader's own action happens at once, loaded or not: held back until the animation code came, it
      // would rewrite the controls under the reader's fingers (the next field they are typing in). Until the
      // code is here, the picture moves without animating.
      if (!motion.reduced()) void loadTransitions();
      const said = change();
      refreshLink();
      announcer.announce(said);
    },
    retime(steps, index) {
      const speed = clock.status().speed;
      stopClock();
      clock.destroy();
      clock = createClock(steps, realScheduler(), index);
      clock.setSpeed(speed);
      watch();
      syncClock(clock.status());
    },
  };

  const own = spec.start(frame, decoded.state);
  hooks = own;
  const stopMotion = motion.subscribe((reduced) => {
    if (reduced) own.render();
  });

  // Pressing a part of the picture presses the control it names: that control is the keyboard and
  // screen-reader way to the same action, so the picture adds a shortcut, not a second path to keep in step.
  on(svg, 'click', (event) => {
    const selector = (event.target as Element | null)?.closest('[data-press]')?.getAttribute('data-press');
    const control = selector ? root.querySelector<HTMLElement>(selector) : null;
    if (control && !control.matches(':disabled')) control.click();
  });

  if (playButton) {
    on(playButton, 'click', () => {
      const status = clock.status();
      if (spec.playFromEnd && !status.playing && status.index >= status.length - 1) clock.replay();
      else clock.toggle();
    });
  }
  const buttons: Record<string, () => void> = {
    previous: () => clock.previous(),
    next: () => clock.next(),
    replay: () => clock.replay(),
  };
  for (const [key, act] of Object.entries(buttons)) {
    const button = maybe(key);
    if (button) on(button, 'click', act);
  }
  if (stepInput) on(stepInput, 'input', () => clock.seek(Number(stepInput.value)));
  if (speedSelect) on(speedSelect, 'change', () => clock.setSpeed(Number(speedSelect.value)));
  on(part('copy-link'), 'click', () => {
    refreshLink();
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) {
      announcer.announce(w.copyFailed);
      return;
    }
    clipboard.writeText(linkInput.value).then(
      () => announcer.announce(w.copied),
      () => announcer.announce(w.copyFailed),
    );
  });

  // Adopt the server's picture, show the linked state, and hand over the controls.
  own.render();
  refreshLink();
  syncClock(clock.status());
  const opening = own.opening();
  if (live.textContent !== opening) live.textContent = opening;
  controls.disabled = false;

  return () => {
    listeners.abort();
    fitting.stop();
    stopClock();
    stopMotion();
    own.stop?.();
    clock.destroy();
    motion.destroy();
    controls.disabled = true;
  };
}

/** The timeline a view gives, at the linked state; bare steps start where the link's `step` says. */
export function timelineOf<U>(timeline: ((linked: U) => Timeline) | readonly TimelineStep[], linked: U): Timeline {
  if (typeof timeline === 'function') return timeline(linked);
  return { steps: timeline, index: (linked as { readonly step?: number }).step ?? 0 };
}

/**
 * Where a tour move lands: one step forward (playing, or Next) plays that
 * step's event on the state as it stands, so a reader's own changes carry on;
 * any other move rebuilds the state at the step with `at`, and so does every
 * move when `rebuild` is set. `before` is the state the step started from,
 * for words that compare.
 */
export function tourMove<St, E>(
  change: ClockChange,
  state: St,
  steps: readonly TimelineStep<string, E>[],
  apply: (state: St, event: E) => St,
  at: (index: number) => St,
  rebuild = false,
): { readonly state: St; readonly event: E | null; readonly before: St; readonly sequential: boolean } {
  if (!rebuild && (change.cause === 'tick' || change.cause === 'next') && change.to === change.from + 1) {
    const event = steps[change.to]?.event ?? null;
    return { state: event === null ? state : apply(state, event), event, before: state, sequential: true };
  }
  return { state: at(change.to), event: null, before: at(Math.max(0, change.to - 1)), sequential: false };
}

/** A diagram whose state is a model that events step along a guided tour (see `modelHooks`). */
export interface EventModel<St, E> {
  /** The state the link gave. */
  readonly state: St;
  readonly steps: readonly TimelineStep<string, E>[];
  step(state: St, event: E): St;
  /** The state at tour step `index`, rebuilt from the start; `state` is where the reader stands now. */
  at(index: number, state: St): St;
  /**
   * Every tour move rebuilds the state with `at`, even one step forward: the tour tells its own story, and
   * a reader's own changes carry on only as far as `at` keeps them. Shown as a jump, with no event.
   */
  readonly rebuilds?: boolean;
  /**
   * Shows `state`. `event`: what just happened (null when nothing did, or the tour jumped); `moving`:
   * false at the first render, a new width or reduced motion (draw at once); `jumped`: the tour rebuilt
   * the state rather than playing one step on it.
   */
  show(state: St, event: E | null, moving: boolean, jumped: boolean): void;
  /** What the live region says after a reader's own event, and at tour step `index`. */
  said(event: E, before: St, after: St): string;
  toured(index: number, before: St, after: St): string;
  /** The live region's first words, for the linked state. */
  opening(state: St): string;
}

export interface ModelHooks<St, E> extends Hooks<{ readonly state: St; readonly step: number }> {
  /** The state as it stands. */
  readonly state: St;
  /** A reader's own event: it pauses the tour and happens on top of where the state stands. */
  act(event: E): void;
}

/**
 * `start`'s hooks for an event-driven model: keeps the state, steps it on a reader's own event
 * (`act`), folds tour moves into it (`tourMove`), and links the state with the tour step.
 */
export function modelHooks<S, St, E>(frame: Frame<S>, m: EventModel<St, E>): ModelHooks<St, E> {
  let state = m.state;
  return {
    get state() {
      return state;
    },
    act(event) {
      frame.act(() => {
        const before = state;
        state = m.step(state, event);
        m.show(state, event, true, false);
        return m.said(event, before, state);
      });
    },
    render: () => m.show(state, null, false, false),
    tour(change) {
      const moved = tourMove(change, state, m.steps, m.step, (index) => m.at(index, state), m.rebuilds);
      state = moved.state;
      m.show(state, moved.event, true, !moved.sequential);
      frame.announce(m.toured(change.to, moved.before, state));
    },
    link: () => ({ state, step: frame.clock.status().index }),
    opening: () => m.opening(state),
  };
}

/** What the live region says for an event model, in the words `s`: after a reader's event, at tour step `index`, and first. */
export interface ModelSpeech<S, St, E> {
  said(event: E, before: St, after: St, s: S): string;
  toured(index: number, before: St, after: St, s: S): string;
  opening(state: St, s: S): string;
}

export interface ModelViewSpec<S, St, E>
  extends Pick<ViewSpec<S, TourLink<St>>, 'folder' | 'words'>,
    Pick<EventModel<St, E>, 'step'>,
    Partial<Pick<EventModel<St, E>, 'at' | 'rebuilds'>>,
    Omit<ModelSpeech<S, St, E>, 'opening'> {
  /** The link's codec; its `initial()` is where the tour starts (`at` by default folds the tour into it). */
  readonly codec: StateCodec<TourLink<St>>;
  /**
   * The diagram's `figure.ts` (kit/figure-spec.ts): its tour, and the opening sentence the server said
   * first, which the live region says again for a linked state.
   */
  readonly figure: Pick<FigureSpec<S, St, TimelineStep<string, E>>, 'tour' | 'opening'>;
  /**
   * Finds the view's parts and sends its controls' events to `model.act`; returns how a state is shown
   * (`EventModel.show`). Called once, before anything is shown.
   */
  start(frame: Frame<S>, model: ModelHooks<St, E>): EventModel<St, E>['show'];
}

/**
 * `defineView` and `modelHooks` in one, for a diagram whose model events step along its guided tour: the
 * link carries the state and the tour step, the tour and the opening sentence are the figure's, and the view
 * gives only its codec, words, model, what it says, and `start` (its parts, its controls and how it shows a state). Without `at`, a tour
 * step's state is the codec's starting state with the tour's events up to that step folded in.
 */
export function defineModelView<S, St, E>(spec: ModelViewSpec<S, St, E>): { mount(root: HTMLElement): () => void } {
  return defineView<S, TourLink<St>>({
    codec: spec.codec,
    ...(spec.folder ? { folder: spec.folder } : {}),
    ...(spec.words ? { words: spec.words } : {}),
    timeline: (linked) => ({ steps: spec.figure.tour, index: linked.step }),
    start: (frame, linked) => startModel(spec, frame, linked.state),
  });
}

/** `defineModelView`'s start: the view's own `start`, and the model's hooks from the linked `state` on. */
export function startModel<S, St, E>(spec: ModelViewSpec<S, St, E>, frame: Frame<S>, state: St): ModelHooks<St, E> {
  const s = frame.s;
  let show: EventModel<St, E>['show'] | null = null;
  const model = modelHooks(frame, {
    state,
    steps: spec.figure.tour,
    step: spec.step,
    at: spec.at ?? ((index) => foldSteps(spec.figure.tour, index, spec.codec.initial().state, spec.step)),
    ...(spec.rebuilds ? { rebuilds: true } : {}),
    show: (state, event, moving, jumped) => show?.(state, event, moving, jumped),
    said: (event, before, after) => spec.said(event, before, after, s),
    toured: (index, before, after) => spec.toured(index, before, after, s),
    opening: (state) => spec.figure.opening(state, s),
  });
  show = spec.start(frame, model);
  return model;
}
