/**
 * The restore-options picture as a scene (kit/scene.ts): a two-week
 * timeline with one lane per way back, showing what each can reach, a cursor
 * at the chosen moment with a ✓ or ✕ in every lane, and the last 30
 * minutes enlarged, where the 5-minute edge of point-in-time restore is visible.
 * Pure: the server serialises it for the static picture, the view joins it with d3.
 */
import { NARROW_WIDTH, type Fit } from '../kit/fit';
import { h, picture, type SceneNode } from '../kit/scene';
import { textWidth } from '../kit/text-width';
import {
  backtrackReach,
  DAY,
  earliestRestorable,
  isAurora,
  isMysql,
  LATEST_RESTORABLE_MINUTES,
  MECHANISMS,
  SNAPSHOTS,
  TIMELINE_DAYS,
  TIMELINE_MINUTES,
  verdictsAt,
  type Mechanism,
  type RestoreState,
} from './model';
import { pictureTitle } from './describe';
import type { RestoreStrings } from './strings';

export const TITLE_ID = 'restore-picture-title';

/**
 * Where things stand, per layout (kit/fit.ts). Wide: lane names and their
 * verdict in a column left of the timeline. Narrow (a phone): the timeline
 * spans the picture, each lane's name and verdict on a line above its track, a
 * long note wrapped on two lines inside it; every fourth day labelled; the
 * enlarged last 30 minutes name their lanes inside the tracks.
 */
interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly axis: { readonly x0: number; readonly x1: number; readonly y: number; readonly every: number };
  /** A lane: its top, pitch, the track's top and height within it, and where its name and verdict stand. */
  readonly lanes: { readonly y: number; readonly pitch: number; readonly track: number; readonly height: number; readonly above: boolean };
  readonly inset: { readonly title: number; readonly y: number; readonly pitch: number; readonly height: number; readonly axis: number; readonly inside: boolean };
  /** Text size in units, for what fits. */
  readonly text: number;
}

const GEOMETRY: Readonly<Record<Fit, Geometry>> = {
  wide: {
    width: 640,
    height: 412,
    left: 10,
    axis: { x0: 170, x1: 620, y: 42, every: 2 },
    lanes: { y: 54, pitch: 46, track: 0, height: 34, above: false },
    inset: { title: 304, y: 314, pitch: 22, height: 14, axis: 384, inside: false },
    text: 13,
  },
  narrow: {
    width: NARROW_WIDTH,
    height: 460,
    left: 6,
    axis: { x0: 12, x1: 308, y: 46, every: 4 },
    lanes: { y: 52, pitch: 60, track: 18, height: 36, above: true },
    inset: { title: 370, y: 378, pitch: 20, height: 18, axis: 438, inside: true },
    text: 14,
  },
};

export const WIDTH = GEOMETRY.wide.width;
export const HEIGHT = GEOMETRY.wide.height;
export const AXIS = GEOMETRY.wide.axis;
const INSET_SPAN = 30;
const INSET_LANES: readonly Mechanism[] = ['pitr', 'backtrack', 'clone'];

/** The picture's size in a layout. */
export function sizeOf(fit: Fit): { readonly width: number; readonly height: number } {
  return { width: GEOMETRY[fit].width, height: GEOMETRY[fit].height };
}

/** x of a moment `ago` minutes before now on the two-week axis. */
export function xOf(ago: number, fit: Fit = 'wide'): number {
  const { x0, x1 } = GEOMETRY[fit].axis;
  const clamped = Math.min(Math.max(ago, 0), TIMELINE_MINUTES);
  return x1 - (clamped / TIMELINE_MINUTES) * (x1 - x0);
}

/** x of a moment on the last-half-hour axis. */
export function insetX(ago: number, fit: Fit = 'wide'): number {
  const { x0, x1 } = GEOMETRY[fit].axis;
  const clamped = Math.min(Math.max(ago, 0), INSET_SPAN);
  return x1 - (clamped / INSET_SPAN) * (x1 - x0);
}

/** `text` on at most two lines no wider than `width` (broken at the space nearest the middle). */
function twoLines(text: string, width: number, size: number): string[] {
  if (textWidth(text, size) <= width) return [text];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index ?? 0);
  const cut = spaces.sort((a, b) => Math.abs(a - text.length / 2) - Math.abs(b - text.length / 2))[0];
  return cut === undefined ? [text] : [text.slice(0, cut), text.slice(cut + 1)];
}

function laneY(index: number, fit: Fit): number {
  const { lanes } = GEOMETRY[fit];
  return lanes.y + index * lanes.pitch;
}

/** Where a band from `from` to `to` minutes ago lies on an axis. */
function band(key: string, cls: string, x: (ago: number) => number, from: number, to: number, y: number, height: number): SceneNode {
  const left = x(from);
  return h('rect', key, { class: cls, x: left, y, width: Math.max(0, x(to) - left), height, rx: 3 });
}

function laneShapes(state: RestoreState, mechanism: Mechanism, s: RestoreStrings, fit: Fit): SceneNode[] {
  const g = GEOMETRY[fit];
  const { x0, x1 } = g.axis;
  const x = (ago: number): number => xOf(ago, fit);
  const top = g.lanes.track;
  const mid = top + g.lanes.height / 2;
  const bar = { y: top + g.lanes.height / 2 - 9, height: 18 };
  // A note sits at the end of the lane away from the cursor, so the ✓ or ✕ never covers it; on a phone a long
  // one takes two lines.
  const right = x(state.ago) < (x0 + x1) / 2;
  const note = (text: string): SceneNode[] => {
    const lines = twoLines(text, x1 - x0 - 16, g.text);
    return lines.map((line, i) =>
      h(
        'text',
        i === 0 ? 'note' : `note-${i}`,
        { class: 'r-note', x: right ? x1 - 8 : x0 + 8, y: mid + 5 + (i - (lines.length - 1) / 2) * 15, 'text-anchor': right ? 'end' : 'start' },
        line,
      ),
    );
  };
  switch (mechanism) {
    case 'pitr': {
      const earliest = earliestRestorable(state);
      if (earliest === null) return note(s.picture.note.pitrOff);
      const shapes = [band('band', 'r-band r-band-pitr', x, earliest, LATEST_RESTORABLE_MINUTES, bar.y, bar.height)];
      if (earliest > TIMELINE_MINUTES) shapes.push(...note(s.picture.note.pitrBeyond(state.retention)));
      return shapes;
    }
    case 'snapshot':
      return SNAPSHOTS.map((snapshot, i) =>
        h('g', `snap-${snapshot.key}`, { class: 'r-snap', transform: `translate(${x(snapshot.ago)},${mid})` }, [
          h('path', 'diamond', { d: 'M0,-8L8,0L0,8L-8,0Z' }),
          h('text', 'label', { x: 11, y: 5 }, s.picture.snapshot(i + 1)),
        ]),
      );
    case 'backtrack': {
      const reach = backtrackReach(state);
      if (reach !== null) return [band('band', 'r-band r-band-backtrack', x, reach, 0, bar.y, bar.height)];
      return note(state.engine === 'aurora-mysql' ? s.picture.note.backtrackOff : s.picture.note.backtrackEngine);
    }
    case 'clone':
      if (!isAurora(state.engine)) return note(s.picture.note.cloneEngine);
      return [
        h('text', 'note', { class: 'r-note', x: x1 - 14, y: mid + 5, 'text-anchor': 'end' }, s.picture.note.cloneNow),
        h('circle', 'dot', { class: 'r-dot', cx: x1, cy: mid, r: 7 }),
      ];
    case 's3':
      return note(isMysql(state.engine) ? s.picture.note.s3Elsewhere : s.picture.note.s3Engine);
  }
}

function laneNode(state: RestoreState, mechanism: Mechanism, index: number, ok: boolean, s: RestoreStrings, fit: Fit): SceneNode {
  const g = GEOMETRY[fit];
  const { x0, x1 } = g.axis;
  // Wide: name over verdict left of the track. Narrow: name and verdict on one line above it.
  const above = g.lanes.above;
  return h(
    'g',
    `lane-${mechanism}`,
    { class: `r-lane ${ok ? 'is-ok' : 'is-no'}`, transform: `translate(0,${laneY(index, fit)})`, 'data-mechanism': mechanism },
    [
      h('text', 'name', { class: 'r-name', x: g.left, y: 14 }, s.mechanism[mechanism]),
      h(
        'text',
        'status',
        { class: 'r-status', x: above ? x1 : g.left, y: above ? 14 : 30, 'text-anchor': above ? 'end' : 'start' },
        s.picture.lane(ok),
      ),
      h('rect', 'track', { class: 'r-track', x: x0, y: g.lanes.track, width: x1 - x0, height: g.lanes.height, rx: 4 }),
      h('g', 'shapes', {}, laneShapes(state, mechanism, s, fit)),
    ],
  );
}

/** The ✓ or ✕ where the cursor crosses a lane. */
function markNode(mechanism: Mechanism, index: number, ok: boolean, x: number, fit: Fit): SceneNode {
  const { lanes } = GEOMETRY[fit];
  return h(
    'g',
    `mark-${mechanism}`,
    { class: `r-mark ${ok ? 'is-ok' : 'is-no'}`, transform: `translate(${x},${laneY(index, fit) + lanes.track + lanes.height / 2})` },
    [h('circle', 'disc', { r: 9 }), h('text', 'sign', { 'text-anchor': 'middle', y: 4 }, ok ? '✓' : '✕')],
  );
}

function axisNode(s: RestoreStrings, fit: Fit): SceneNode {
  const { axis } = GEOMETRY[fit];
  const ticks: SceneNode[] = [];
  for (let day = TIMELINE_DAYS; day >= 0; day -= 1) {
    const children = [h('line', 'mark', { x1: 0, y1: 0, x2: 0, y2: 5 })];
    if (day % axis.every === 0) {
      children.push(h('text', 'label', { x: 0, y: -6, 'text-anchor': day === 0 ? 'end' : 'middle' }, s.picture.tick(day)));
    }
    ticks.push(h('g', `day-${day}`, { class: 'r-tick', transform: `translate(${xOf(day * DAY, fit)},${axis.y})` }, children));
  }
  return h('g', 'axis', {}, [
    h('line', 'line', { class: 'r-axis', x1: axis.x0, y1: axis.y, x2: axis.x1, y2: axis.y }),
    h('g', 'ticks', {}, ticks),
  ]);
}

function insetNode(state: RestoreState, s: RestoreStrings, fit: Fit): SceneNode {
  const g = GEOMETRY[fit];
  const { x0, x1 } = g.axis;
  const inset = g.inset;
  const x = (ago: number): number => insetX(ago, fit);
  const earliest = earliestRestorable(state);
  const reach = backtrackReach(state);
  const lanes = INSET_LANES.map((mechanism, i) => {
    const shapes: SceneNode[] = [
      h('rect', 'track', { class: 'r-track', x: x0, y: 0, width: x1 - x0, height: inset.height, rx: 3 }),
    ];
    if (mechanism === 'pitr' && earliest !== null) {
      shapes.push(band('band', 'r-band r-band-pitr', x, Math.min(earliest, INSET_SPAN), LATEST_RESTORABLE_MINUTES, 2, inset.height - 4));
    }
    if (mechanism === 'backtrack' && reach !== null) {
      shapes.push(band('band', 'r-band r-band-backtrack', x, Math.min(reach, INSET_SPAN), 0, 2, inset.height - 4));
    }
    if (mechanism === 'clone' && isAurora(state.engine)) {
      shapes.push(h('circle', 'dot', { class: 'r-dot', cx: x1, cy: inset.height / 2, r: 5 }));
    }
    // Narrow: the name inside its track, on a halo over the band.
    const name = inset.inside
      ? h('text', 'name', { class: 'r-inset-name r-halo', x: x0 + 4, y: inset.height - 4 }, s.mechanism[mechanism])
      : h('text', 'name', { class: 'r-inset-name', x: g.left, y: 11 }, s.mechanism[mechanism]);
    return h('g', `inset-${mechanism}`, { class: 'r-inset-lane', transform: `translate(0,${inset.y + i * inset.pitch})` }, [
      ...shapes,
      name,
    ]);
  });
  // On a phone −10 min goes unlabelled and −5 min ends at its tick, so that the labels stay apart.
  const narrow = inset.inside;
  const ticks = [30, 20, 10, 5, 0].map((minutes) =>
    h('g', `min-${minutes}`, { class: 'r-tick', transform: `translate(${x(minutes)},${inset.axis})` }, [
      h('line', 'mark', { x1: 0, y1: 0, x2: 0, y2: 5 }),
      h(
        'text',
        'label',
        {
          x: 0,
          y: 18,
          'text-anchor': minutes === 0 || (narrow && minutes === 5) ? 'end' : minutes === INSET_SPAN ? 'start' : 'middle',
        },
        narrow && minutes === 10 ? '' : s.picture.insetTick(minutes),
      ),
    ]),
  );
  const inRange = state.ago <= INSET_SPAN;
  const cursorX = x(state.ago);
  return h('g', 'inset', { class: 'r-inset' }, [
    h('text', 'title', { class: 'r-section', x: g.left, y: inset.title }, s.picture.inset),
    h('g', 'lanes', {}, lanes),
    h('line', 'axis', { class: 'r-axis', x1: x0, y1: inset.axis, x2: x1, y2: inset.axis }),
    h('g', 'ticks', {}, ticks),
    h('line', 'cursor', {
      class: `r-cursor${inRange ? '' : ' is-away'}`,
      x1: cursorX,
      y1: inset.y - 6,
      x2: cursorX,
      y2: inset.axis,
    }),
  ]);
}

/**
 * The cursor's vertical extent: wide, one line from the axis through every lane; on a phone, where each
 * lane's name and verdict stand on a line of their own, only across the axis and each track, so that it
 * never crosses their words.
 */
function cursorSegments(fit: Fit): [number, number][] {
  const g = GEOMETRY[fit];
  const bottom = laneY(MECHANISMS.length - 1, fit) + g.lanes.track + g.lanes.height + 4;
  if (!g.lanes.above) return [[g.axis.y - 2, bottom]];
  return [
    [g.axis.y - 2, g.axis.y + 4],
    ...MECHANISMS.map((_, i): [number, number] => {
      const top = laneY(i, fit) + g.lanes.track;
      return [top, top + g.lanes.height + 2];
    }),
  ];
}

/** The whole picture for a state, laid out for `fit`. */
export function sceneOf(state: RestoreState, s: RestoreStrings, fit: Fit = 'wide'): SceneNode {
  const g = GEOMETRY[fit];
  const all = verdictsAt(state);
  const x = xOf(state.ago, fit);
  // The moment's words above the cursor, kept inside the picture at either end.
  const when = s.ago(state.ago);
  const half = textWidth(when, g.text + 1) / 2;
  const whenX = Math.min(Math.max(x, g.left + half), g.width - g.left - half);
  return picture('restore', { class: 'r-picture', width: g.width, height: g.height, title: pictureTitle(state, s) }, [
    h('text', 'when', { class: 'r-when', x: whenX, y: 16, 'text-anchor': 'middle' }, when),
    axisNode(s, fit),
    h(
      'g',
      'lanes',
      {},
      MECHANISMS.map((mechanism, i) => laneNode(state, mechanism, i, all[i]?.ok ?? false, s, fit)),
    ),
    h('g', 'cursor', {}, cursorSegments(fit).map(([y1, y2], i) => h('line', `l${i}`, { class: 'r-cursor', x1: x, y1, x2: x, y2 }))),
    h(
      'g',
      'marks',
      {},
      MECHANISMS.map((mechanism, i) => markNode(mechanism, i, all[i]?.ok ?? false, x, fit)),
    ),
    insetNode(state, s, fit),
  ]);
}
