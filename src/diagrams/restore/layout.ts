/**
 * The restore-options picture as a scene (kit/scene.ts): a two-week
 * timeline with one lane per way back, showing what each can reach, a cursor
 * at the chosen moment with a ✓ or ✕ in every lane, and the last 30
 * minutes enlarged, where the 5-minute edge of point-in-time restore is visible.
 * Pure: the server serialises it for the static picture, the view joins it with d3.
 */
import { h, type SceneNode } from '../kit/scene';
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

export const WIDTH = 640;
export const HEIGHT = 412;
export const TITLE_ID = 'restore-picture-title';

const LEFT = 10;
export const AXIS = { x0: 170, x1: 620, y: 42 } as const;
const LANES = { y: 54, pitch: 46, height: 34 } as const;
const LANES_BOTTOM = LANES.y + (MECHANISMS.length - 1) * LANES.pitch + LANES.height;
const INSET = { title: 304, y: 314, pitch: 22, height: 14, axis: 384, span: 30 } as const;
const INSET_LANES: readonly Mechanism[] = ['pitr', 'backtrack', 'clone'];

/** x of a moment `ago` minutes before now on the two-week axis. */
export function xOf(ago: number): number {
  const clamped = Math.min(Math.max(ago, 0), TIMELINE_MINUTES);
  return AXIS.x1 - (clamped / TIMELINE_MINUTES) * (AXIS.x1 - AXIS.x0);
}

/** x of a moment on the last-hour axis. */
export function insetX(ago: number): number {
  const clamped = Math.min(Math.max(ago, 0), INSET.span);
  return AXIS.x1 - (clamped / INSET.span) * (AXIS.x1 - AXIS.x0);
}

function laneY(index: number): number {
  return LANES.y + index * LANES.pitch;
}

/** Where a band from `from` to `to` minutes ago lies on an axis. */
function band(key: string, cls: string, x: (ago: number) => number, from: number, to: number, y: number, height: number): SceneNode {
  const left = x(from);
  return h('rect', key, { class: cls, x: left, y, width: Math.max(0, x(to) - left), height, rx: 3 });
}

function anchorFor(x: number): string {
  if (x > AXIS.x1 - 50) return 'end';
  if (x < AXIS.x0 + 50) return 'start';
  return 'middle';
}

function laneShapes(state: RestoreState, mechanism: Mechanism, s: RestoreStrings): SceneNode[] {
  const mid = LANES.height / 2;
  // A note sits at the end of the lane away from the cursor, so the ✓ or ✕ never covers it.
  const right = xOf(state.ago) < (AXIS.x0 + AXIS.x1) / 2;
  const note = (text: string): SceneNode =>
    h(
      'text',
      'note',
      { class: 'r-note', x: right ? AXIS.x1 - 8 : AXIS.x0 + 8, y: mid + 4, 'text-anchor': right ? 'end' : 'start' },
      text,
    );
  switch (mechanism) {
    case 'pitr': {
      const earliest = earliestRestorable(state);
      if (earliest === null) return [note(s.picture.note.pitrOff)];
      const shapes = [band('band', 'r-band r-band-pitr', xOf, earliest, LATEST_RESTORABLE_MINUTES, 8, 18)];
      if (earliest > TIMELINE_MINUTES) shapes.push(note(s.picture.note.pitrBeyond(state.retention)));
      return shapes;
    }
    case 'snapshot':
      return SNAPSHOTS.map((snapshot, i) => {
        const x = xOf(snapshot.ago);
        return h('g', `snap-${snapshot.key}`, { class: 'r-snap', transform: `translate(${x},${mid})` }, [
          h('path', 'diamond', { d: 'M0,-8L8,0L0,8L-8,0Z' }),
          h('text', 'label', { x: 11, y: 4 }, s.picture.snapshot(i + 1)),
        ]);
      });
    case 'backtrack': {
      const reach = backtrackReach(state);
      if (reach !== null) return [band('band', 'r-band r-band-backtrack', xOf, reach, 0, 8, 18)];
      return [note(state.engine === 'aurora-mysql' ? s.picture.note.backtrackOff : s.picture.note.backtrackEngine)];
    }
    case 'clone':
      if (!isAurora(state.engine)) return [note(s.picture.note.cloneEngine)];
      return [
        h('text', 'note', { class: 'r-note', x: AXIS.x1 - 14, y: mid + 4, 'text-anchor': 'end' }, s.picture.note.cloneNow),
        h('circle', 'dot', { class: 'r-dot', cx: AXIS.x1, cy: mid, r: 7 }),
      ];
    case 's3':
      return [note(isMysql(state.engine) ? s.picture.note.s3Elsewhere : s.picture.note.s3Engine)];
  }
}

function laneNode(state: RestoreState, mechanism: Mechanism, index: number, ok: boolean, s: RestoreStrings): SceneNode {
  return h(
    'g',
    `lane-${mechanism}`,
    { class: `r-lane ${ok ? 'is-ok' : 'is-no'}`, transform: `translate(0,${laneY(index)})`, 'data-mechanism': mechanism },
    [
      h('text', 'name', { class: 'r-name', x: LEFT, y: 14 }, s.mechanism[mechanism]),
      h('text', 'status', { class: 'r-status', x: LEFT, y: 30 }, s.picture.lane(ok)),
      h('rect', 'track', { class: 'r-track', x: AXIS.x0, y: 0, width: AXIS.x1 - AXIS.x0, height: LANES.height, rx: 4 }),
      h('g', 'shapes', {}, laneShapes(state, mechanism, s)),
    ],
  );
}

/** The ✓ or ✕ where the cursor crosses a lane. */
function markNode(mechanism: Mechanism, index: number, ok: boolean, x: number): SceneNode {
  return h(
    'g',
    `mark-${mechanism}`,
    { class: `r-mark ${ok ? 'is-ok' : 'is-no'}`, transform: `translate(${x},${laneY(index) + LANES.height / 2})` },
    [h('circle', 'disc', { r: 9 }), h('text', 'sign', { 'text-anchor': 'middle', y: 4 }, ok ? '✓' : '✕')],
  );
}

function axisNode(s: RestoreStrings): SceneNode {
  const ticks: SceneNode[] = [];
  for (let day = TIMELINE_DAYS; day >= 0; day -= 1) {
    const x = xOf(day * DAY);
    const children = [h('line', 'mark', { x1: 0, y1: 0, x2: 0, y2: 5 })];
    if (day % 2 === 0) {
      children.push(h('text', 'label', { x: 0, y: -6, 'text-anchor': day === 0 ? 'end' : 'middle' }, s.picture.tick(day)));
    }
    ticks.push(h('g', `day-${day}`, { class: 'r-tick', transform: `translate(${x},${AXIS.y})` }, children));
  }
  return h('g', 'axis', {}, [
    h('line', 'line', { class: 'r-axis', x1: AXIS.x0, y1: AXIS.y, x2: AXIS.x1, y2: AXIS.y }),
    h('g', 'ticks', {}, ticks),
  ]);
}

function insetNode(state: RestoreState, s: RestoreStrings): SceneNode {
  const earliest = earliestRestorable(state);
  const reach = backtrackReach(state);
  const lanes = INSET_LANES.map((mechanism, i) => {
    const y = INSET.y + i * INSET.pitch;
    const shapes: SceneNode[] = [
      h('rect', 'track', { class: 'r-track', x: AXIS.x0, y: 0, width: AXIS.x1 - AXIS.x0, height: INSET.height, rx: 3 }),
    ];
    if (mechanism === 'pitr' && earliest !== null) {
      shapes.push(band('band', 'r-band r-band-pitr', insetX, Math.min(earliest, INSET.span), LATEST_RESTORABLE_MINUTES, 2, 10));
    }
    if (mechanism === 'backtrack' && reach !== null) {
      shapes.push(band('band', 'r-band r-band-backtrack', insetX, Math.min(reach, INSET.span), 0, 2, 10));
    }
    if (mechanism === 'clone' && isAurora(state.engine)) {
      shapes.push(h('circle', 'dot', { class: 'r-dot', cx: AXIS.x1, cy: INSET.height / 2, r: 5 }));
    }
    return h('g', `inset-${mechanism}`, { class: 'r-inset-lane', transform: `translate(0,${y})` }, [
      h('text', 'name', { class: 'r-inset-name', x: LEFT, y: 11 }, s.mechanism[mechanism]),
      ...shapes,
    ]);
  });
  const ticks = [30, 20, 10, 5, 0].map((minutes) =>
    h('g', `min-${minutes}`, { class: 'r-tick', transform: `translate(${insetX(minutes)},${INSET.axis})` }, [
      h('line', 'mark', { x1: 0, y1: 0, x2: 0, y2: 5 }),
      h(
        'text',
        'label',
        { x: 0, y: 18, 'text-anchor': minutes === 0 ? 'end' : minutes === INSET.span ? 'start' : 'middle' },
        s.picture.insetTick(minutes),
      ),
    ]),
  );
  const inRange = state.ago <= INSET.span;
  const cursorX = insetX(state.ago);
  return h('g', 'inset', { class: 'r-inset' }, [
    h('text', 'title', { class: 'r-section', x: LEFT, y: INSET.title }, s.picture.inset),
    h('g', 'lanes', {}, lanes),
    h('line', 'axis', { class: 'r-axis', x1: AXIS.x0, y1: INSET.axis, x2: AXIS.x1, y2: INSET.axis }),
    h('g', 'ticks', {}, ticks),
    h('line', 'cursor', {
      class: `r-cursor${inRange ? '' : ' is-away'}`,
      x1: cursorX,
      y1: INSET.y - 6,
      x2: cursorX,
      y2: INSET.axis,
    }),
  ]);
}

/** The whole picture for a state. */
export function sceneOf(state: RestoreState, s: RestoreStrings): SceneNode {
  const all = verdictsAt(state);
  const x = xOf(state.ago);
  return h(
    'svg',
    'restore',
    {
      class: 'r-picture',
      'data-part': 'picture',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': TITLE_ID,
    },
    [
      h('title', 'title', { id: TITLE_ID }, pictureTitle(state, s)),
      h('text', 'when', { class: 'r-when', x, y: 14, 'text-anchor': anchorFor(x) }, s.ago(state.ago)),
      axisNode(s),
      h(
        'g',
        'lanes',
        {},
        MECHANISMS.map((mechanism, i) => laneNode(state, mechanism, i, all[i]?.ok ?? false, s)),
      ),
      h('line', 'cursor', { class: 'r-cursor', x1: x, y1: AXIS.y - 2, x2: x, y2: LANES_BOTTOM + 4 }),
      h(
        'g',
        'marks',
        {},
        MECHANISMS.map((mechanism, i) => markNode(mechanism, i, all[i]?.ok ?? false, x)),
      ),
      insetNode(state, s),
    ],
  );
}
