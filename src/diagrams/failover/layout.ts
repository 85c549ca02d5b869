/**
 * The failover picture as a scene (kit/scene.ts): for each lane, one row per
 * part of the system (application, proxy, endpoint, cluster volume, each DB
 * instance) drawn as bars over a shared time axis in seconds, and the writes,
 * one tick each, in the row of their outcome. The whole run is outlined; what
 * has happened up to the cursor is filled in (a clip path reveals it), so the
 * static picture already shows the shape of the run. Pure: the server
 * serialises it, the view joins it with d3.
 */
import { h, type SceneNode } from '../kit/scene';
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

export const WIDTH = 720;
const LABEL_X = 8;
export const X0 = 186;
export const X1 = 706;
const TOP = 22;
const TITLE_H = 22;
const ROW_H = 22;
const BAR_H = 16;
const SUB_H = 12;
const RESULT_H = 22;
const LANE_GAP = 10;
const AXIS_H = 40;

export interface SceneIds {
  /** id of the picture's <title>. */
  readonly title: string;
  /** id of the clip path that reveals what has happened. */
  readonly clip: string;
}

export function idsFor(base: string): SceneIds {
  return { title: `${base}-picture-title`, clip: `${base}-past` };
}

export function xOf(window: Window, t: number): number {
  const clamped = Math.min(Math.max(t, window.start), window.end);
  return X0 + ((clamped - window.start) / (window.end - window.start)) * (X1 - X0);
}

/** Roughly how wide a label is at `size` px: Hangul is full width, Latin a little over half. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text)
    em += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(ch) ? 1 : /[A-Zmw]/.test(ch) ? 0.72 : 0.56;
  return em * size;
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

export interface LaneLayout {
  readonly top: number;
  readonly height: number;
}

function laneHeight(rows: number): number {
  return TITLE_H + rows * ROW_H + 3 * SUB_H + 6 + RESULT_H;
}

const SUB_ROWS: readonly Exclude<WriteStatus, 'held'>[] = ['acked', 'failed', 'lost'];

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
): SceneNode {
  const w = run.window;
  const rows = rowsOf(run, s);
  const past: SceneNode[] = [];
  const future: SceneNode[] = [];
  const labels: SceneNode[] = [];
  rows.forEach((row, r) => {
    const y = top + TITLE_H + r * ROW_H;
    labels.push(h('text', `label-${row.key}`, { class: 'f-row-label', x: LABEL_X, y: y + 15 }, row.label));
    segmentsOf(run, row).forEach((seg, i) => {
      const x = xOf(w, seg.from);
      const width = Math.max(0, xOf(w, seg.to) - x);
      const box = { x, y: y + 3, width, height: BAR_H, rx: 3 };
      const key = `${row.key}-${i}`;
      future.push(h('rect', key, { class: `f-bar-future f-${seg.tone}`, ...box }));
      past.push(h('rect', key, { class: `f-bar f-${seg.tone}`, ...box }));
      const text = [seg.label, seg.short].find((t) => textWidth(t, 11) + 8 <= width) ?? '';
      labels.push(
        h('text', `bar-${key}`, { class: 'f-bar-label', x: x + width / 2, y: y + 15, 'text-anchor': 'middle' }, text),
      );
    });
  });

  // Writes: one tick each, in the sub-row of its outcome at this moment.
  const writesTop = writesTopOf(top, rows.length);
  labels.push(h('text', 'label-writes', { class: 'f-row-label', x: LABEL_X, y: writesTop + 10 }, s.rows.writes));
  SUB_ROWS.forEach((status, i) => {
    labels.push(
      h(
        'text',
        `label-writes-${status}`,
        { class: 'f-sub-label', x: X0 - 6, y: writesTop + i * SUB_H + 10, 'text-anchor': 'end' },
        s.rows.outcome[status],
      ),
    );
  });
  const lag = run.lane.deployment === 'replica-promotion' ? run.timings.lag : 0;
  if (lag > 0) {
    const x = xOf(w, -lag);
    const band = { x, y: writesTop, width: xOf(w, 0) - x, height: 3 * SUB_H };
    future.push(h('rect', 'lag', { class: 'f-lag-future', ...band }));
    past.push(h('rect', 'lag', { class: 'f-lag', ...band }));
    labels.push(
      h(
        'text',
        'lag-label',
        { class: 'f-sub-label', x: xOf(w, 0) + 4, y: writesTop + 2 * SUB_H + 10 },
        s.bars.lag(lag),
      ),
    );
  }
  const lost = new Set(lostWrites(state).map((x) => x.id));
  const ticks: SceneNode[] = [];
  for (const write of state.writes) {
    const status = statusOf(write, lost);
    const row = subRowOf(status);
    const y = writesTop + row * SUB_H;
    const x = xOf(w, write.issuedAt);
    const waitedUntil = write.ackedAt ?? (status === 'failed' || status === 'held' ? time : null);
    if (waitedUntil !== null && waitedUntil > write.issuedAt && status !== 'lost') {
      ticks.push(
        h('line', `l${write.id}`, {
          class: status === 'acked' ? 'f-waited' : 'f-waiting',
          x1: x,
          x2: xOf(w, waitedUntil),
          y1: y + SUB_H / 2,
          y2: y + SUB_H / 2,
        }),
      );
    }
    ticks.push(
      h('rect', `w${write.id}`, {
        class: `f-tick f-tick-${status}`,
        x: x - 1.5,
        y: y + 1,
        width: 3,
        height: SUB_H - 2,
      }),
    );
  }
  past.push(h('g', 'writes', {}, ticks));

  // Nothing is measured before it has happened: the result appears once this lane has recovered.
  const resultY = resultTopOf(writesTop);
  const measured = state.resumedAt !== null && time >= state.resumedAt;
  labels.push(
    h('text', 'result', { class: 'f-result', x: LABEL_X, y: resultY + 14 }, measured ? s.result(resultOf(run)) : s.resultPending),
  );

  return h(
    'g',
    `lane${index}`,
    { class: 'f-lane', 'data-deployment': run.lane.deployment, 'data-proxy': run.lane.proxy ? 'on' : 'off' },
    [
      h('text', 'name', { class: 'f-lane-name', x: LABEL_X, y: top + 15 }, s.lane(run.lane)),
      h('g', 'future', {}, future),
      h('g', 'past', { 'clip-path': `url(#${clip})` }, past),
      h('g', 'labels', {}, labels),
    ],
  );
}

const writesTopOf = (top: number, rows: number): number => top + TITLE_H + rows * ROW_H + 2;
const resultTopOf = (writesTop: number): number => writesTop + 3 * SUB_H + 6;

/**
 * The time cursor as vertical segments that stop short of each lane's result line, so the cursor never
 * runs over its words.
 */
function cursorSegments(plan: Plan, from: number, to: number): { y1: number; y2: number }[] {
  const gaps: { y1: number; y2: number }[] = [];
  let top = TOP;
  plan.runs.forEach((run, i) => {
    if (i > 0) top += LANE_GAP;
    const y = resultTopOf(writesTopOf(top, rowCount(run)));
    gaps.push({ y1: y, y2: y + RESULT_H - 2 });
    top += laneHeight(rowCount(run));
  });
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

/** Axis ticks: about 8 round numbers of seconds, always including 0. */
export function axisTicks(window: Window): number[] {
  const span = window.end - window.start;
  const stepSize = TICK_STEPS.find((t) => span / t <= 9) ?? 120;
  const ticks: number[] = [];
  for (let t = Math.ceil(window.start / stepSize) * stepSize; t <= window.end; t += stepSize) ticks.push(t);
  return ticks;
}

export function heightOf(plan: Plan): number {
  let total = TOP;
  plan.runs.forEach((run, i) => {
    total += laneHeight(rowCount(run)) + (i > 0 ? LANE_GAP : 0);
  });
  return total + AXIS_H;
}

function rowCount(run: Run): number {
  const d = run.lane.deployment;
  const nodes = d === 'multi-az-cluster' || d === 'aurora' ? 3 : 2;
  return 2 + (run.lane.proxy ? 1 : 0) + (d === 'aurora' || d === 'aurora-no-replica' ? 1 : 0) + nodes;
}

/** The picture's accessible title. */
export function pictureTitle(plan: Plan, index: number, s: FailoverStrings): string {
  const lanes = summaryLines(plan, s, timeAt(plan, index)).map((line) => `${line}.`);
  return s.picture.title(lanes, s.when(timeAt(plan, index)));
}

/** The whole picture at step `index`. */
export function sceneOf(plan: Plan, index: number, s: FailoverStrings, ids: SceneIds): SceneNode {
  const w = plan.window;
  const time = timeAt(plan, index);
  const states = stateAt(plan, index);
  const height = heightOf(plan);
  const axisY = height - AXIS_H + 6;
  const lanes: SceneNode[] = [];
  let top = TOP;
  plan.runs.forEach((run, i) => {
    if (i > 0) top += LANE_GAP;
    const state = states[i];
    if (state) lanes.push(laneNode(run, state, i, top, time, s, ids.clip));
    top += laneHeight(rowCount(run));
  });
  const cursorX = xOf(w, time);
  const zeroX = xOf(w, 0);
  const axis = axisTicks(w).map((t) =>
    h('g', `t${t}`, { class: 'f-tick-mark', transform: `translate(${xOf(w, t)},${axisY})` }, [
      h('line', 'l', { y1: 0, y2: 5 }),
      h('text', 'n', { y: 17, 'text-anchor': 'middle' }, t < 0 ? `−${-t}` : String(t)),
    ]),
  );
  const nearRight = cursorX > X1 - 34;
  return h(
    'svg',
    'failover',
    {
      class: 'f-picture',
      'data-part': 'picture',
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': ids.title,
      'data-time': time,
    },
    [
      h('title', 'title', { id: ids.title }, pictureTitle(plan, index, s)),
      h('clipPath', 'clip', { id: ids.clip }, [
        h('rect', 'reveal', { 'data-part': 'reveal', x: 0, y: 0, width: cursorX, height }),
      ]),
      h('line', 'zero', { class: 'f-zero', x1: zeroX, x2: zeroX, y1: TOP - 2, y2: axisY }),
      h('g', 'lanes', {}, lanes),
      h('g', 'axis', { class: 'f-axis' }, [
        h('line', 'base', { class: 'f-axis-line', x1: X0, x2: X1, y1: axisY, y2: axisY }),
        h('g', 'ticks', {}, axis),
        h(
          'text',
          'failure',
          { class: 'f-axis-note', x: zeroX, y: axisY + 31, 'text-anchor': 'middle' },
          s.axis.failure,
        ),
        h('text', 'unit', { class: 'f-axis-note', x: X1, y: axisY + 31, 'text-anchor': 'end' }, s.axis.label),
      ]),
      // What filled and outlined bars mean.
      h('g', 'legend', { class: 'f-legend', transform: `translate(${LABEL_X},${axisY + 2})` }, [
        h('rect', 'past', { class: 'f-bar f-neutral', x: 0, y: 2, width: 14, height: 10, rx: 2 }),
        h('text', 'past-label', { x: 20, y: 11 }, s.axis.happened),
        h('rect', 'future', { class: 'f-bar-future f-neutral', x: 0, y: 18, width: 14, height: 10, rx: 2 }),
        h('text', 'future-label', { x: 20, y: 27 }, s.axis.toCome),
      ]),
      h('g', 'cursor', { class: 'f-cursor', 'data-part': 'cursor', transform: `translate(${cursorX},0)` }, [
        ...cursorSegments(plan, TOP - 6, axisY).map((seg, i) =>
          h('line', i === 0 ? 'line' : `line${i}`, { x1: 0, x2: 0, y1: seg.y1, y2: seg.y2 }),
        ),
        h('rect', 'box', { x: nearRight ? -58 : -29, y: 1, width: 58, height: 17, rx: 3 }),
        h('text', 'time', { x: nearRight ? -29 : 0, y: 14, 'text-anchor': 'middle' }, s.seconds(time)),
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
