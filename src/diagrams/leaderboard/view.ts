/**
 * The leaderboard island's view: adopts the server-rendered figure, enables
 * the controls and keeps the ranking, the command log and the words in step
 * with the model. Rows slide to their new places (no motion when the reader
 * prefers less). The sorted set's rules live in sorted-set.ts and model.ts.
 */
import { createAnnouncer } from '../kit/announcer';
import { createClock, type ClockStatus } from '../kit/clock';
import { motionFor } from '../kit/motion';
import { realScheduler } from '../kit/scheduler';
import { applyScene, createActivity } from '../kit/scene-d3';
import { localeOf, type Locale } from '../kit/strings';
import { readState, writeState } from '../kit/url-state';
import { leaderboardCodec } from './codec';
import { commandLines, openingOf, sentenceFor, tourText } from './describe';
import { sceneOf } from './layout';
import { isPlayer, step, TOP_SIZES, type LeaderboardEvent, type LeaderboardState, type TopSize } from './model';
import type { LeaderboardStrings } from './strings';
import { stateAt, TOUR } from './timeline';

/** Rows slide this long, ms at 1×. */
const MOVE_MS = 500;
/** The log keeps this many lines. */
const LOG_LINES = 14;

function isTopSize(value: number): value is TopSize {
  return (TOP_SIZES as readonly number[]).includes(value);
}

function loadStrings(locale: Locale): Promise<LeaderboardStrings> {
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
      console.error('leaderboard diagram could not start', error);
    });
  return () => {
    cancelled = true;
    stop?.();
  };
}

function start(root: HTMLElement, s: LeaderboardStrings): () => void {
  const part = <E extends Element>(name: string): E => {
    const el = root.querySelector<E>(`[data-part="${name}"]`);
    if (!el) throw new Error(`leaderboard figure has no [data-part="${name}"]`);
    return el;
  };
  const svg = part<SVGSVGElement>('picture');
  const live = part<HTMLElement>('live');
  const notice = part<HTMLElement>('notice');
  const controls = part<HTMLFieldSetElement>('controls');
  const playerSelect = part<HTMLSelectElement>('player');
  const pointsInput = part<HTMLInputElement>('points');
  const topSelect = part<HTMLSelectElement>('top-size');
  const log = part<HTMLElement>('log');
  const playButton = part<HTMLButtonElement>('play');
  const stepInput = part<HTMLInputElement>('step');
  const stepValue = part<HTMLElement>('step-value');
  const speedSelect = part<HTMLSelectElement>('speed');
  const linkInput = part<HTMLInputElement>('link');
  const figureId = root.querySelector('figure')?.id ?? '';

  const motion = motionFor(window);
  const activity = createActivity(svg);
  const announcer = createAnnouncer(live);
  const decoded = readState(leaderboardCodec, window.location.search);
  let state: LeaderboardState = decoded.state.state;
  const clock = createClock(TOUR, realScheduler(), decoded.state.step);
  if (decoded.error) notice.textContent = s.notice.malformed;
  let lines: string[] = [];

  const speed = (): number => clock.status().speed;

  function syncLog(): void {
    log.textContent = lines.length === 0 ? s.log.empty : lines.join('\n');
  }

  function record(next: LeaderboardState, fresh: boolean): void {
    const added = (next.last?.commands ?? []).flatMap(commandLines);
    lines = fresh ? added : [...lines, ...added].slice(-LOG_LINES);
    syncLog();
  }

  function syncLink(): void {
    linkInput.value = writeState(
      leaderboardCodec,
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
    syncLink();
  }

  function act(event: LeaderboardEvent): void {
    clock.pause();
    const before = state;
    state = step(state, event);
    render();
    record(state, false);
    announcer.announce(sentenceFor(event, before, state, s));
  }

  const stopClock = clock.subscribe((status, change) => {
    syncClock(status);
    if (!change) return;
    const event = TOUR[change.to]?.event;
    const sequential = (change.cause === 'tick' || change.cause === 'next') && change.to === change.from + 1;
    const before = sequential ? state : stateAt(change.to - 1);
    state = sequential && event ? step(state, event) : stateAt(change.to);
    render();
    record(state, !sequential);
    announcer.announce(tourText(change.to, before, state, s));
  });

  const stopMotion = motion.subscribe((reduced) => {
    if (reduced) applyScene(svg, sceneOf(state, s), { duration: 0, activity });
  });

  const listeners = new AbortController();
  const on = (el: EventTarget, type: string, handler: (event: Event) => void): void => {
    el.addEventListener(type, handler, { signal: listeners.signal });
  };
  const chosen = (): string => playerSelect.value;
  const amount = (): number => {
    const value = Number(pointsInput.value);
    return pointsInput.value.trim() === '' || !Number.isFinite(value) ? 0 : value;
  };

  on(part('incr'), 'click', () => {
    const member = chosen();
    if (isPlayer(member)) act({ type: 'incr', member, by: amount() });
  });
  on(part('add'), 'click', () => {
    const member = chosen();
    if (isPlayer(member)) act({ type: 'add', member, score: amount() });
  });
  on(part('remove'), 'click', () => {
    const member = chosen();
    if (isPlayer(member)) act({ type: 'remove', member });
  });
  on(part('rank'), 'click', () => {
    const member = chosen();
    if (isPlayer(member)) act({ type: 'rank', member });
  });
  on(part('top'), 'click', () => {
    const n = Number(topSelect.value);
    if (isTopSize(n)) act({ type: 'top', n });
  });
  on(part('round'), 'click', () => act({ type: 'round' }));
  on(playButton, 'click', () => clock.toggle());
  on(part('previous'), 'click', () => clock.previous());
  on(part('next'), 'click', () => clock.next());
  on(part('replay'), 'click', () => clock.replay());
  on(stepInput, 'input', () => clock.seek(Number(stepInput.value)));
  on(speedSelect, 'change', () => clock.setSpeed(Number(speedSelect.value)));
  on(part('copy-link'), 'click', () => {
    syncLink();
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
  syncLink();
  syncLog();
  syncClock(clock.status());
  const opening = openingOf(state, s);
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
