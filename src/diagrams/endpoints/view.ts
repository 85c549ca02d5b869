/**
 * The endpoints island's view: loaded only when the figure nears the
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
import { endpointsCodec } from './codec';
import { sentenceFor, statusOf, tourText } from './describe';
import { animateRequests, draw } from './draw';
import {
  BURST,
  LAG_INDEXES,
  LOADS,
  LONG_WAIT_MS,
  POOL_SIZES,
  REPLICA_IDS,
  replicaOf,
  SHORT_WAIT_MS,
  step,
  type EndpointsEvent,
  type EndpointsState,
  type LagIndex,
  type Load,
  type ReplicaId,
} from './model';
import type { EndpointsStrings } from './strings';
import { stateAt, TOUR } from './timeline';

/** One hop of a request's trip, ms at 1×. */
const LEG_MS = 380;
/** Geometry moves, ms at 1×. */
const MOVE_MS = 350;

function isLoad(value: string): value is Load {
  return (LOADS as readonly string[]).includes(value);
}

function asLag(value: string): LagIndex | null {
  return LAG_INDEXES.find((lag) => String(lag) === value) ?? null;
}

function asReplica(value: string | undefined): ReplicaId | null {
  return REPLICA_IDS.find((id) => String(id) === value) ?? null;
}

/** Only the page's language is downloaded. */
function loadStrings(locale: Locale): Promise<EndpointsStrings> {
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
      console.error('endpoints diagram could not start', error);
    });
  return () => {
    cancelled = true;
    stop?.();
  };
}

function start(root: HTMLElement, s: EndpointsStrings): () => void {
  const part = <E extends Element>(name: string): E => {
    const el = root.querySelector<E>(`[data-part="${name}"]`);
    if (!el) throw new Error(`endpoints figure has no [data-part="${name}"]`);
    return el;
  };
  const all = <E extends Element>(name: string): E[] => [...root.querySelectorAll<E>(`[data-part="${name}"]`)];

  const svg = part<SVGSVGElement>('picture');
  const live = part<HTMLElement>('live');
  const notice = part<HTMLElement>('notice');
  const controls = part<HTMLFieldSetElement>('controls');
  const lagSelect = part<HTMLSelectElement>('lag');
  const poolSelect = part<HTMLSelectElement>('pool');
  const loadSelect = part<HTMLSelectElement>('load');
  const members = all<HTMLInputElement>('member');
  const playButton = part<HTMLButtonElement>('play');
  const stepInput = part<HTMLInputElement>('step');
  const stepValue = part<HTMLElement>('step-value');
  const speedSelect = part<HTMLSelectElement>('speed');
  const linkInput = part<HTMLInputElement>('link');
  const figureId = root.querySelector('figure')?.id ?? '';

  const motion = motionFor(window);
  const activity = createActivity(svg);
  const announcer = createAnnouncer(live);
  const decoded = readState(endpointsCodec, window.location.search);
  let state: EndpointsState = decoded.state.state;
  const clock = createClock(TOUR, realScheduler(), decoded.state.step);
  if (decoded.error) notice.textContent = s.notice.malformed;

  const speed = (): number => clock.status().speed;

  function syncControls(): void {
    lagSelect.value = String(state.lag);
    poolSelect.value = String(state.service.length);
    loadSelect.value = state.load;
    for (const input of members) {
      const id = asReplica(input.dataset['replica']);
      const replica = id === null ? undefined : replicaOf(state, id);
      input.checked = replica?.analytics === true;
      input.disabled = replica === undefined || replica.readyAt !== null;
      const wrap = input.closest<HTMLElement>('[data-part="member-wrap"]');
      if (wrap) wrap.hidden = replica === undefined;
    }
    linkInput.value = writeState(
      endpointsCodec,
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

  function render(event: EndpointsEvent | null): void {
    draw(svg, state, s, motion.duration(MOVE_MS / speed()), activity);
    if (event && (event.type === 'write' || event.type === 'read' || event.type === 'report')) {
      animateRequests(svg, state, motion.duration(LEG_MS / speed()), activity);
    }
    syncControls();
  }

  /** A reader's own action: it pauses the tour and happens on top of where it stands. */
  function act(event: EndpointsEvent): void {
    clock.pause();
    state = step(state, event);
    render(event);
    announcer.announce(sentenceFor(event, state, s));
  }

  const stopClock = clock.subscribe((status, change) => {
    syncClock(status);
    if (!change) return;
    let event: EndpointsEvent | null = null;
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

  on(part('write'), 'click', () => act({ type: 'write' }));
  on(part('read-writer'), 'click', () => act({ type: 'read', via: 'writer' }));
  on(part('read-replica'), 'click', () => act({ type: 'read', via: 'reader' }));
  on(part('burst'), 'click', () => act({ type: 'read', via: 'reader', count: BURST }));
  on(part('wait-short'), 'click', () => act({ type: 'wait', ms: SHORT_WAIT_MS }));
  on(part('wait-long'), 'click', () => act({ type: 'wait', ms: LONG_WAIT_MS }));
  on(part('reconnect'), 'click', () => act({ type: 'reconnect' }));
  on(part('report'), 'click', () => act({ type: 'report' }));
  on(lagSelect, 'change', () => {
    const lag = asLag(lagSelect.value);
    if (lag !== null) act({ type: 'lag', lag });
  });
  on(poolSelect, 'change', () => {
    const size = Number(poolSelect.value);
    if (POOL_SIZES.includes(size)) act({ type: 'pool', size });
  });
  on(loadSelect, 'change', () => {
    if (isLoad(loadSelect.value)) act({ type: 'load', load: loadSelect.value });
  });
  for (const input of members) {
    on(input, 'change', () => {
      const replica = asReplica(input.dataset['replica']);
      if (replica !== null) act({ type: 'member', replica, on: input.checked });
    });
  }
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
