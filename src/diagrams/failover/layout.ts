/**
 * The failover picture as a scene (kit/scene.ts): for each lane, one row per
 * part of the system (application, proxy, endpoint, cluster volume, each DB
 * instance) drawn as bars over a shared time axis in seconds, and the writes,
 * one tick each, in the row of their outcome. The whole run is outlined; what
 * has happened up to the cursor is filled in (a clip path reveals it), so the
 * static picture already shows the shape of the run. Pure: the server
 * serialises it, the view joins it with d3.
 */
import { NARROW_WIDTH, type Fit } from '../kit/fit';
import { h, picture, type SceneNode } from '../kit/scene';
import { textWidth, wrap } from '../kit/text-width';
import {
  appView,
  laneAt,
  lostWrites,
  milestonesOf,
  statusOf,
  writeCounts,
  type LaneState,
  type Run,
  type Window,
  type WriteStatus,
} from './model';
import { resultOf, summaryLines } from './describe';
import type { FailoverStrings } from './strings';
import { stateAt, timeAt, type Plan } from './timeline';

/**
 * Where things stand, per layout (kit/fit.ts). Wide: row labels in a column on
 * the left of a shared time axis, one line per row. Narrow (a phone): the time
 * axis spans the whole picture and each row's label sits on its own line above
 * its bar; the writes' outcome rows name themselves inside the plot; long lane
 * names and results wrap; the legend is one line under the axis.
 */
interface Geometry {
  readonly width: number;
  readonly labelX: number;
  readonly x0: number;
  readonly x1: number;
  /** Where the first lane starts (the cursor's time box sits above it). */
  readonly top: number;
  /** One wrapped line of a lane name or result. */
  readonly line: number;
  /** A row: its label's baseline, its bar's top, and the bar label's baseline, from the row's top. */
  readonly row: { readonly height: number; readonly label: number; readonly bar: number; readonly text: number };
  readonly barH: number;
  /** The writes: one row per outcome. */
  readonly writes: { readonly sub: number };
  readonly laneGap: number;
  readonly axis: { readonly height: number; readonly ticks: number; readonly notes: number; readonly legend: number; readonly most: number };
  readonly cursor: { readonly width: number; readonly height: number };
  /** The tabs' row, on a phone comparing two timelines. */
  readonly tabs: number;
  /** The size of small text, in units (for what fits in a bar). */
  readonly text: number;
}

const GEOMETRY: Readonly<Record<Fit, Geometry>> = {
  wide: {
    width: 720,
    labelX: 8,
    x0: 186,
    x1: 706,
    top: 26,
    line: 22,
    row: { height: 22, label: 15, bar: 3, text: 15 },
    barH: 16,
    writes: { sub: 14 },
    laneGap: 10,
    axis: { height: 44, ticks: 18, notes: 34, legend: 2, most: 9 },
    cursor: { width: 60, height: 18 },
    tabs: 0,
    text: 13,
  },
  narrow: {
    width: NARROW_WIDTH,
    labelX: 6,
    x0: 8,
    x1: 312,
    top: 26,
    line: 19,
    row: { height: 35, label: 14, bar: 18, text: 31 },
    barH: 16,
    writes: { sub: 16 },
    laneGap: 12,
    axis: { height: 66, ticks: 19, notes: 37, legend: 42, most: 6 },
    cursor: { width: 64, height: 21 },
    tabs: 30,
    text: 14,
  },
};

export const WIDTH = GEOMETRY.wide.width;
export const X0 = GEOMETRY.wide.x0;
export const X1 = GEOMETRY.wide.x1;

/** The plot's left and right edges and the picture's width in a layout. */
export function plotOf(fit: Fit): { readonly x0: number; readonly x1: number; readonly width: number } {
  const g = GEOMETRY[fit];
  return { x0: g.x0, x1: g.x1, width: g.width };
}

export interface SceneIds {
  /** id of the picture's <title>. */
  readonly title: string;
  /** id of the clip path that reveals what has happened. */
  readonly clip: string;
}

export function idsFor(base: string): SceneIds {
  return { title: `${base}-picture-title`, clip: `${base}-past` };
}

export function xOf(window: Window, t: number, fit: Fit = 'wide'): number {
  const { x0, x1 } = GEOMETRY[fit];
  const clamped = Math.min(Math.max(t, window.start), window.end);
  return x0 + ((clamped - window.start) / (window.end - window.start)) * (x1 - x0);
}

type Tone = 'ok' | 'bad' | 'warn' | 'accent' | 'neutral';

interface BarValue {
  readonly tone: Tone;
  readonly label: string;
  /** For a bar too narrow for `label`. */
  readonly short: string;
}

interface Segment extends BarValue {
  readonly from: number;
  readonly to: number;
}

interface RowSpec {
  readonly key: string;
  readonly label: string;
  /** The row's value in a state, or null for no bar. */
  readonly value: (state: LaneState) => BarValue | null;
}

function rowsOf(run: Run, s: FailoverStrings): RowSpec[] {
  const d = run.lane.deployment;
  const rows: RowSpec[] = [
    {
      key: 'app',
      label: s.rows.app,
      value: (st) => {
        const view = appView(st);
        return {
          tone: view === 'ok' ? 'ok' : view === 'waiting' ? 'warn' : 'bad',
          label: s.bars.app[view],
          short: s.bars.appShort[view],
        };
      },
    },
  ];
  if (run.lane.proxy) {
    rows.push({
      key: 'proxy',
      label: s.rows.proxy,
      value: (st) =>
        st.proxyTarget === null
          ? { tone: 'warn', label: s.bars.proxyWaiting, short: s.bars.proxyWaitingShort }
          : { tone: 'neutral', label: s.bars.to(st.proxyTarget), short: s.bars.to(st.proxyTarget) },
    });
  }
  rows.push({
    key: 'endpoint',
    label: s.rows.endpoint(d),
    value: (st) => ({ tone: 'neutral', label: s.bars.to(st.endpoint), short: s.bars.to(st.endpoint) }),
  });
  if (d === 'aurora' || d === 'aurora-no-replica') {
    rows.push({
      key: 'volume',
      label: s.rows.volume,
      value: () => ({ tone: 'ok', label: s.bars.volume, short: s.bars.volumeShort }),
    });
  }
  for (const n of laneAt(run, run.window.start).nodes) {
    rows.push({
      key: `node-${n.id}`,
      label: s.rows.node(n.id, n.az),
      value: (st) => {
        const now = st.nodes.find((x) => x.id === n.id);
        if (!now || now.role === 'absent') return null;
        const tone: Tone =
          now.role === 'primary'
            ? 'accent'
            : now.role === 'failed'
              ? 'bad'
              : now.role === 'promoting' || now.role === 'creating'
                ? 'warn'
                : 'neutral';
        return {
          tone,
          label: s.bars.role(now.role, d, now.tier, now.lag, false),
          short: s.bars.role(now.role, d, now.tier, now.lag, true),
        };
      },
    });
  }
  return rows;
}

interface Cut {
  readonly from: number;
  readonly to: number;
  readonly state: LaneState;
}

const cutCache = new WeakMap<Run, readonly Cut[]>();

/** The lane between milestones: it only changes at them. Computed once per run. */
function cutsOf(run: Run): readonly Cut[] {
  const known = cutCache.get(run);
  if (known) return known;
  const { start, end } = run.window;
  const times = [start, ...milestonesOf(run.lane, run.timings).map((m) => m.at)].filter((t) => t >= start && t < end);
  const cuts = times
    .map((from, i) => ({ from, to: times[i + 1] ?? end, state: laneAt(run, from) }))
    .filter((c) => c.to > c.from);
  cutCache.set(run, cuts);
  return cuts;
}

/** A row's bars over the whole window, from the lane's state at the start and at each milestone. */
function segmentsOf(run: Run, row: RowSpec): Segment[] {
  const out: Segment[] = [];
  cutsOf(run).forEach(({ from, to, state }) => {
    const value = row.value(state);
    const last = out[out.length - 1];
    if (value && last && last.to === from && last.tone === value.tone && last.label === value.label) {
      out[out.length - 1] = { ...last, to };
    } else if (value) {
      out.push({ ...value, from, to });
    }
  });
  return out;
}

/** Text on as many lines as `width` needs, one node each (keys `key`, `key-1`, …). */
function lines(key: string, cls: string, x: number, y: number, pitch: number, text: string[]): SceneNode[] {
  return text.map((line, i) => h('text', i === 0 ? key : `${key}-${i}`, { class: cls, x, y: y + i * pitch }, line));
}

/** How one lane's vertical space is shared, from its top: name, rows, writes, result. */
interface LaneBands {
  readonly name: string[];
  readonly result: { readonly pending: string[]; readonly measured: string[] };
  readonly rowsTop: number;
  readonly writesTop: number;
  readonly resultTop: number;
  readonly height: number;
}

const SUB_ROWS: readonly Exclude<WriteStatus, 'held'>[] = ['acked', 'failed', 'lost'];

function bandsOf(run: Run, s: FailoverStrings, fit: Fit): LaneBands {
  const g = GEOMETRY[fit];
  const room = g.x1 - g.labelX;
  const name = wrap(s.lane(run.lane), room, 15);
  const result = { pending: wrap(s.resultPending, room, g.text + 1), measured: wrap(s.result(resultOf(run)), room, g.text + 1) };
  const rowsTop = name.length * g.line;
  const writesTop = rowsTop + rowsOf(run, s).length * g.row.height + 2;
  const resultTop = writesTop + SUB_ROWS.length * g.writes.sub + 6;
  const height = resultTop + Math.max(result.pending.length, result.measured.length) * g.line;
  return { name, result, rowsTop, writesTop, resultTop, height };
}

function subRowOf(status: WriteStatus): number {
  return status === 'acked' ? 0 : status === 'lost' ? 2 : 1;
}

function laneNode(
  run: Run,
  state: LaneState,
  index: number,
  top: number,
  time: number,
  s: FailoverStrings,
  clip: string,
  fit: Fit,
): SceneNode {
  const g = GEOMETRY[fit];
  const x = (t: number): number => xOf(run.window, t, fit);
  const bands = bandsOf(run, s, fit);
  const rows = rowsOf(run, s);
  // On a phone the labels stand inside the plot: a halo keeps them clear of the failure line.
  const halo = fit === 'narrow' ? ' f-halo' : '';
  const past: SceneNode[] = [];
  const future: SceneNode[] = [];
  const labels: SceneNode[] = [];
  rows.forEach((row, r) => {
    const y = top + bands.rowsTop + r * g.row.height;
    labels.push(h('text', `label-${row.key}`, { class: `f-row-label${halo}`, x: g.labelX, y: y + g.row.label }, row.label));
    segmentsOf(run, row).forEach((seg, i) => {
      const left = x(seg.from);
      const width = Math.max(0, x(seg.to) - left);
      const box = { x: left, y: y + g.row.bar, width, height: g.barH, rx: 3 };
      const key = `${row.key}-${i}`;
      future.push(h('rect', key, { class: `f-bar-future f-${seg.tone}`, ...box }));
      past.push(h('rect', key, { class: `f-bar f-${seg.tone}`, ...box }));
      const text = [seg.label, seg.short].find((t) => textWidth(t, g.text) + 8 <= width) ?? '';
      labels.push(
        h('text', `bar-${key}`, { class: 'f-bar-label', x: left + width / 2, y: y + g.row.text, 'text-anchor': 'middle' }, text),
      );
    });
  });

  // Writes: one tick each, in the sub-row of its outcome at this moment.
  const writesTop = top + bands.writesTop;
  const subTop = writesTop;
  // Wide: the outcomes right-aligned before the plot. Narrow: "Writes" and the outcomes beside it
  // inside the plot, on a halo over the ticks.
  const narrow = fit === 'narrow';
  const outcomeX = narrow ? g.labelX + textWidth(s.rows.writes, g.text) + 10 : g.x0 - 6;
  labels.push(
    h('text', 'label-writes', { class: narrow ? 'f-row-label f-halo' : 'f-row-label', x: g.labelX, y: subTop + g.writes.sub - 3 }, s.rows.writes),
  );
  SUB_ROWS.forEach((status, i) => {
    labels.push(
      h(
        'text',
        `label-writes-${status}`,
        {
          class: narrow ? 'f-sub-label f-halo' : 'f-sub-label',
          x: outcomeX,
          y: subTop + i * g.writes.sub + g.writes.sub - 3,
          'text-anchor': narrow ? 'start' : 'end',
        },
        s.rows.outcome[status],
      ),
    );
  });
  const lag = run.lane.deployment === 'replica-promotion' ? run.timings.lag : 0;
  if (lag > 0) {
    const left = x(-lag);
    const band = { x: left, y: subTop, width: x(0) - left, height: SUB_ROWS.length * g.writes.sub };
    future.push(h('rect', 'lag', { class: 'f-lag-future', ...band }));
    past.push(h('rect', 'lag', { class: 'f-lag', ...band }));
    labels.push(
      h(
        'text',
        'lag-label',
        {
          class: 'f-sub-label f-halo',
          // After the failure line, and on a phone after the outcome's own word on the same row.
          x: narrow ? Math.max(x(0) + 4, outcomeX + textWidth(s.rows.outcome.lost, g.text) + 10) : x(0) + 4,
          y: subTop + 3 * g.writes.sub - 3,
        },
        s.bars.lag(lag),
      ),
    );
  }
  const lost = new Set(lostWrites(state).map((w) => w.id));
  const ticks: SceneNode[] = [];
  const sub = g.writes.sub;
  for (const write of state.writes) {
    const status = statusOf(write, lost);
    const y = subTop + subRowOf(status) * sub;
    const at = x(write.issuedAt);
    const waitedUntil = write.ackedAt ?? (status === 'failed' || status === 'held' ? time : null);
    if (waitedUntil !== null && waitedUntil > write.issuedAt && status !== 'lost') {
      ticks.push(
        h('line', `l${write.id}`, {
          class: status === 'acked' ? 'f-waited' : 'f-waiting',
          x1: at,
          x2: x(waitedUntil),
          y1: y + sub / 2,
          y2: y + sub / 2,
        }),
      );
    }
    ticks.push(
      h('rect', `w${write.id}`, { class: `f-tick f-tick-${status}`, x: at - 1.5, y: y + 2, width: 3, height: sub - 4 }),
    );
  }
  past.push(h('g', 'writes', {}, ticks));

  // Nothing is measured before it has happened: the result appears once this lane has recovered.
  const measured = state.resumedAt !== null && time >= state.resumedAt;
  const result = measured ? bands.result.measured : bands.result.pending;

  return h(
    'g',
    `lane${index}`,
    { class: 'f-lane', 'data-deployment': run.lane.deployment, 'data-proxy': run.lane.proxy ? 'on' : 'off' },
    [
      ...lines('name', `f-lane-name${halo}`, g.labelX, top + 15, g.line, bands.name),
      h('g', 'future', {}, future),
      h('g', 'past', { 'clip-path': `url(#${clip})` }, past),
      h('g', 'labels', {}, [...labels, ...lines('result', 'f-result', g.labelX, top + bands.resultTop + 14, g.line, result)]),
    ],
  );
}

/** Above the lanes on a phone comparing two timelines: the tabs choosing the one drawn. */
function headOf(plan: Plan, fit: Fit): number {
  return fit === 'narrow' && plan.runs.length > 1 ? GEOMETRY[fit].tabs : 0;
}

/**
 * The lanes drawn, each with its index, top and bands: every lane when wide; on a phone only lane `shown`
 * (two timelines stacked would be twice as tall as the screen allows the sticky picture).
 */
function lanesOf(plan: Plan, s: FailoverStrings, fit: Fit, shown: number): { index: number; top: number; bands: LaneBands }[] {
  const g = GEOMETRY[fit];
  const drawn = fit === 'narrow' ? [Math.min(Math.max(shown, 0), plan.runs.length - 1)] : plan.runs.map((_, i) => i);
  let top = g.top + headOf(plan, fit);
  return drawn.flatMap((index, k) => {
    const run = plan.runs[index];
    if (!run) return [];
    if (k > 0) top += g.laneGap;
    const bands = bandsOf(run, s, fit);
    const out = { index, top, bands };
    top += bands.height;
    return [out];
  });
}

/** The tabs of a phone's picture: pressing one presses the radio button that draws its timeline. */
function tabsNode(plan: Plan, s: FailoverStrings, fit: Fit, shown: number): SceneNode {
  const g = GEOMETRY[fit];
  if (headOf(plan, fit) === 0) return h('g', 'tabs', {}, []);
  const width = (g.width - 2 * g.labelX - 8) / 2;
  return h(
    'g',
    'tabs',
    {},
    s.picture.tabs.map((label, i) =>
      h('g', `tab-${i}`, { class: i === shown ? 'f-tab is-shown' : 'f-tab', 'data-press': `[data-part="drawn-${i}"]` }, [
        h('rect', 'box', { x: g.labelX + i * (width + 8), y: 2, width, height: g.tabs - 6, rx: 4 }),
        h('text', 'label', { x: g.labelX + i * (width + 8) + width / 2, y: g.tabs - 10, 'text-anchor': 'middle' }, label),
      ]),
    ),
  );
}

/**
 * The time cursor as vertical segments that stop short of each lane's result lines, so the cursor never
 * runs over their words; on a phone, where the labels stand inside the plot, it also stops short of every
 * label it would cross at `x`.
 */
function cursorSegments(
  plan: Plan,
  s: FailoverStrings,
  fit: Fit,
  shown: number,
  x: number,
  from: number,
  to: number,
): { y1: number; y2: number }[] {
  const g = GEOMETRY[fit];
  const crosses = (text: string, size = g.text): boolean => x >= g.labelX - 3 && x <= g.labelX + textWidth(text, size) + 3;
  const gaps: { y1: number; y2: number }[] = [];
  for (const { index, top, bands } of lanesOf(plan, s, fit, shown)) {
    const run = plan.runs[index];
    if (!run) continue;
    if (fit === 'narrow') {
      if (bands.name.some((line) => crosses(line, 15))) gaps.push({ y1: top, y2: top + bands.rowsTop });
      rowsOf(run, s).forEach((row, r) => {
        const y = top + bands.rowsTop + r * g.row.height;
        if (crosses(row.label)) gaps.push({ y1: y, y2: y + g.row.bar - 1 });
      });
      const outcomes = SUB_ROWS.map((status) => s.rows.outcome[status]).reduce((a, b) => (textWidth(a, g.text) > textWidth(b, g.text) ? a : b));
      if (crosses(`${s.rows.writes} ${outcomes}`)) {
        gaps.push({ y1: top + bands.writesTop, y2: top + bands.writesTop + SUB_ROWS.length * g.writes.sub });
      }
    }
    gaps.push({ y1: top + bands.resultTop, y2: top + bands.height - 2 });
  }
  const segments: { y1: number; y2: number }[] = [];
  let y = from;
  for (const gap of gaps) {
    if (gap.y1 > y) segments.push({ y1: y, y2: gap.y1 });
    y = Math.max(y, gap.y2);
  }
  if (to > y) segments.push({ y1: y, y2: to });
  return segments;
}

const TICK_STEPS = [1, 2, 5, 10, 20, 30, 60, 120];

/** Axis ticks: at most `most` + 1 round numbers of seconds (about 8 wide, 6 on a phone), always including 0. */
export function axisTicks(window: Window, most = GEOMETRY.wide.axis.most): number[] {
  const span = window.end - window.start;
  const stepSize = TICK_STEPS.find((t) => span / t <= most) ?? 120;
  const ticks: number[] = [];
  for (let t = Math.ceil(window.start / stepSize) * stepSize; t <= window.end; t += stepSize) ticks.push(t);
  return ticks;
}

/** The picture's height: on a phone, that of its tallest lane, so it keeps its size when the tabs switch. */
export function heightOf(plan: Plan, s: FailoverStrings, fit: Fit = 'wide'): number {
  const bottom = (shown: number): number => {
    const lanes = lanesOf(plan, s, fit, shown);
    const last = lanes[lanes.length - 1];
    return last ? last.top + last.bands.height : GEOMETRY[fit].top;
  };
  return Math.max(...plan.runs.map((_, i) => bottom(i))) + GEOMETRY[fit].axis.height;
}

/** The picture's accessible title. */
export function pictureTitle(plan: Plan, index: number, s: FailoverStrings): string {
  const lanes = summaryLines(plan, s, timeAt(plan, index)).map((line) => `${line}.`);
  return s.picture.title(lanes, s.when(timeAt(plan, index)));
}

/** What filled and outlined bars mean: stacked in the label column when wide, one line under the axis on a phone. */
function legendNode(s: FailoverStrings, fit: Fit, axisY: number): SceneNode {
  const g = GEOMETRY[fit];
  const row = fit === 'narrow';
  const second = row ? { x: 20 + textWidth(s.axis.happened, g.text) + 16, y: 0 } : { x: 0, y: 16 };
  return h('g', 'legend', { class: 'f-legend', transform: `translate(${g.labelX},${axisY + g.axis.legend})` }, [
    h('rect', 'past', { class: 'f-bar f-neutral', x: 0, y: 2, width: 14, height: 10, rx: 2 }),
    h('text', 'past-label', { x: 20, y: 12 }, s.axis.happened),
    h('rect', 'future', { class: 'f-bar-future f-neutral', x: second.x, y: second.y + 2, width: 14, height: 10, rx: 2 }),
    h('text', 'future-label', { x: second.x + 20, y: second.y + 12 }, s.axis.toCome),
  ]);
}

/** The whole picture at step `index`, laid out for `fit` (on a phone, drawing lane `shown`). */
export function sceneOf(
  plan: Plan,
  index: number,
  s: FailoverStrings,
  ids: SceneIds,
  fit: Fit = 'wide',
  shown = 0,
): SceneNode {
  const g = GEOMETRY[fit];
  const w = plan.window;
  const time = timeAt(plan, index);
  const states = stateAt(plan, index);
  const height = heightOf(plan, s, fit);
  const axisY = height - g.axis.height + 6;
  const lanes: SceneNode[] = [];
  const head = headOf(plan, fit);
  lanesOf(plan, s, fit, shown).forEach(({ index: i, top }) => {
    const run = plan.runs[i];
    const state = states[i];
    if (run && state) lanes.push(laneNode(run, state, i, top, time, s, ids.clip, fit));
  });
  const cursorX = xOf(w, time, fit);
  const zeroX = xOf(w, 0, fit);
  const axis = axisTicks(w, g.axis.most).map((t) =>
    h('g', `t${t}`, { class: 'f-tick-mark', transform: `translate(${xOf(w, t, fit)},${axisY})` }, [
      h('line', 'l', { y1: 0, y2: 5 }),
      h('text', 'n', { y: g.axis.ticks, 'text-anchor': 'middle' }, t < 0 ? `−${-t}` : String(t)),
    ]),
  );
  // The time box stays inside the picture, whichever end the cursor is near.
  const box = g.cursor;
  const boxX = Math.min(Math.max(cursorX - box.width / 2, 1), g.width - box.width - 1) - cursorX;
  const failureWidth = textWidth(s.axis.failure, g.text) + 12;
  return picture(
    'failover',
    {
      class: 'f-picture',
      width: g.width,
      height,
      title: pictureTitle(plan, index, s),
      titleId: ids.title,
      data: { 'data-time': time },
    },
    [
      h('clipPath', 'clip', { id: ids.clip }, [
        h('rect', 'reveal', { 'data-part': 'reveal', x: 0, y: 0, width: cursorX, height }),
      ]),
      h('line', 'zero', { class: 'f-zero', x1: zeroX, x2: zeroX, y1: head + g.top - 2, y2: axisY }),
      tabsNode(plan, s, fit, shown),
      h('g', 'lanes', {}, lanes),
      h('g', 'axis', { class: 'f-axis' }, [
        h('line', 'base', { class: 'f-axis-line', x1: g.x0, x2: g.x1, y1: axisY, y2: axisY }),
        h('g', 'ticks', {}, axis),
        // Pressing "failure" presses the button that fails the primary and plays from there.
        h('g', 'failure', { class: 'f-failure', 'data-press': '[data-part="fail"]' }, [
          h('rect', 'hit', {
            class: 'f-hit',
            x: zeroX - failureWidth / 2,
            y: axisY + g.axis.notes - 14,
            width: failureWidth,
            height: 18,
          }),
          h('text', 'note', { class: 'f-axis-note', x: zeroX, y: axisY + g.axis.notes, 'text-anchor': 'middle' }, s.axis.failure),
        ]),
        h('text', 'unit', { class: 'f-axis-note', x: g.x1, y: axisY + g.axis.notes, 'text-anchor': 'end' }, s.axis.label),
      ]),
      legendNode(s, fit, axisY),
      h('g', 'cursor', { class: 'f-cursor', 'data-part': 'cursor', transform: `translate(${cursorX},0)` }, [
        ...cursorSegments(plan, s, fit, shown, cursorX, head + g.top - 6, axisY).map((seg, i) =>
          h('line', i === 0 ? 'line' : `line${i}`, { x1: 0, x2: 0, y1: seg.y1, y2: seg.y2 }),
        ),
        h('rect', 'box', { x: boxX, y: head + 3, width: box.width, height: box.height, rx: 3 }),
        h('text', 'time', { x: boxX + box.width / 2, y: head + box.height - 1, 'text-anchor': 'middle' }, s.seconds(time)),
      ]),
    ],
  );
}

/** The status line of every lane at step `index`, for the panel and the live region. */
export function statusLines(plan: Plan, index: number, s: FailoverStrings): string[] {
  return stateAt(plan, index).map((state, i) => {
    const run = plan.runs[i];
    return run ? s.status(s.lane(run.lane), appView(state), writeCounts(state)) : '';
  });
}
