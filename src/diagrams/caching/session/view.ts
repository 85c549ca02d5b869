/**
 * The session-store island's view: adopts the server-rendered figure,
 * enables the controls and keeps the picture and the words in step with the
 * model. A login or request sends a dot along its path (not when the reader
 * prefers less motion). The rules live in model.ts.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { createAnnouncer } from '../../kit/announcer';
import { createClock, type ClockStatus } from '../../kit/clock';
import { motionFor } from '../../kit/motion';
import { realScheduler } from '../../kit/scheduler';
import { applyScene, createActivity, type Activity } from '../../kit/scene-d3';
import { localeOf, type Locale } from '../../kit/strings';
import { readState, writeState } from '../../kit/url-state';
import { sessionCodec } from './codec';
import { sentenceFor, statusOf, tourText } from './describe';
import { BALANCER_IN, BALANCER_OUT, CACHE_IN, instanceIn, instanceOut, sceneOf, servedBy, USER_OUT, type Point } from './layout';
import { isStore, step, type SessionEvent, type SessionState } from './model';
import type { SessionStrings } from './strings';
import { stateAt, TOUR } from './timeline';

const HOP_MS = 360;
const MESSAGE = 'message';

function loadStrings(locale: Locale): Promise<SessionStrings> {
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
      console.error('session-store diagram could not start', error);
    });
  return () => {
    cancelled = true;
    stop?.();
  };
}

function animatePath(svg: SVGSVGElement, state: SessionState, hopMs: number, activity: Activity): void {
  const layer = svg.querySelector<SVGGElement>('[data-key="messages"]');
  if (!layer) return;
  select(layer).selectAll('circle').interrupt(MESSAGE).remove();
  const instance = servedBy(state);
  if (hopMs <= 0 || !instance) return;
  const hops: Array<readonly [Point, Point]> = [
    [USER_OUT, BALANCER_IN],
    [BALANCER_OUT, instanceIn(instance)],
  ];
  if (state.store === 'cache') hops.push([instanceOut(instance), CACHE_IN]);
  hops.forEach(([from, to], i) => {
    const moving = select(layer)
      .append('circle')
      .attr('class', 's-msg')
      .attr('r', 6)
      .attr('cx', from.x)
      .attr('cy', from.y)
      .attr('opacity', 0)
      .transition(MESSAGE)
      .delay(i * hopMs)
      .duration(0)
      .attr('opacity', 1)
      .transition()
      .duration(hopMs * 0.9)
      .attr('cx', to.x)
      .attr('cy', to.y)
      .remove();
    activity.track(moving);
  });
}

function start(root: HTMLElement, s: SessionStrings): () => void {
  const part = <E extends Element>(name: string): E => {
    const el = root.querySelector<E>(`[data-part="${name}"]`);
    if (!el) throw new Error(`session-store figure has no [data-part="${name}"]`);
    return el;
  };
  const svg = part<SVGSVGElement>('picture');
  const live = part<HTMLElement>('live');
  const notice = part<HTMLElement>('notice');
  const controls = part<HTMLFieldSetElement>('controls');
  const stores = [...root.querySelectorAll<HTMLInputElement>('[data-part="store"]')];
  const waits = [...root.querySelectorAll<HTMLButtonElement>('[data-part="wait"]')];
  const playButton = part<HTMLButtonElement>('play');
  const stepInput = part<HTMLInputElement>('step');
  const stepValue = part<HTMLElement>('step-value');
  const speedSelect = part<HTMLSelectElement>('speed');
  const linkInput = part<HTMLInputElement>('link');
  const figureId = root.querySelector('figure')?.id ?? '';

  const motion = motionFor(window);
  const activity = createActivity(svg);
  const announcer = createAnnouncer(live);
  const decoded = readState(sessionCodec, window.location.search);
  let state: SessionState = decoded.state.state;
  const clock = createClock(TOUR, realScheduler(), decoded.state.step);
  if (decoded.error) notice.textContent = s.notice.malformed;

  const speed = (): number => clock.status().speed;

  function syncControls(): void {
    for (const input of stores) input.checked = input.value === state.store;
    linkInput.value = writeState(sessionCodec, window.location.href, { state, step: clock.status().index }, figureId || undefined);
  }

  function syncClock(status: ClockStatus): void {
    playButton.textContent = status.playing ? s.controls.pause : s.controls.play;
    const text = s.controls.stepValue(status.index, status.length);
    stepInput.value = String(status.index);
    stepInput.setAttribute('aria-valuetext', text);
    stepValue.textContent = text;
    speedSelect.value = String(status.speed);
  }

  function render(animate: boolean): void {
    applyScene(svg, sceneOf(state, s), { duration: motion.duration(300 / speed()), activity });
    animatePath(svg, state, animate ? motion.duration(HOP_MS / speed()) : 0, activity);
    syncControls();
  }

  function act(event: SessionEvent): void {
    clock.pause();
    state = step(state, event);
    render(event.type === 'login' || event.type === 'request');
    announcer.announce(sentenceFor(state, s));
  }

  const stopClock = clock.subscribe((status, change) => {
    syncClock(status);
    if (!change) return;
    const event = TOUR[change.to]?.event;
    const sequential = (change.cause === 'tick' || change.cause === 'next') && change.to === change.from + 1;
    state = sequential && event ? step(state, event) : stateAt(change.to);
    render(sequential && (event?.type === 'login' || event?.type === 'request'));
    announcer.announce(tourText(change.to, state, s));
  });

  const stopMotion = motion.subscribe((reduced) => {
    if (reduced) render(false);
  });

  const listeners = new AbortController();
  const on = (el: EventTarget, type: string, handler: (event: Event) => void): void => {
    el.addEventListener(type, handler, { signal: listeners.signal });
  };

  for (const input of stores) {
    on(input, 'change', () => {
      if (input.checked && isStore(input.value)) act({ type: 'store', store: input.value });
    });
  }
  on(part('login'), 'click', () => act({ type: 'login' }));
  on(part('request'), 'click', () => act({ type: 'request' }));
  for (const button of waits) {
    on(button, 'click', () => act({ type: 'wait', minutes: Number(button.dataset['minutes']) }));
  }
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

  applyScene(svg, sceneOf(state, s), { duration: 0, activity });
  syncControls();
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
