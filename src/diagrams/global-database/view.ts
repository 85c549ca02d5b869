/**
 * The Global Database island's view: loaded only when the figure nears the
 * viewport (kit/island.ts), it adopts the server-rendered figure, enables the
 * controls and keeps picture, words and controls in step with the model. It
 * reads model state and draws it; all rules live in model.ts.
 */
import { createAnnouncer } from '../kit/announcer';
import { createClock, type ClockStatus } from '../kit/clock';
import { motionFor } from '../kit/motion';
import { realScheduler } from '../kit/scheduler';
import { createActivity } from '../kit/scene-d3';
import { localeOf, type Locale } from '../kit/strings';
import { readState, writeState } from '../kit/url-state';
import { globalCodec } from './codec';
import { sentenceFor, statusOf, tourText } from './describe';
import { animateReplication, draw } from './draw';
import { isRegion, step, type GlobalEvent, type GlobalState, type RegionCode } from './model';
import type { GlobalStrings } from './strings';
import { stateAt, TOUR } from './timeline';

/** Geometry moves, ms at 1×. */
const MOVE_MS = 450;
/** A change travelling along an arc, ms at 1×. */
const TRAVEL_MS = 700;

/** Only the page's language is downloaded. */
function loadStrings(locale: Locale): Promise<GlobalStrings> {
  return locale === 'en' ? import('./strings.en').then((m) => m.en) : import('./strings.ko').then((m) => m.ko);
}

export function mount(root: HTMLElement): () => void {
  let stop: (() => void) | null = null;
  let cancelled = false;
  loadStrings(localeOf(root.dataset['locale']))
    .then((s) => {
      if (!cancelled) stop = start(root, s);
    })
    .catch((error: unknown) => {
      // The static figure stays usable; the controls stay disabled.
      root.dataset['island'] = 'failed';
      console.error('global database diagram could not start', error);
    });
  return () => {
    cancelled = true;
    stop?.();
  };
}

/** Which arcs a change travels along after an event. */
function travelling(event: GlobalEvent | null, state: GlobalState): readonly RegionCode[] {
  const last = state.last;
  if (!event || !last) return [];
  if (last.type === 'add') return last.added;
  if ((last.type === 'failover' || last.type === 'switchover') && last.ok) return state.secondaries;
  if (last.type === 'recover' && last.rejoined && last.region) return [last.region];
  return [];
}

function start(root: HTMLElement, s: GlobalStrings): () => void {
  const part = <E extends Element>(name: string): E => {
    const el = root.querySelector<E>(`[data-part="${name}"]`);
    if (!el) throw new Error(`global database figure has no [data-part="${name}"]`);
    return el;
  };
  const svg = part<SVGSVGElement>('picture');
  const live = part<HTMLElement>('live');
  const notice = part<HTMLElement>('notice');
  const controls = part<HTMLFieldSetElement>('controls');
  const regionBoxes = [...root.querySelectorAll<HTMLInputElement>('[data-part="region"]')];
  const target = part<HTMLSelectElement>('target');
  const playButton = part<HTMLButtonElement>('play');
  const stepInput = part<HTMLInputElement>('step');
  const stepValue = part<HTMLElement>('step-value');
  const speedSelect = part<HTMLSelectElement>('speed');
  const linkInput = part<HTMLInputElement>('link');
  const figureId = root.querySelector('figure')?.id ?? '';

  const motion = motionFor(window);
  const activity = createActivity(svg);
  const announcer = createAnnouncer(live);
  const decoded = readState(globalCodec, window.location.search);
  let state: GlobalState = decoded.state.state;
  const clock = createClock(TOUR, realScheduler(), decoded.state.step);
  if (decoded.error) notice.textContent = s.notice.malformed;

  const speed = (): number => clock.status().speed;

  function syncControls(): void {
    for (const input of regionBoxes) {
      const code = input.dataset['region'];
      if (!isRegion(code)) continue;
      input.checked = state.secondaries.includes(code);
      input.disabled = code === state.primary || code === state.outage;
    }
    for (const option of target.options) {
      const usable = isRegion(option.value) && state.secondaries.includes(option.value);
      option.disabled = !usable;
      option.hidden = !usable;
    }
    if (!(isRegion(target.value) && state.secondaries.includes(target.value))) {
      target.value = state.secondaries[0] ?? '';
    }
    linkInput.value = writeState(
      globalCodec,
      window.location.href,
      { state, step: clock.status().index },
      figureId || undefined,
    );
  }

  function syncClock(status: ClockStatus): void {
    playButton.textContent = status.playing ? s.controls.pause : s.controls.play;
    const text = s.controls.stepValue(status.index, status.length);
    stepInput.value = String(status.index);
    stepInput.setAttribute('aria-valuetext', text);
    stepValue.textContent = text;
    speedSelect.value = String(status.speed);
  }

  function render(event: GlobalEvent | null): void {
    const move = motion.duration(MOVE_MS / speed());
    draw(svg, state, s, move, activity);
    const codes = travelling(event, state);
    if (codes.length > 0) animateReplication(svg, codes, move, motion.duration(TRAVEL_MS / speed()), activity);
    syncControls();
  }

  /** A reader's own action: it pauses the tour and happens on top of where it stands. */
  function act(event: GlobalEvent): void {
    clock.pause();
    state = step(state, event);
    render(event);
    announcer.announce(sentenceFor(event, state, s));
  }

  const stopClock = clock.subscribe((status, change) => {
    syncClock(status);
    if (!change) return;
    let event: GlobalEvent | null = null;
    if ((change.cause === 'tick' || change.cause === 'next') && change.to === change.from + 1) {
      event = TOUR[change.to]?.event ?? null;
      if (event) state = step(state, event);
    } else {
      state = stateAt(change.to);
    }
    render(event);
    announcer.announce(tourText(change.to, state, s));
  });

  const stopMotion = motion.subscribe((reduced) => {
    if (reduced) render(null);
  });

  const listeners = new AbortController();
  const on = (el: EventTarget, type: string, handler: () => void): void => {
    el.addEventListener(type, handler, { signal: listeners.signal });
  };

  for (const input of regionBoxes) {
    on(input, 'change', () => {
      const code = input.dataset['region'];
      if (!isRegion(code)) return;
      act(input.checked ? { type: 'add', regions: [code] } : { type: 'remove', region: code });
    });
  }
  on(part('outage'), 'click', () => act({ type: 'outage' }));
  on(part('recover'), 'click', () => act({ type: 'recover' }));
  const promote = (type: 'failover' | 'switchover'): void => {
    const to = target.value;
    act({ type, to: isRegion(to) ? to : state.primary });
  };
  on(part('failover'), 'click', () => promote('failover'));
  on(part('switchover'), 'click', () => promote('switchover'));
  on(playButton, 'click', () => clock.toggle());
  on(part('previous'), 'click', () => clock.previous());
  on(part('next'), 'click', () => clock.next());
  on(part('replay'), 'click', () => clock.replay());
  on(stepInput, 'input', () => clock.seek(Number(stepInput.value)));
  on(speedSelect, 'change', () => clock.setSpeed(Number(speedSelect.value)));
  on(part('copy-link'), 'click', () => {
    syncControls();
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) {
      announcer.announce(s.link.copyFailed);
      return;
    }
    clipboard.writeText(linkInput.value).then(
      () => announcer.announce(s.link.copied),
      () => announcer.announce(s.link.copyFailed),
    );
  });

  // Adopt the server's picture, show the state the link asked for, and hand over the controls.
  render(null);
  syncClock(clock.status());
  const opening = statusOf(state, s);
  if (live.textContent !== opening) live.textContent = opening;
  controls.disabled = false;

  return () => {
    listeners.abort();
    stopClock();
    stopMotion();
    clock.destroy();
    motion.destroy();
    controls.disabled = true;
  };
}
