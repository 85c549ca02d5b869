/**
 * The failover island's view (kit/frame.ts runs it): draws the timeline at
 * the clock's step and sweeps the cursor forward while it plays (nothing
 * moves when the reader prefers less motion). A new scenario or new timings
 * make a new plan and a new tour at the same moment. The timings come from
 * the model (model.ts, timeline.ts); this file only draws them.
 */
import { select } from 'd3-selection';
import { easeLinear } from 'd3-ease';
import { defineView } from '../kit/frame';
import { applyScene } from '../kit/scene-d3';
import { stopMoving } from '../kit/transitions';
import { oneOf } from '../kit/one-of';
import { codecFor, decodeSetup, type FailoverLink } from './codec';
import { captionLines, stepSentence, summaryLines, tableCells, TABLE_ROWS } from './describe';
import { idsFor, sceneOf, statusLines, xOf } from './layout';
import { DEFAULT_SEED, DEPLOYMENTS, MAX_SEED, proxyAllowed, type Lane, type Setup } from './model';
import type { FailoverStrings } from './strings';
import { failureIndex, indexAt, planOf, sweepMs, timeAt, type Plan } from './timeline';

const SWEEP = 'sweep';

const isDeployment = oneOf(DEPLOYMENTS);

const defaultsOf = (root: HTMLElement): Setup =>
  decodeSetup(root.dataset['setup'] ?? '') ?? { lanes: [{ deployment: 'multi-az-instance', proxy: false }], seed: DEFAULT_SEED };

/** Writes `texts` into a table row after its header cell, adding or removing cells to fit. */
function fill(row: HTMLTableRowElement, texts: readonly string[], tag: 'th' | 'td'): void {
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
}

export const { mount } = defineView<FailoverStrings, FailoverLink>({
  codec: (root) => codecFor(defaultsOf(root)),
  timeline: (linked) => ({ steps: planOf(linked.setup).steps, index: linked.step }),
  start(frame, linked) {
    const { s, svg, activity, part, on } = frame;
    const scenario = part<HTMLSelectElement>('scenario');
    const scenarioProxy = part<HTMLInputElement>('scenario-proxy');
    const compare = part<HTMLSelectElement>('compare');
    const compareProxy = part<HTMLInputElement>('compare-proxy');
    const when = part('caption-when');
    const captions = [part('caption-0'), part('caption-1')];
    const statuses = [part('status-0'), part('status-1')];
    const table = part<HTMLTableElement>('table');
    const drawn = part<HTMLFieldSetElement>('drawn');
    const tabs = [part<HTMLInputElement>('drawn-0'), part<HTMLInputElement>('drawn-1')];
    const ids = idsFor(frame.root.dataset['base'] ?? 'failover');
    const defaults = defaultsOf(frame.root);
    let plan: Plan = planOf(linked.setup);
    let wasEnded = false;
    /** The timeline drawn on a phone (the narrow picture draws one at a time). */
    let shown = 0;

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
      if (!second) shown = 0;
      drawn.hidden = !second;
      tabs.forEach((tab, i) => (tab.checked = i === shown));
    }

    function syncTable(): void {
      const cells = tableCells(plan, s);
      const caption = table.querySelector('caption');
      if (caption) caption.textContent = cells.caption;
      const head = table.querySelector<HTMLTableRowElement>('thead tr');
      if (head) fill(head, cells.head, 'th');
      for (const key of TABLE_ROWS) {
        const row = table.querySelector<HTMLTableRowElement>(`tr[data-row="${key}"]`);
        if (!row) continue;
        fill(row, cells.rows[key], 'td');
        row.hidden = key === 'proxy' && !cells.proxyRow;
      }
    }

    /** Draws step `index`; after a forward tick the cursor sweeps there from `fromTime`. */
    function render(index: number, fromTime: number | null): void {
      const reveal = svg.querySelector<SVGRectElement>('[data-part="reveal"]');
      const cursor = svg.querySelector<SVGGElement>('[data-part="cursor"]');
      if (reveal) stopMoving(select(reveal), SWEEP);
      if (cursor) stopMoving(select(cursor), SWEEP);
      applyScene(svg, sceneOf(plan, index, s, ids, frame.fit, shown), { duration: 0, activity });
      const time = timeAt(plan, index);
      const sweep = fromTime === null ? 0 : frame.duration(sweepMs(plan.window, fromTime, time));
      if (sweep > 0 && reveal && cursor && fromTime !== null) {
        const [fromX, toX] = [xOf(plan.window, fromTime, frame.fit), xOf(plan.window, time, frame.fit)];
        const widen = select(reveal).attr('width', fromX).transition(SWEEP).duration(sweep).ease(easeLinear);
        activity.track(widen.attr('width', toX));
        const move = select(cursor).attr('transform', `translate(${fromX},0)`).transition(SWEEP).duration(sweep);
        activity.track(move.ease(easeLinear).attr('transform', `translate(${toX},0)`));
      }
      when.textContent = s.when(time);
      captionLines(plan, index, s).forEach((text, i) => {
        if (captions[i]) captions[i].textContent = text;
      });
      statusLines(plan, index, s).forEach((text, i) => {
        if (statuses[i]) statuses[i].textContent = text;
      });
      const two = plan.runs.length > 1;
      if (captions[1]) captions[1].hidden = !two;
      if (statuses[1]) statuses[1].hidden = !two;
    }

    /** New scenarios or timings: a new plan and tour, at the same moment if it still exists. */
    function replan(setup: Setup, say: (lines: string[]) => string): void {
      const time = timeAt(plan, frame.clock.status().index);
      plan = planOf(setup);
      frame.retime(plan.steps, indexAt(plan, time));
      syncSetupControls();
      syncTable();
      render(frame.clock.status().index, null);
      frame.refreshLink();
      frame.announce(say(summaryLines(plan, s)));
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

    for (const el of [scenario, scenarioProxy, compare, compareProxy]) {
      on(el, 'change', () => replan(setupFromControls(), (lines) => s.live.showing(lines)));
    }
    tabs.forEach((tab, i) =>
      on(tab, 'change', () => {
        shown = i;
        render(frame.clock.status().index, null);
      }),
    );
    on(part('reroll'), 'click', () => {
      const seed = plan.setup.seed >= MAX_SEED ? 0 : plan.setup.seed + 1;
      replan({ ...plan.setup, seed }, (lines) => s.live.rerolled(seed, lines));
    });
    on(part('fail'), 'click', () => {
      frame.clock.seek(failureIndex(plan));
      frame.clock.play();
    });

    return {
      render() {
        syncSetupControls();
        syncTable();
        render(frame.clock.status().index, null);
      },
      tour(change) {
        wasEnded = false;
        const forward = (change.cause === 'tick' || change.cause === 'next') && change.to === change.from + 1;
        render(change.to, forward ? timeAt(plan, change.from) : null);
        // While playing, only the milestones are read out; a reader's own move always is.
        const marks = plan.steps[change.to]?.event?.marks ?? [];
        if (change.cause !== 'tick' || marks.length > 0) frame.announce(stepSentence(plan, change.to, s));
      },
      idle(status) {
        if (status.ended && !wasEnded) frame.announce(s.live.ended(summaryLines(plan, s)));
        wasEnded = status.ended;
      },
      stepText: (status) => s.when(timeAt(plan, status.index)),
      link: () => ({ setup: plan.setup, step: frame.clock.status().index }),
      opening: () => s.live.showing(summaryLines(plan, s)),
    };
  },
});
