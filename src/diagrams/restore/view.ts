/**
 * The restore-options island's view: loaded only when the figure nears the
 * viewport (kit/island.ts), it adopts the server-rendered figure, enables the
 * controls and keeps picture, table, words and controls in step with the
 * model. It reads model state and draws it; all rules live in model.ts.
 */
import { createAnnouncer } from '../kit/announcer';
import { createClock, type ClockStatus } from '../kit/clock';
import { motionFor } from '../kit/motion';
import { realScheduler } from '../kit/scheduler';
import { applyScene, createActivity } from '../kit/scene-d3';
import { localeOf, type Locale } from '../kit/strings';
import { readState, writeState } from '../kit/url-state';
import { restoreCodec } from './codec';
import { momentSentence, sentenceFor, tableRows, tourText } from './describe';
import { sceneOf } from './layout';
import {
  DAY,
  ENGINES,
  HOUR,
  markAt,
  MARKS,
  retentionRange,
  step,
  TIMELINE_MINUTES,
  type Engine,
  type RestoreEvent,
  type RestoreState,
} from './model';
import type { RestoreStrings } from './strings';
import { stateAt, TOUR } from './timeline';

/** Geometry moves, ms at 1×. */
const MOVE_MS = 400;
/** A slider being dragged or arrowed is announced once it rests this long. */
const SETTLE_MS = 350;

function isEngine(value: string): value is Engine {
  return (ENGINES as readonly string[]).includes(value);
}

/** Only the page's language is downloaded. */
function loadStrings(locale: Locale): Promise<RestoreStrings> {
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
      console.error('restore diagram could not start', error);
    });
  return () => {
    cancelled = true;
    stop?.();
  };
}

function start(root: HTMLElement, s: RestoreStrings): () => void {
  const part = <E extends Element>(name: string): E => {
    const el = root.querySelector<E>(`[data-part="${name}"]`);
    if (!el) throw new Error(`restore figure has no [data-part="${name}"]`);
    return el;
  };

  const svg = part<SVGSVGElement>('picture');
  const live = part<HTMLElement>('live');
  const notice = part<HTMLElement>('notice');
  const tableCaption = part<HTMLElement>('table-caption');
  const controls = part<HTMLFieldSetElement>('controls');
  const slider = part<HTMLInputElement>('moment');
  const daysInput = part<HTMLInputElement>('days');
  const hoursInput = part<HTMLInputElement>('hours');
  const minutesInput = part<HTMLInputElement>('minutes');
  const markSelect = part<HTMLSelectElement>('mark');
  const engineSelect = part<HTMLSelectElement>('engine');
  const retentionInput = part<HTMLInputElement>('retention');
  const backtrackInput = part<HTMLInputElement>('backtrack');
  const playButton = part<HTMLButtonElement>('play');
  const stepInput = part<HTMLInputElement>('step');
  const stepValue = part<HTMLElement>('step-value');
  const speedSelect = part<HTMLSelectElement>('speed');
  const linkInput = part<HTMLInputElement>('link');
  const rows = new Map(
    [...root.querySelectorAll<HTMLTableRowElement>('tr[data-mechanism]')].map((tr) => [tr.dataset['mechanism'], tr]),
  );
  const figureId = root.querySelector('figure')?.id ?? '';

  const motion = motionFor(window);
  const activity = createActivity(svg);
  const announcer = createAnnouncer(live);
  const decoded = readState(restoreCodec, window.location.search);
  let state: RestoreState = decoded.state.state;
  const clock = createClock(TOUR, realScheduler(), decoded.state.step);
  if (decoded.error) notice.textContent = s.notice.malformed;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const speed = (): number => clock.status().speed;

  function syncControls(): void {
    const when = s.ago(state.ago);
    slider.value = String(TIMELINE_MINUTES - state.ago);
    slider.setAttribute('aria-valuetext', when);
    daysInput.value = String(Math.floor(state.ago / DAY));
    hoursInput.value = String(Math.floor((state.ago % DAY) / HOUR));
    minutesInput.value = String(state.ago % HOUR);
    markSelect.value = markAt(state.ago) ?? '';
    engineSelect.value = state.engine;
    const range = retentionRange(state.engine);
    retentionInput.min = String(range.min);
    retentionInput.value = String(state.retention);
    backtrackInput.value = String(state.backtrack);
    tableCaption.textContent = s.table.caption(when);
    for (const row of tableRows(state, s)) {
      const tr = rows.get(row.mechanism);
      if (!tr) continue;
      tr.className = row.ok ? 'is-ok' : 'is-no';
      const [answer, detail] = [tr.cells[1], tr.cells[2]];
      if (answer) answer.textContent = row.answer;
      if (detail) detail.textContent = row.detail;
    }
    linkInput.value = writeState(
      restoreCodec,
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

  function render(): void {
    applyScene(svg, sceneOf(state, s), { duration: motion.duration(MOVE_MS / speed()), activity });
    syncControls();
  }

  /** A reader's own action: it pauses the tour and happens on top of where it stands. */
  function act(event: RestoreEvent, announce: 'now' | 'settle' = 'now'): void {
    clock.pause();
    state = step(state, event);
    render();
    clearTimeout(settle);
    if (announce === 'now') {
      announcer.announce(sentenceFor(event, state, s));
      return;
    }
    settle = setTimeout(() => announcer.announce(sentenceFor(event, state, s)), SETTLE_MS);
  }

  /** The moment the three number fields spell, or null while one is not a whole number. */
  function fieldsMoment(): number | null {
    const parts = [daysInput, hoursInput, minutesInput].map((input) => input.valueAsNumber);
    if (parts.some((n) => !Number.isInteger(n))) return null;
    const [d = 0, h = 0, m = 0] = parts;
    return d * DAY + h * HOUR + m;
  }

  const stopClock = clock.subscribe((status, change) => {
    syncClock(status);
    if (!change) return;
    state = stateAt(change.to);
    render();
    announcer.announce(tourText(change.to, state, s));
  });

  const stopMotion = motion.subscribe((reduced) => {
    if (reduced) render();
  });

  const listeners = new AbortController();
  const on = (el: EventTarget, type: string, handler: () => void): void => {
    el.addEventListener(type, handler, { signal: listeners.signal });
  };

  on(slider, 'input', () => act({ type: 'moment', ago: TIMELINE_MINUTES - Number(slider.value) }, 'settle'));
  for (const input of [daysInput, hoursInput, minutesInput]) {
    on(input, 'change', () => {
      const ago = fieldsMoment();
      if (ago === null) syncControls();
      else act({ type: 'moment', ago });
    });
  }
  on(markSelect, 'change', () => {
    const mark = MARKS.find((m) => m.key === markSelect.value);
    if (mark) act({ type: 'moment', ago: mark.ago });
  });
  on(engineSelect, 'change', () => {
    if (isEngine(engineSelect.value)) act({ type: 'engine', engine: engineSelect.value });
  });
  on(retentionInput, 'change', () => {
    if (retentionInput.value === '') syncControls();
    else act({ type: 'retention', days: retentionInput.valueAsNumber });
  });
  on(backtrackInput, 'change', () => {
    if (backtrackInput.value === '') syncControls();
    else act({ type: 'backtrack', hours: backtrackInput.valueAsNumber });
  });
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
  applyScene(svg, sceneOf(state, s), { duration: 0, activity });
  syncControls();
  syncClock(clock.status());
  const opening = momentSentence(state, s);
  if (live.textContent !== opening) live.textContent = opening;
  controls.disabled = false;

  return () => {
    clearTimeout(settle);
    listeners.abort();
    stopClock();
    stopMotion();
    clock.destroy();
    motion.destroy();
    controls.disabled = true;
  };
}
