/**
 * The quorum island's view: loaded only when the figure nears the viewport
 * (kit/island.ts), it adopts the server-rendered figure, enables the
 * controls and keeps picture, words and controls in step with the model.
 * It reads model state and draws it; all rules live in model.ts.
 */
import { createAnnouncer } from '../kit/announcer';
import { createClock, type ClockStatus } from '../kit/clock';
import { motionFor } from '../kit/motion';
import { realScheduler } from '../kit/scheduler';
import { createActivity } from '../kit/scene-d3';
import { localeOf, type Locale } from '../kit/strings';
import { readState, writeState } from '../kit/url-state';
import { quorumCodec } from './codec';
import { panelLines, sentenceFor, statusOf, tourText } from './describe';
import { animateRequest, draw } from './draw';
import {
  ALL_COPY_IDS,
  AZS,
  azDown,
  copyOf,
  shown,
  step,
  type Az,
  type CopyId,
  type Design,
  type QuorumEvent,
  type QuorumState,
} from './model';
import type { QuorumStrings } from './strings';
import { stateAt, TOUR } from './timeline';

/** One leg of a request's trip, ms at 1×. */
const LEG_MS = 450;
/** Geometry moves, ms at 1×. */
const MOVE_MS = 350;

function isDesign(value: string): value is Design {
  return value === 'aurora' || value === 'classic';
}

function isAz(value: string | undefined): value is Az {
  return value !== undefined && (AZS as readonly string[]).includes(value);
}

function isCopyId(value: string | undefined): value is CopyId {
  return value !== undefined && (ALL_COPY_IDS as readonly string[]).includes(value);
}

/** Only the page's language is downloaded. */
function loadStrings(locale: Locale): Promise<QuorumStrings> {
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
      console.error('quorum diagram could not start', error);
    });
  return () => {
    cancelled = true;
    stop?.();
  };
}

function start(root: HTMLElement, s: QuorumStrings): () => void {
  const part = <E extends Element>(name: string): E => {
    const el = root.querySelector<E>(`[data-part="${name}"]`);
    if (!el) throw new Error(`quorum figure has no [data-part="${name}"]`);
    return el;
  };
  const all = <E extends Element>(name: string): E[] => [...root.querySelectorAll<E>(`[data-part="${name}"]`)];

  const svg = part<SVGSVGElement>('picture');
  const live = part<HTMLElement>('live');
  const notice = part<HTMLElement>('notice');
  const controls = part<HTMLFieldSetElement>('controls');
  const designs = all<HTMLInputElement>('design');
  const azBoxes = all<HTMLInputElement>('az');
  const copyBoxes = all<HTMLInputElement>('copy');
  const playButton = part<HTMLButtonElement>('play');
  const stepInput = part<HTMLInputElement>('step');
  const stepValue = part<HTMLOutputElement>('step-value');
  const speedSelect = part<HTMLSelectElement>('speed');
  const linkInput = part<HTMLInputElement>('link');
  const panel = {
    rules: part<HTMLElement>('panel-rules'),
    write: part<HTMLElement>('panel-write'),
    read: part<HTMLElement>('panel-read'),
    other: part<HTMLElement>('panel-other'),
  };
  const figureId = root.querySelector('figure')?.id ?? '';

  const motion = motionFor(window);
  const activity = createActivity(svg);
  const announcer = createAnnouncer(live);
  const decoded = readState(quorumCodec, window.location.search);
  let state: QuorumState = decoded.state.state;
  const clock = createClock(TOUR, realScheduler(), decoded.state.step);
  if (decoded.error) notice.textContent = s.notice.malformed;

  const speed = (): number => clock.status().speed;

  function syncControls(): void {
    const group = shown(state);
    for (const input of designs) input.checked = input.value === state.show;
    for (const input of azBoxes) {
      const az = input.dataset['az'];
      if (isAz(az)) input.checked = azDown(state, az);
    }
    for (const input of copyBoxes) {
      const id = input.dataset['copy'];
      if (!isCopyId(id)) continue;
      const copy = copyOf(group, id);
      input.checked = copy?.health === 'down';
      const wrap = input.closest<HTMLElement>('[data-part="copy-wrap"]');
      if (wrap) wrap.hidden = copy === undefined;
    }
    const lines = panelLines(state, s);
    panel.rules.textContent = lines.rules;
    panel.write.textContent = lines.write;
    panel.read.textContent = lines.read;
    panel.other.textContent = lines.other;
    linkInput.value = writeState(
      quorumCodec,
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

  function render(event: QuorumEvent | null): void {
    const moving = motion.duration(MOVE_MS / speed());
    draw(svg, state, s, moving, activity);
    if (event && (event.type === 'write' || event.type === 'read')) {
      animateRequest(svg, state, motion.duration(LEG_MS / speed()), activity);
    }
    syncControls();
  }

  /** A reader's own action: it pauses the tour and happens on top of where it stands. */
  function act(event: QuorumEvent): void {
    clock.pause();
    state = step(state, event);
    render(event);
    announcer.announce(sentenceFor(event, state, s));
  }

  const stopClock = clock.subscribe((status, change) => {
    syncClock(status);
    if (!change) return;
    let event: QuorumEvent | null = null;
    if ((change.cause === 'tick' || change.cause === 'next') && change.to === change.from + 1) {
      event = TOUR[change.to]?.event ?? null;
      if (event) state = step(state, event);
    } else {
      state = stateAt(change.to, state.show);
    }
    render(event);
    announcer.announce(tourText(change.to, state, s));
  });

  const stopMotion = motion.subscribe((reduced) => {
    if (reduced) render(null);
  });

  const listeners = new AbortController();
  const on = (el: EventTarget, type: string, handler: (event: Event) => void): void => {
    el.addEventListener(type, handler, { signal: listeners.signal });
  };

  for (const input of designs) {
    on(input, 'change', () => {
      if (input.checked && isDesign(input.value)) act({ type: 'show', design: input.value });
    });
  }
  for (const input of azBoxes) {
    on(input, 'change', () => {
      const az = input.dataset['az'];
      if (isAz(az)) act({ type: input.checked ? 'fail' : 'restore', targets: [{ az }] });
    });
  }
  for (const input of copyBoxes) {
    on(input, 'change', () => {
      const copy = input.dataset['copy'];
      if (isCopyId(copy)) act({ type: input.checked ? 'fail' : 'restore', targets: [{ copy }] });
    });
  }
  on(part('write'), 'click', () => act({ type: 'write' }));
  on(part('read'), 'click', () => act({ type: 'read' }));
  on(part('repair'), 'click', () => act({ type: 'repair' }));
  on(playButton, 'click', () => clock.toggle());
  on(part('previous'), 'click', () => clock.previous());
  on(part('next'), 'click', () => clock.next());
  on(part('replay'), 'click', () => clock.replay());
  on(stepInput, 'input', () => clock.seek(Number(stepInput.value)));
  on(speedSelect, 'change', () => clock.setSpeed(Number(speedSelect.value)));
  on(part('copy-link'), 'click', () => {
    syncControls();
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

  // Adopt the server's picture, show the state the link asked for, and hand over the controls.
  render(null);
  syncClock(clock.status());
  const opening = `${statusOf(shown(state), s).replace(/^./, (c) => c.toUpperCase())}.`;
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
