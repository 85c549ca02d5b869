/**
 * The storage-autoscaling island's view: loaded only when the figure nears
 * the viewport (kit/island.ts), it adopts the server-rendered figure, enables
 * the controls and keeps chart, table and words in step with the model.
 * The rule itself lives in model.ts; this file only reads state and draws it.
 */
import { createAnnouncer } from '../kit/announcer';
import { createClock, type ClockStatus } from '../kit/clock';
import { motionFor } from '../kit/motion';
import { realScheduler } from '../kit/scheduler';
import { applyScene, createActivity } from '../kit/scene-d3';
import { localeOf, type Locale } from '../kit/strings';
import { readState, writeState } from '../kit/url-state';
import { autoscalingCodec } from './codec';
import { dayStepText, eventRows, momentOf, settingText, summaryOf } from './describe';
import { clockTime, gib } from './format';
import { sceneOf } from './layout';
import { PARAM_NAMES, step, type AutoscalingState, type ParamName } from './model';
import type { AutoscalingStrings } from './strings';
import { DAY, HOUR_MS } from './timeline';

/** Settings changes redraw at once; a jump in time glides this long, ms at 1×. */
const MOVE_MS = 300;

function isParamName(value: string | undefined): value is ParamName {
  return value !== undefined && (PARAM_NAMES as readonly string[]).includes(value);
}

function loadStrings(locale: Locale): Promise<AutoscalingStrings> {
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
      root.dataset['island'] = 'failed';
      console.error('storage-autoscaling diagram could not start', error);
    });
  return () => {
    cancelled = true;
    stop?.();
  };
}

function start(root: HTMLElement, s: AutoscalingStrings): () => void {
  const part = <E extends Element>(name: string): E => {
    const el = root.querySelector<E>(`[data-part="${name}"]`);
    if (!el) throw new Error(`storage-autoscaling figure has no [data-part="${name}"]`);
    return el;
  };
  const svg = part<SVGSVGElement>('picture');
  const live = part<HTMLElement>('live');
  const notice = part<HTMLElement>('notice');
  const controls = part<HTMLFieldSetElement>('controls');
  const inputs = [...root.querySelectorAll<HTMLInputElement>('[data-part="param"]')];
  const playButton = part<HTMLButtonElement>('play');
  const timeInput = part<HTMLInputElement>('time');
  const timeValue = part<HTMLElement>('time-value');
  const speedSelect = part<HTMLSelectElement>('speed');
  const linkInput = part<HTMLInputElement>('link');
  const momentLine = part<HTMLElement>('moment');
  const rowsBody = part<HTMLTableSectionElement>('rows');
  const figureId = root.querySelector('figure')?.id ?? '';

  const motion = motionFor(window);
  const activity = createActivity(svg);
  const announcer = createAnnouncer(live);
  const decoded = readState(autoscalingCodec, window.location.search);
  let state: AutoscalingState = decoded.state;
  const clock = createClock(DAY, realScheduler(), state.hour);
  if (decoded.error) notice.textContent = s.notice.malformed;

  const speed = (): number => clock.status().speed;

  function syncInputs(): void {
    for (const input of inputs) {
      const name = input.dataset['name'];
      if (isParamName(name)) input.value = String(state.params[name]);
    }
  }

  function syncTable(): void {
    const rows = eventRows(state, s);
    const doc = rowsBody.ownerDocument;
    const out: HTMLTableRowElement[] = [];
    if (rows.length === 0) {
      const tr = doc.createElement('tr');
      const td = doc.createElement('td');
      td.colSpan = 3;
      td.textContent = s.table.nothing;
      tr.append(td);
      out.push(tr);
    }
    for (const row of rows) {
      const tr = doc.createElement('tr');
      const th = doc.createElement('th');
      th.scope = 'row';
      th.textContent = row.time;
      const what = doc.createElement('td');
      what.textContent = row.what;
      const allocated = doc.createElement('td');
      allocated.textContent = gib(row.allocated);
      tr.append(th, what, allocated);
      out.push(tr);
    }
    rowsBody.replaceChildren(...out);
  }

  function syncWords(): void {
    momentLine.textContent = momentOf(state, s);
    syncTable();
    linkInput.value = writeState(autoscalingCodec, window.location.href, state, figureId || undefined);
  }

  function syncClock(status: ClockStatus): void {
    playButton.textContent = status.playing ? s.controls.pause : s.controls.play;
    const text = s.controls.timeValue(clockTime(status.index * 60));
    timeInput.value = String(status.index);
    timeInput.setAttribute('aria-valuetext', text);
    timeValue.textContent = text;
    speedSelect.value = String(status.speed);
  }

  function render(duration: number): void {
    applyScene(svg, sceneOf(state, s), { duration, activity });
    syncWords();
  }

  const stopClock = clock.subscribe((status, change) => {
    syncClock(status);
    if (!change) return;
    const event = DAY[change.to]?.event;
    if (event) state = step(state, event);
    const ticking = (change.cause === 'tick' || change.cause === 'next') && change.to === change.from + 1;
    render(motion.duration((ticking ? HOUR_MS * 0.9 : MOVE_MS) / speed()));
    announcer.announce(dayStepText(change.to, state, s));
  });

  const stopMotion = motion.subscribe((reduced) => {
    if (reduced) render(0);
  });

  const listeners = new AbortController();
  const on = (el: EventTarget, type: string, handler: (event: Event) => void): void => {
    el.addEventListener(type, handler, { signal: listeners.signal });
  };

  for (const input of inputs) {
    on(input, 'change', () => {
      const name = input.dataset['name'];
      if (!isParamName(name)) return;
      const value = input.value.trim() === '' ? Number.NaN : Number(input.value);
      if (!Number.isFinite(value)) {
        syncInputs();
        return;
      }
      clock.pause();
      const before = state;
      state = step(state, { type: 'set', name, value });
      syncInputs();
      render(0);
      announcer.announce(settingText(name, before, state, s));
    });
  }
  on(playButton, 'click', () => {
    const status = clock.status();
    if (!status.playing && status.index >= status.length - 1) clock.replay();
    else clock.toggle();
  });
  on(part('previous'), 'click', () => clock.previous());
  on(part('next'), 'click', () => clock.next());
  on(timeInput, 'input', () => clock.seek(Number(timeInput.value)));
  on(speedSelect, 'change', () => clock.setSpeed(Number(speedSelect.value)));
  on(part('copy-link'), 'click', () => {
    syncWords();
    const url = linkInput.value;
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) {
      announcer.announce(s.link.copyFailed);
      return;
    }
    clipboard.writeText(url).then(
      () => announcer.announce(s.link.copied),
      () => announcer.announce(s.link.copyFailed),
    );
  });

  syncInputs();
  render(0);
  syncClock(clock.status());
  const opening = summaryOf(state, s);
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
