/**
 * The caching-patterns island's view: adopts the server-rendered figure,
 * enables the controls and keeps the picture, the counters and the words in
 * step with the model. A read or write sends a dot along each hop of its
 * path, one after another (nothing moves when the reader prefers less
 * motion). The patterns' rules live in model.ts.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { createAnnouncer } from '../kit/announcer';
import { createClock, type ClockStatus } from '../kit/clock';
import { motionFor } from '../kit/motion';
import { realScheduler } from '../kit/scheduler';
import { applyScene, createActivity, type Activity } from '../kit/scene-d3';
import { localeOf, type Locale } from '../kit/strings';
import { readState, writeState } from '../kit/url-state';
import { cachingCodec } from './codec';
import { compareRows, countersOf, sentenceFor, statusOf, tourText } from './describe';
import { hopPath, sceneOf } from './layout';
import {
  isKey,
  isStrategy,
  isTtl,
  shown,
  step,
  WAIT_SECONDS,
  type CachingEvent,
  type CachingState,
  type Key,
} from './model';
import type { CachingStrings } from './strings';
import { stateAt, TOUR } from './timeline';

/** One hop, ms at 1×. */
const HOP_MS = 380;
const MESSAGE = 'message';

function loadStrings(locale: Locale): Promise<CachingStrings> {
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
      console.error('caching diagram could not start', error);
    });
  return () => {
    cancelled = true;
    stop?.();
  };
}

/** Sends a dot along each hop of the shown pattern's last request, one after another. */
function animateHops(svg: SVGSVGElement, state: CachingState, hopMs: number, activity: Activity): void {
  const layer = svg.querySelector<SVGGElement>('[data-key="messages"]');
  if (!layer) return;
  select(layer).selectAll('circle').interrupt(MESSAGE).remove();
  const last = shown(state).last;
  if (hopMs <= 0 || !last || (last.type !== 'read' && last.type !== 'write')) return;
  last.hops.forEach((hop, i) => {
    const [from, to] = hopPath(hop);
    const dot = select(layer)
      .append('circle')
      .attr('class', `c-msg is-${hop}`)
      .attr('r', 6)
      .attr('cx', from.x)
      .attr('cy', from.y)
      .attr('opacity', 0);
    const moving = dot
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

function start(root: HTMLElement, s: CachingStrings): () => void {
  const part = <E extends Element>(name: string): E => {
    const el = root.querySelector<E>(`[data-part="${name}"]`);
    if (!el) throw new Error(`caching figure has no [data-part="${name}"]`);
    return el;
  };
  const all = <E extends Element>(name: string): E[] => [...root.querySelectorAll<E>(`[data-part="${name}"]`)];
  const svg = part<SVGSVGElement>('picture');
  const live = part<HTMLElement>('live');
  const notice = part<HTMLElement>('notice');
  const controls = part<HTMLFieldSetElement>('controls');
  const strategies = all<HTMLInputElement>('strategy');
  const keys = all<HTMLInputElement>('key');
  const ttlSelect = part<HTMLSelectElement>('ttl');
  const playButton = part<HTMLButtonElement>('play');
  const stepInput = part<HTMLInputElement>('step');
  const stepValue = part<HTMLElement>('step-value');
  const speedSelect = part<HTMLSelectElement>('speed');
  const linkInput = part<HTMLInputElement>('link');
  const compare = part<HTMLTableSectionElement>('compare');
  const counterCells = all<HTMLElement>('counter');
  const figureId = root.querySelector('figure')?.id ?? '';

  const motion = motionFor(window);
  const activity = createActivity(svg);
  const announcer = createAnnouncer(live);
  const decoded = readState(cachingCodec, window.location.search);
  let state: CachingState = decoded.state.state;
  const clock = createClock(TOUR, realScheduler(), decoded.state.step);
  if (decoded.error) notice.textContent = s.notice.malformed;

  const speed = (): number => clock.status().speed;

  function syncControls(): void {
    for (const input of strategies) input.checked = input.value === state.show;
    ttlSelect.value = String(state.ttl);
    const facts = countersOf(shown(state));
    for (const cell of counterCells) {
      const name = cell.dataset['counter'];
      if (name === 'ratio') cell.textContent = facts.ratio === null ? s.counters.none : s.counters.percent(facts.ratio);
      else if (name === 'reads' || name === 'hits' || name === 'misses' || name === 'stale' || name === 'keys') {
        cell.textContent = String(facts[name]);
      }
    }
    const doc = compare.ownerDocument;
    compare.replaceChildren(
      ...compareRows(state, s).map((row) => {
        const tr = doc.createElement('tr');
        if (row.strategy === state.show) tr.className = 'is-shown';
        const th = doc.createElement('th');
        th.scope = 'row';
        th.textContent = row.name;
        tr.append(th);
        for (const cell of row.cells) {
          const td = doc.createElement('td');
          td.textContent = cell;
          tr.append(td);
        }
        return tr;
      }),
    );
    linkInput.value = writeState(cachingCodec, window.location.href, { state, step: clock.status().index }, figureId || undefined);
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
    animateHops(svg, state, animate ? motion.duration(HOP_MS / speed()) : 0, activity);
    syncControls();
  }

  function act(event: CachingEvent): void {
    clock.pause();
    const before = state;
    state = step(state, event);
    render(event.type === 'read' || event.type === 'write');
    announcer.announce(sentenceFor(event, before, state, s));
  }

  const stopClock = clock.subscribe((status, change) => {
    syncClock(status);
    if (!change) return;
    const event = TOUR[change.to]?.event;
    const sequential = (change.cause === 'tick' || change.cause === 'next') && change.to === change.from + 1;
    const before = sequential ? state : stateAt(change.to - 1, state.show);
    state = sequential && event ? step(state, event) : stateAt(change.to, state.show);
    render(sequential && (event?.type === 'read' || event?.type === 'write'));
    announcer.announce(tourText(change.to, before, state, s));
  });

  const stopMotion = motion.subscribe((reduced) => {
    if (reduced) render(false);
  });

  const listeners = new AbortController();
  const on = (el: EventTarget, type: string, handler: (event: Event) => void): void => {
    el.addEventListener(type, handler, { signal: listeners.signal });
  };
  const chosenKey = (): Key | null => {
    const value = keys.find((input) => input.checked)?.value;
    return isKey(value) ? value : null;
  };

  for (const input of strategies) {
    on(input, 'change', () => {
      if (input.checked && isStrategy(input.value)) act({ type: 'show', strategy: input.value });
    });
  }
  on(ttlSelect, 'change', () => {
    const ttl = Number(ttlSelect.value);
    if (isTtl(ttl)) act({ type: 'ttl', ttl });
  });
  on(part('read'), 'click', () => {
    const key = chosenKey();
    if (key) act({ type: 'read', key });
  });
  on(part('write'), 'click', () => {
    const key = chosenKey();
    if (key) act({ type: 'write', key });
  });
  on(part('wait'), 'click', () => act({ type: 'wait', seconds: WAIT_SECONDS }));
  on(part('replace'), 'click', () => act({ type: 'replace' }));
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
