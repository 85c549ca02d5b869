/**
 * The storage-autoscaling picture as a scene (kit/scene.ts): free space over
 * the day against the 10 % line (upper panel), the allocated storage against
 * the maximum storage threshold (lower panel), each increase, the 6-hour
 * waits, where the threshold stopped growth and where the disk was full.
 * The part of the day not yet shown is clipped away. Pure.
 */
import { NARROW_WIDTH, type Fit } from '../kit/fit';
import { h, picture, type SceneNode } from '../kit/scene';
import {
  COOLDOWN_MINUTES,
  dayOf,
  increases,
  LOW_SHARE,
  minuteOf,
  MINUTES_PER_DAY,
  type AutoscalingState,
  type Day,
} from './model';
import { pictureTitle } from './describe';
import { amount, clockTime } from './format';
import type { AutoscalingStrings } from './strings';

export const TITLE_ID = 'storage-autoscaling-picture-title';
export const CLIP_ID = 'storage-autoscaling-shown';

interface Band {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Where things stand, per layout. Wide: the two panels over a 640-unit day.
 * Narrow (a phone): the same panels over a 320-unit day, a clock label every
 * 6 hours instead of every 3, and the wait's words on two lines.
 */
interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number };
  readonly free: Band;
  readonly alloc: Band;
  readonly timeLabelsY: number;
  readonly eventLabelY: number;
  readonly hoursPerLabel: number;
  /** The narrowest wait band (units) that shows its words, and whether they go on two lines. */
  readonly waitWords: { readonly min: number; readonly lines: boolean };
  /** Room the "full" words need at the right end of the plot. */
  readonly fullWords: number;
}

const GEOMETRY: Readonly<Record<Fit, Geometry>> = {
  wide: {
    width: 640,
    height: 404,
    plot: { left: 64, right: 620 },
    free: { top: 48, bottom: 222 },
    alloc: { top: 272, bottom: 352 },
    timeLabelsY: 372,
    eventLabelY: 40,
    hoursPerLabel: 3,
    waitWords: { min: 48, lines: false },
    fullWords: 48,
  },
  narrow: {
    width: NARROW_WIDTH,
    height: 372,
    plot: { left: 46, right: 298 },
    free: { top: 50, bottom: 196 },
    alloc: { top: 248, bottom: 330 },
    timeLabelsY: 352,
    eventLabelY: 40,
    hoursPerLabel: 6,
    waitWords: { min: 44, lines: true },
    fullWords: 56,
  },
};

export const WIDTH = GEOMETRY.wide.width;
export const HEIGHT = GEOMETRY.wide.height;
export const PLOT = GEOMETRY.wide.plot;
export const FREE = GEOMETRY.wide.free;
export const ALLOC = GEOMETRY.wide.alloc;
/** Sample the curves this often, plus every minute where something changes. */
const SAMPLE = 10;

/** The picture's size and panels in a layout. */
export function geometryOf(fit: Fit): Geometry {
  return GEOMETRY[fit];
}

export function xOf(minute: number, fit: Fit = 'wide'): number {
  const plot = GEOMETRY[fit].plot;
  return plot.left + ((plot.right - plot.left) * Math.min(Math.max(minute, 0), MINUTES_PER_DAY)) / MINUTES_PER_DAY;
}

/** A round step giving about `count` ticks over `span`. */
export function niceStep(span: number, count = 4): number {
  const raw = Math.max(span, 1e-9) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const n = raw / power;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * power;
}

export interface Scale {
  readonly top: number;
  readonly step: number;
  y(value: number): number;
}

function scale(maxValue: number, panel: Band): Scale {
  const step = niceStep(maxValue);
  const top = Math.max(step, Math.ceil((maxValue * 1.04) / step) * step);
  return {
    top,
    step,
    y: (value) => panel.bottom - ((panel.bottom - panel.top) * Math.min(Math.max(value, 0), top)) / top,
  };
}

/** Free space: the largest value the day reaches, or the 10 % line, whichever is higher. */
export function freeScale(day: Day, fit: Fit = 'wide'): Scale {
  let most = 0;
  for (let m = 0; m <= MINUTES_PER_DAY; m += 1) {
    const alloc = day.allocated[m] ?? 0;
    most = Math.max(most, alloc - (day.used[m] ?? 0), LOW_SHARE * alloc);
  }
  return scale(most, GEOMETRY[fit].free);
}

/** Whether the threshold fits on the allocation panel: not when it is far above anything the day reaches. */
export function thresholdOnScale(day: Day): boolean {
  const final = day.allocated[MINUTES_PER_DAY] ?? day.params.allocated;
  return day.params.max <= final * 1.6;
}

export function allocatedScale(day: Day, fit: Fit = 'wide'): Scale {
  const final = day.allocated[MINUTES_PER_DAY] ?? day.params.allocated;
  return scale(thresholdOnScale(day) ? Math.max(final, day.params.max) : final, GEOMETRY[fit].alloc);
}

/** Minutes to plot: every SAMPLE minutes, and each side of every change. */
function sampleMinutes(day: Day): number[] {
  const minutes = new Set<number>();
  for (let m = 0; m <= MINUTES_PER_DAY; m += SAMPLE) minutes.add(m);
  minutes.add(MINUTES_PER_DAY);
  for (const e of increases(day.events)) {
    minutes.add(e.minute - 1);
    minutes.add(e.minute);
  }
  for (const span of day.full) {
    minutes.add(span.from - 1);
    minutes.add(Math.min(span.to, MINUTES_PER_DAY));
  }
  return [...minutes].filter((m) => m >= 0 && m <= MINUTES_PER_DAY).sort((a, b) => a - b);
}

function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The free-space curve; an increase shows as a jump up at its minute. */
export function freePath(day: Day, sc: Scale, fit: Fit = 'wide'): string {
  const grown = new Map(increases(day.events).map((e) => [e.minute, e]));
  const points: string[] = [];
  for (const m of sampleMinutes(day)) {
    const jump = grown.get(m);
    if (jump) points.push(`${fmt(xOf(m, fit))},${fmt(sc.y(jump.freeBefore))}`);
    points.push(`${fmt(xOf(m, fit))},${fmt(sc.y((day.allocated[m] ?? 0) - (day.used[m] ?? 0)))}`);
  }
  return `M${points.join('L')}`;
}

/** A step line through a per-minute value that changes only at increases. */
function stepPath(day: Day, value: (allocated: number) => number, y: (v: number) => number, fit: Fit): string {
  let d = `M${fmt(xOf(0, fit))},${fmt(y(value(day.params.allocated)))}`;
  for (const e of increases(day.events)) d += `H${fmt(xOf(e.minute, fit))}V${fmt(y(value(e.to)))}`;
  return `${d}H${fmt(xOf(MINUTES_PER_DAY, fit))}`;
}

function ticks(sc: Scale, panel: Band, key: string, fit: Fit): SceneNode {
  const PLOT = GEOMETRY[fit].plot;
  const nodes: SceneNode[] = [];
  for (let v = 0; v <= sc.top + 1e-9; v += sc.step) {
    const y = sc.y(v);
    nodes.push(
      h('g', `t${fmt(v)}`, {}, [
        h('line', 'grid', { class: 'sa-grid', x1: PLOT.left, x2: PLOT.right, y1: y, y2: y }),
        h('text', 'label', { class: 'sa-tick', x: PLOT.left - 6, y: y + 4, 'text-anchor': 'end' }, amount(v)),
      ]),
    );
  }
  nodes.push(h('line', 'base', { class: 'sa-axis', x1: PLOT.left, x2: PLOT.right, y1: panel.bottom, y2: panel.bottom }));
  return h('g', key, { class: 'sa-ticks' }, nodes);
}

function timeAxis(fit: Fit): SceneNode {
  const { hoursPerLabel, timeLabelsY } = GEOMETRY[fit];
  const nodes: SceneNode[] = [];
  for (let hour = 0; hour <= 24; hour += hoursPerLabel) {
    const x = xOf(hour * 60, fit);
    nodes.push(h('text', `h${hour}`, { class: 'sa-tick', x, y: timeLabelsY, 'text-anchor': 'middle' }, clockTime(hour * 60)));
  }
  return h('g', 'time-axis', {}, nodes);
}

function markers(day: Day, s: AutoscalingStrings, fit: Fit): SceneNode[] {
  const { width, plot: PLOT, free: FREE, alloc: ALLOC, eventLabelY: EVENT_LABEL_Y, fullWords } = GEOMETRY[fit];
  const nodes: SceneNode[] = [];
  for (const e of day.events) {
    const x = xOf(e.minute, fit);
    const increase = e.type === 'increase';
    nodes.push(
      h('g', `${e.type}-${e.minute}`, { class: increase ? `sa-increase${e.capped ? ' is-capped' : ''}` : 'sa-blocked' }, [
        h('line', 'rule', { x1: x, x2: x, y1: EVENT_LABEL_Y + 4, y2: ALLOC.bottom }),
        // A mark late in the day ends its words at the picture's edge.
        h(
          'text',
          'label',
          x + fullWords * 0.8 > width
            ? { x: Math.min(x + 6, width - 2), y: EVENT_LABEL_Y, 'text-anchor': 'end' }
            : { x, y: EVENT_LABEL_Y, 'text-anchor': 'middle' },
          increase ? s.picture.increase(e.to - e.from) : s.picture.blocked,
        ),
      ]),
    );
  }
  for (const span of day.full) {
    const x1 = xOf(span.from - 1, fit);
    const x2 = xOf(span.to, fit);
    // Near the end of the day the words end at the plot's edge instead of running past it.
    const late = x1 + fullWords > PLOT.right;
    nodes.push(
      h('g', `full-${span.from}`, { class: 'sa-full' }, [
        h('rect', 'band', { x: x1, y: FREE.bottom - 10, width: Math.max(2, x2 - x1), height: 10 }),
        h(
          'text',
          'label',
          { x: late ? PLOT.right - 2 : x1 + 3, y: FREE.bottom - 14, 'text-anchor': late ? 'end' : 'start' },
          s.picture.full,
        ),
      ]),
    );
  }
  return nodes;
}

/** The wait's words: on one line, or (narrow) a line per word; tspans either way, so a redraw across fits leaves no text behind. */
function waitWords(text: string, x: number, lines: boolean): SceneNode[] {
  return (lines ? text.split(' ') : [text]).map((word, i) => h('tspan', `w${i}`, { x, dy: i === 0 ? 0 : 16 }, word));
}

function waits(day: Day, s: AutoscalingStrings, fit: Fit): SceneNode[] {
  const { free: FREE, waitWords: words } = GEOMETRY[fit];
  return increases(day.events).map((e) => {
    const x1 = xOf(e.minute, fit);
    const x2 = xOf(Math.min(e.minute + COOLDOWN_MINUTES, MINUTES_PER_DAY), fit);
    const wide = x2 - x1 > words.min;
    const y = FREE.top + 14;
    return h('g', `wait-${e.minute}`, { class: 'sa-wait' }, [
      h('rect', 'band', { x: x1, y: FREE.top, width: x2 - x1, height: FREE.bottom - FREE.top }),
      h('text', 'label', { x: x1 + 4, y, class: wide ? null : 'is-hidden' }, waitWords(s.picture.wait, x1 + 4, words.lines)),
    ]);
  });
}

/** The whole picture for a state. */
export function sceneOf(state: AutoscalingState, s: AutoscalingStrings, fit: Fit = 'wide'): SceneNode {
  const { width: WIDTH, height: HEIGHT, plot: PLOT, free: FREE, alloc: ALLOC } = GEOMETRY[fit];
  const day = dayOf(state.params);
  const free = freeScale(day, fit);
  const alloc = allocatedScale(day, fit);
  const shownX = xOf(minuteOf(state), fit);
  const onScale = thresholdOnScale(day);
  const maxY = alloc.y(day.params.max);
  const trigger = stepPath(day, (a) => LOW_SHARE * a, free.y, fit);
  const freeLine = freePath(day, free, fit);
  const area = `${freeLine}L${fmt(xOf(MINUTES_PER_DAY, fit))},${fmt(FREE.bottom)}L${fmt(xOf(0, fit))},${fmt(FREE.bottom)}Z`;
  return picture(
    'storage-autoscaling',
    {
      class: 'sa-picture',
      width: WIDTH,
      height: HEIGHT,
      title: pictureTitle(state, s),
      data: { 'data-hour': state.hour },
    },
    [
      h('defs', 'defs', {}, [
        h('clipPath', 'clip', { id: CLIP_ID }, [
          h('rect', 'shown', { 'data-part': 'clip', x: 0, y: 0, width: shownX, height: HEIGHT }),
        ]),
      ]),
      h('text', 'free-axis', { class: 'sa-axis-label', x: 8, y: 16 }, s.picture.freeAxis),
      h('text', 'alloc-axis', { class: 'sa-axis-label', x: 8, y: ALLOC.top - 14 }, s.picture.allocatedAxis),
      ticks(free, FREE, 'free-ticks', fit),
      ticks(alloc, ALLOC, 'alloc-ticks', fit),
      timeAxis(fit),
      h('g', 'max', { class: onScale ? 'sa-max' : 'sa-max is-off' }, [
        h('line', 'rule', { x1: PLOT.left, x2: PLOT.right, y1: onScale ? maxY : ALLOC.top, y2: onScale ? maxY : ALLOC.top }),
        h(
          'text',
          'label',
          { x: PLOT.right, y: (onScale ? maxY : ALLOC.top) - 5, 'text-anchor': 'end' },
          onScale ? s.picture.max(day.params.max) : s.picture.maxOffScale(day.params.max),
        ),
      ]),
      h('g', 'day', { 'clip-path': `url(#${CLIP_ID})` }, [
        h('g', 'waits', {}, waits(day, s, fit)),
        h('path', 'free-area', { class: 'sa-free-area', d: area }),
        h('path', 'trigger', { class: 'sa-trigger', d: trigger }),
        h('path', 'free', { class: 'sa-free', d: freeLine }),
        h('path', 'allocated', { class: 'sa-allocated', d: stepPath(day, (a) => a, alloc.y, fit) }),
        h('g', 'markers', {}, markers(day, s, fit)),
      ]),
      h('text', 'trigger-label', { class: 'sa-trigger-label', x: PLOT.left + 4, y: free.y(LOW_SHARE * day.params.allocated) - 5 }, s.picture.trigger),
      h('line', 'cursor', {
        class: state.hour >= 24 ? 'sa-cursor is-end' : 'sa-cursor',
        'data-part': 'cursor',
        x1: shownX,
        x2: shownX,
        y1: FREE.top - 4,
        y2: ALLOC.bottom,
      }),
    ],
  );
}
