/**
 * The cloning island's view: loaded only when the figure nears the viewport
 * (kit/island.ts), it adopts the server-rendered figure, enables the
 * controls and keeps picture, words and controls in step with the model.
 * It reads model state and draws it; all rules live in model.ts.
 */
import { createAnnouncer } from '../kit/announcer';
import { createClock, type ClockStatus } from '../kit/clock';
import { motionFor } from '../kit/motion';
import { realScheduler } from '../kit/scheduler';
import { applyScene, createActivity } from '../kit/scene-d3';
import { localeOf, type Locale } from '../kit/strings';
import { readState, writeState } from '../kit/url-state';
import { cloneCodec } from './codec';
import { actingCluster, panelLines, sentenceFor, tallyText, tourText } from './describe';
import { sceneOf } from './layout';
import { live, step, type CloneEvent, type CloneState } from './model';
import type { CloneStrings } from './strings';
import { stateAt, TOUR } from './timeline';

/** Geometry moves, ms at 1×. */
const MOVE_MS = 450;

/** Only the page's language is downloaded. */
function loadStrings(locale: Locale): Promise<CloneStrings> {
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
      console.error('clone diagram could not start', error);
    });
  return () => {
    cancelled = true;
    stop?.();
  };
}

function start(root: HTMLElement, s: CloneStrings): () => void {
  const part = <E extends Element>(name: string): E => {
    const el = root.querySelector<E>(`[data-part="${name}"]`);
    if (!el) throw new Error(`clone figure has no [data-part="${name}"]`);
    return el;
  };

  const svg = part<SVGSVGElement>('picture');
  const live_ = part<HTMLElement>('live');
  const notice = part<HTMLElement>('notice');
  const panel = part<HTMLUListElement>('panel');
  const controls = part<HTMLFieldSetElement>('controls');
  const clusterSelect = part<HTMLSelectElement>('cluster');
  const pageSelect = part<HTMLSelectElement>('page');
  const sizeSelect = part<HTMLSelectElement>('size');
  const playButton = part<HTMLButtonElement>('play');
  const stepInput = part<HTMLInputElement>('step');
  const stepValue = part<HTMLElement>('step-value');
  const speedSelect = part<HTMLSelectElement>('speed');
  const linkInput = part<HTMLInputElement>('link');
  const figureId = root.querySelector('figure')?.id ?? '';

  const motion = motionFor(window);
  const activity = createActivity(svg);
  const announcer = createAnnouncer(live_);
  const decoded = readState(cloneCodec, window.location.search);
  let state: CloneState = decoded.state.state;
  let acting = 0;
  const clock = createClock(TOUR, realScheduler(), decoded.state.step);
  if (decoded.error) notice.textContent = s.notice.malformed;

  const speed = (): number => clock.status().speed;

  function syncClusters(): void {
    acting = actingCluster(state, acting);
    const options = live(state).map((cluster) => {
      const option = document.createElement('option');
      option.value = String(cluster.number);
      option.textContent = s.name(cluster.number);
      option.selected = cluster.number === acting;
      return option;
    });
    const same =
      options.length === clusterSelect.options.length &&
      options.every((o, i) => clusterSelect.options[i]?.value === o.value);
    if (!same) clusterSelect.replaceChildren(...options);
    clusterSelect.value = String(acting);
  }

  function syncControls(): void {
    syncClusters();
    sizeSelect.value = String(state.size);
    const lines = panelLines(state, s);
    const items = [lines.shared, ...lines.own.map((o) => o.text), lines.total, lines.compare].map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    });
    panel.replaceChildren(...items);
    linkInput.value = writeState(
      cloneCodec,
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
  function act(event: CloneEvent): void {
    clock.pause();
    state = step(state, event);
    render();
    announcer.announce(sentenceFor(event, state, s));
  }

  const stopClock = clock.subscribe((status, change) => {
    syncClock(status);
    if (!change) return;
    state = stateAt(change.to, state.size);
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

  on(clusterSelect, 'change', () => {
    acting = Number(clusterSelect.value);
    syncControls();
  });
  on(part('write'), 'click', () => act({ type: 'write', cluster: acting, page: Number(pageSelect.value) }));
  on(part('clone'), 'click', () => act({ type: 'clone', cluster: acting }));
  on(part('remove'), 'click', () => act({ type: 'delete', cluster: acting }));
  on(sizeSelect, 'change', () => act({ type: 'size', size: Number(sizeSelect.value) }));
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
  const opening = tallyText(state, s);
  if (live_.textContent !== opening) live_.textContent = opening;
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
