/**
 * The failover island's view: loaded only when the figure nears the viewport
 * (kit/island.ts), it adopts the server-rendered figure, enables the controls
 * and keeps picture, captions, panel, table and controls in step with the
 * timeline. It reads model state and draws it; all rules live in model.ts.
 *
 * Playing, the cursor sweeps from one step's time to the next at an even
 * pace (a linear transition of the clip that reveals what has happened);
 * with reduced motion every change lands at once.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { easeLinear } from 'd3-ease';
import { createAnnouncer } from '../kit/announcer';
import { createClock, type Clock, type ClockChange, type ClockStatus } from '../kit/clock';
import { motionFor } from '../kit/motion';
import { applyScene, createActivity } from '../kit/scene-d3';
import { realScheduler } from '../kit/scheduler';
import { localeOf, type Locale } from '../kit/strings';
import { readState, writeState } from '../kit/url-state';
import { codecFor, decodeSetup } from './codec';
import { captionLines, stepSentence, summaryLines, tableCells, TABLE_ROWS } from './describe';
import { idsFor, sceneOf, statusLines, xOf } from './layout';
import { DEFAULT_SEED, DEPLOYMENTS, MAX_SEED, proxyAllowed, type Deployment, type Lane, type Setup } from './model';
import type { FailoverStrings } from './strings';
import { failureIndex, indexAt, planOf, sweepMs, timeAt, type Plan } from './timeline';

const SWEEP = 'sweep';

function isDeployment(value: string): value is Deployment {
  return (DEPLOYMENTS as readonly string[]).includes(value);
}

/** Only the page's language is downloaded. */
function loadStrings(locale: Locale): Promise<FailoverStrings> {
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
      console.error('failover diagram could not start', error);
    });
  return () => {
    cancelled = true;
    stop?.();
  };
}

function start(root: HTMLElement, s: FailoverStrings): () => void {
  const part = <E extends Element>(name: string): E => {
    const el = root.querySelector<E>(`[data-part="${name}"]`);
    if (!el) throw new Error(`failover figure has no [data-part="${name}"]`);
    return el;
  };

  const svg = part<SVGSVGElement>('picture');
  const live = part<HTMLElement>('live');
  const notice = part<HTMLElement>('notice');
  const controls = part<HTMLFieldSetElement>('controls');
  const scenario = part<HTMLSelectElement>('scenario');
  const scenarioProxy = part<HTMLInputElement>('scenario-proxy');
  const compare = part<HTMLSelectElement>('compare');
  const compareProxy = part<HTMLInputElement>('compare-proxy');
  const playButton = part<HTMLButtonElement>('play');
  const slider = part<HTMLInputElement>('time');
  const sliderValue = part<HTMLElement>('time-value');
  const speedSelect = part<HTMLSelectElement>('speed');
  const linkInput = part<HTMLInputElement>('link');
  const when = part<HTMLElement>('caption-when');
  const captions = [part<HTMLElement>('caption-0'), part<HTMLElement>('caption-1')];
  const statuses = [part<HTMLElement>('status-0'), part<HTMLElement>('status-1')];
  const table = part<HTMLTableElement>('table');
  const base = root.dataset['base'] ?? 'failover';
  const ids = idsFor(base);

  const defaults = decodeSetup(root.dataset['setup'] ?? '') ?? {
    lanes: [{ deployment: 'multi-az-instance', proxy: false }],
    seed: DEFAULT_SEED,
  };
  const codec = codecFor(defaults);
  const motion = motionFor(window);
  const activity = createActivity(svg);
  const announcer = createAnnouncer(live);
  const scheduler = realScheduler();
  const decoded = readState(codec, window.location.search);
  if (decoded.error) notice.textContent = s.notice.malformed;

  let plan: Plan = planOf(decoded.state.setup);
  let clock: Clock = createClock(plan.steps, scheduler, decoded.state.step);
  let stopClock: () => void = () => {};
  let wasEnded = false;

  function syncSetupControls(): void {
    const [first, second] = plan.setup.lanes;
    if (first) {
      scenario.value = first.deployment;
      scenarioProxy.checked = first.proxy;
      scenarioProxy.disabled = !proxyAllowed(first.deployment);
    }
    compare.value = second ? second.deployment : 'none';
    compareProxy.checked = second?.proxy ?? false;
    compareProxy.disabled = !second || !proxyAllowed(second.deployment);
  }

  function syncTable(): void {
    const cells = tableCells(plan, s);
    const caption = table.querySelector('caption');
    if (caption) caption.textContent = cells.caption;
    const fill = (row: HTMLTableRowElement, texts: readonly string[], tag: 'th' | 'td'): void => {
      const existing = [...row.children].slice(1);
      texts.forEach((text, i) => {
        let cell = existing[i];
        if (!cell) {
          cell = document.createElement(tag);
          if (tag === 'th') cell.setAttribute('scope', 'col');
          row.append(cell);
        }
        cell.textContent = text;
      });
      for (const extra of existing.slice(texts.length)) extra.remove();
    };
    const head = table.querySelector<HTMLTableRowElement>('thead tr');
    if (head) fill(head, cells.head, 'th');
    for (const key of TABLE_ROWS) {
      const row = table.querySelector<HTMLTableRowElement>(`tr[data-row="${key}"]`);
      if (!row) continue;
      fill(row, cells.rows[key], 'td');
      row.hidden = key === 'proxy' && !cells.proxyRow;
    }
  }

  function syncLink(): void {
    linkInput.value = writeState(
      codec,
      window.location.href,
      { setup: plan.setup, step: clock.status().index },
      `${base}-diagram`,
    );
  }

  function syncClock(status: ClockStatus): void {
    playButton.textContent = status.playing ? s.controls.pause : s.controls.play;
    const text = s.when(timeAt(plan, status.index));
    slider.max = String(plan.steps.length - 1);
    slider.value = String(status.index);
    slider.setAttribute('aria-valuetext', text);
    sliderValue.textContent = text;
    speedSelect.value = String(status.speed);
  }

  /** Draws step `index`; after a forward tick the cursor sweeps there from `fromTime`. */
  function render(index: number, fromTime: number | null): void {
    const reveal = svg.querySelector<SVGRectElement>('[data-part="reveal"]');
    const cursor = svg.querySelector<SVGGElement>('[data-part="cursor"]');
    if (reveal) select(reveal).interrupt(SWEEP);
    if (cursor) select(cursor).interrupt(SWEEP);
    applyScene(svg, sceneOf(plan, index, s, ids), { duration: 0, activity });
    const time = timeAt(plan, index);
    const sweep = fromTime === null ? 0 : motion.duration(sweepMs(plan.window, fromTime, time) / clock.status().speed);
    if (sweep > 0 && reveal && cursor && fromTime !== null) {
      const fromX = xOf(plan.window, fromTime);
      const toX = xOf(plan.window, time);
      const widen = select(reveal)
        .attr('width', fromX)
        .transition(SWEEP)
        .duration(sweep)
        .ease(easeLinear)
        .attr('width', toX);
      activity.track(widen);
      const move = select(cursor)
        .attr('transform', `translate(${fromX},0)`)
        .transition(SWEEP)
        .duration(sweep)
        .ease(easeLinear)
        .attr('transform', `translate(${toX},0)`);
      activity.track(move);
    }
    when.textContent = s.when(time);
    captionLines(plan, index, s).forEach((text, i) => {
      const el = captions[i];
      if (el) el.textContent = text;
    });
    statusLines(plan, index, s).forEach((text, i) => {
      const el = statuses[i];
      if (el) el.textContent = text;
    });
    const two = plan.runs.length > 1;
    if (captions[1]) captions[1].hidden = !two;
    if (statuses[1]) statuses[1].hidden = !two;
    syncLink();
  }

  function onClock(status: ClockStatus, change: ClockChange | null): void {
    syncClock(status);
    if (!change) {
      if (status.ended && !wasEnded) announcer.announce(s.live.ended(summaryLines(plan, s)));
      wasEnded = status.ended;
      syncLink();
      return;
    }
    wasEnded = false;
    const forward = (change.cause === 'tick' || change.cause === 'next') && change.to === change.from + 1;
    render(change.to, forward ? timeAt(plan, change.from) : null);
    // While playing, only the milestones are read out; a reader's own move always is.
    const marks = plan.steps[change.to]?.event?.marks ?? [];
    if (change.cause !== 'tick' || marks.length > 0) announcer.announce(stepSentence(plan, change.to, s));
  }

  function attach(): void {
    stopClock = clock.subscribe(onClock);
  }

  /** New scenarios or timings: a new plan and clock, at the same moment if it still exists. */
  function replan(setup: Setup, say: (lines: string[]) => string): void {
    const time = timeAt(plan, clock.status().index);
    const speed = clock.status().speed;
    stopClock();
    clock.destroy();
    plan = planOf(setup);
    clock = createClock(plan.steps, scheduler, indexAt(plan, time));
    clock.setSpeed(speed);
    attach();
    syncSetupControls();
    syncTable();
    syncClock(clock.status());
    render(clock.status().index, null);
    announcer.announce(say(summaryLines(plan, s)));
  }

  function setupFromControls(): Setup {
    const lanes: Lane[] = [];
    if (isDeployment(scenario.value)) {
      lanes.push({ deployment: scenario.value, proxy: scenarioProxy.checked && proxyAllowed(scenario.value) });
    }
    if (isDeployment(compare.value)) {
      lanes.push({ deployment: compare.value, proxy: compareProxy.checked && proxyAllowed(compare.value) });
    }
    return { lanes: lanes.length > 0 ? lanes : defaults.lanes, seed: plan.setup.seed };
  }

  const stopMotion = motion.subscribe((reduced) => {
    if (reduced) render(clock.status().index, null);
  });

  const listeners = new AbortController();
  const on = (el: EventTarget, type: string, handler: () => void): void => {
    el.addEventListener(type, handler, { signal: listeners.signal });
  };

  for (const el of [scenario, scenarioProxy, compare, compareProxy]) {
    on(el, 'change', () => replan(setupFromControls(), (lines) => s.live.showing(lines)));
  }
  on(part('reroll'), 'click', () => {
    const seed = plan.setup.seed >= MAX_SEED ? 0 : plan.setup.seed + 1;
    replan({ ...plan.setup, seed }, (lines) => s.live.rerolled(seed, lines));
  });
  on(part('fail'), 'click', () => {
    clock.seek(failureIndex(plan));
    clock.play();
  });
  on(playButton, 'click', () => clock.toggle());
  on(part('previous'), 'click', () => clock.previous());
  on(part('next'), 'click', () => clock.next());
  on(part('replay'), 'click', () => clock.replay());
  on(slider, 'input', () => clock.seek(Number(slider.value)));
  on(speedSelect, 'change', () => clock.setSpeed(Number(speedSelect.value)));
  on(part('copy-link'), 'click', () => {
    syncLink();
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
  attach();
  syncSetupControls();
  syncTable();
  syncClock(clock.status());
  render(clock.status().index, null);
  const opening = s.live.showing(summaryLines(plan, s));
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
