/**
 * The cloning picture as a scene (kit/scene.ts): one row of pages per
 * cluster, the storage those pages take (shared, then each cluster's own),
 * and the time a clone and a snapshot restore take on one axis. Pure: the
 * server serialises it for the static picture, the view joins it with d3.
 */
import { h, type SceneNode } from '../kit/scene';
import {
  holdersOf,
  live,
  METHODS,
  ownPages,
  PAGE_LETTERS,
  pagesAdded,
  readyMinutes,
  sharedPages,
  sizeGiB,
  type Cluster,
  type CloneState,
  type PageId,
} from './model';
import { pictureTitle } from './describe';
import type { CloneStrings } from './strings';

export const WIDTH = 640;
export const HEIGHT = 580;
export const TITLE_ID = 'clone-picture-title';

const LEFT = 10;
const CELLS = { x: 160, pitch: 76, width: 70, height: 50 } as const;
const ROWS = { y: 38, pitch: 60 } as const;
const STORAGE = { y: 300, rowsY: 312, pitch: 26, square: 26, squareHeight: 20, gap: 4 } as const;
const COMPARE = { y: 462, barsY: 472, pitch: 40, barHeight: 18, axisY: 556 } as const;
const AXIS = { x: CELLS.x, width: 440 } as const;

export function cellX(letter: number): number {
  return CELLS.x + letter * CELLS.pitch;
}

export function rowY(index: number): number {
  return ROWS.y + index * ROWS.pitch;
}

function cellNode(state: CloneState, id: PageId, letter: number, s: CloneStrings): SceneNode {
  const holders = holdersOf(state, id).length;
  const shared = holders > 1;
  return h(
    'g',
    `cell-${letter}`,
    { class: `c-cell ${shared ? 'is-shared' : 'is-own'}`, transform: `translate(${cellX(letter)},0)`, 'data-page': id },
    [
      h('rect', 'box', { class: 'c-box', x: 0, y: 0, width: CELLS.width, height: CELLS.height, rx: 5 }),
      h('text', 'id', { class: 'c-id', x: CELLS.width / 2, y: 21, 'text-anchor': 'middle' }, id),
      h(
        'text',
        'status',
        { class: 'c-status', x: CELLS.width / 2, y: 40, 'text-anchor': 'middle' },
        shared ? s.picture.shared(holders) : s.picture.own,
      ),
    ],
  );
}

function rowNode(state: CloneState, cluster: Cluster, index: number, s: CloneStrings): SceneNode {
  const parent = cluster.parent === null ? null : s.name(cluster.parent);
  const head = [
    h('text', 'name', { class: 'c-name', x: LEFT, y: 21 }, s.name(cluster.number)),
    h(
      'text',
      'origin',
      { class: 'c-origin', x: LEFT, y: 40 },
      cluster.alive ? s.picture.origin(parent) : s.picture.deleted,
    ),
  ];
  const body = cluster.alive
    ? [h('g', 'cells', {}, cluster.table.map((id, letter) => cellNode(state, id, letter, s)))]
    : [
        h('rect', 'gone', {
          class: 'c-gone',
          x: CELLS.x,
          y: 0,
          width: cellX(PAGE_LETTERS.length - 1) + CELLS.width - CELLS.x,
          height: CELLS.height,
          rx: 5,
        }),
        h('text', 'note', { class: 'c-note', x: CELLS.x + 14, y: 30 }, s.picture.freedNote),
      ];
  return h(
    'g',
    `cluster-${cluster.number}`,
    {
      class: `c-row ${cluster.alive ? 'is-live' : 'is-deleted'}`,
      transform: `translate(0,${rowY(index)})`,
      'data-cluster': cluster.number,
    },
    [...head, ...body],
  );
}

export interface StorageRow {
  readonly key: string;
  readonly label: string;
  readonly pages: readonly PageId[];
  readonly shared: boolean;
}

/** The storage rows: shared pages first, then each live cluster's own pages. */
export function storageRows(state: CloneState, s: CloneStrings): StorageRow[] {
  const shared = sharedPages(state);
  return [
    { key: 'shared', label: s.picture.sharedRow(shared.length), pages: shared, shared: true },
    ...live(state).map((cluster) => {
      const own = ownPages(state, cluster.number);
      return {
        key: `own-${cluster.number}`,
        label: s.picture.ownRow(s.name(cluster.number), own.length),
        pages: own,
        shared: false,
      };
    }),
  ];
}

function storageNode(state: CloneState, s: CloneStrings): SceneNode {
  const rows = storageRows(state, s);
  const labels: SceneNode[] = [];
  const squares: SceneNode[] = [];
  rows.forEach((row, r) => {
    const y = STORAGE.rowsY + r * STORAGE.pitch;
    labels.push(h('text', `label-${row.key}`, { class: 'c-row-label', x: LEFT, y: y + 15 }, row.label));
    row.pages.forEach((id, j) => {
      squares.push(
        h(
          'g',
          `page-${id}`,
          {
            class: `c-square ${row.shared ? 'is-shared' : 'is-own'}`,
            transform: `translate(${CELLS.x + j * (STORAGE.square + STORAGE.gap)},${y})`,
          },
          [
            h('rect', 'box', { x: 0, y: 0, width: STORAGE.square, height: STORAGE.squareHeight, rx: 3 }),
            h('text', 'id', { x: STORAGE.square / 2, y: 14, 'text-anchor': 'middle' }, id),
          ],
        ),
      );
    });
  });
  return h('g', 'storage', { class: 'c-storage' }, [
    h('text', 'title', { class: 'c-section', x: LEFT, y: STORAGE.y }, s.picture.storage),
    h('g', 'labels', {}, labels),
    h('g', 'squares', {}, squares),
  ]);
}

export interface Axis {
  /** Minutes at the right end. */
  readonly end: number;
  /** Minutes between ticks. */
  readonly step: number;
}

const TICK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 4320, 10080, 20160, 43200];

/** A time axis that reaches past `max` in at most five round steps. */
export function niceAxis(max: number): Axis {
  const top = Math.max(1, max);
  for (const step of TICK_STEPS) {
    const end = Math.ceil(top / step) * step;
    if (end / step <= 5) return { end, step };
  }
  const step = TICK_STEPS[TICK_STEPS.length - 1] ?? 1;
  return { end: Math.ceil(top / step) * step, step };
}

/** Bar length for a time on an axis, at least 2 px so a short bar stays visible. */
export function barWidth(minutes: number, axis: Axis): number {
  return Math.max(2, (minutes / axis.end) * AXIS.width);
}

function compareNode(state: CloneState, s: CloneStrings): SceneNode {
  const gib = sizeGiB(state);
  const axis = niceAxis(Math.max(...METHODS.map((method) => readyMinutes(method, gib))));
  const bars = METHODS.map((method, i) => {
    const minutes = readyMinutes(method, gib);
    const y = COMPARE.barsY + i * COMPARE.pitch;
    return h('g', `bar-${method}`, { class: `c-bar is-${method}`, transform: `translate(0,${y})` }, [
      h('text', 'name', { class: 'c-bar-name', x: LEFT, y: 30 }, s.picture.method[method]),
      h(
        'text',
        'value',
        { class: 'c-bar-value', x: AXIS.x, y: 12 },
        s.picture.ready(method, s.duration(minutes), pagesAdded(method)),
      ),
      h('rect', 'bar', { x: AXIS.x, y: 17, width: barWidth(minutes, axis), height: COMPARE.barHeight, rx: 3 }),
    ]);
  });
  const ticks: SceneNode[] = [];
  for (let i = 0; i * axis.step <= axis.end; i += 1) {
    const x = AXIS.x + ((i * axis.step) / axis.end) * AXIS.width;
    ticks.push(
      h('g', `tick-${i}`, { class: 'c-tick', transform: `translate(${x},${COMPARE.axisY})` }, [
        h('line', 'mark', { x1: 0, y1: 0, x2: 0, y2: 5 }),
        h(
          'text',
          'label',
          { x: 0, y: 18, 'text-anchor': i * axis.step >= axis.end ? 'end' : i === 0 ? 'start' : 'middle' },
          s.duration(i * axis.step),
        ),
      ]),
    );
  }
  return h('g', 'compare', { class: 'c-compare' }, [
    h('text', 'title', { class: 'c-section', x: LEFT, y: COMPARE.y }, s.picture.compare(s.size(gib))),
    h('g', 'bars', {}, bars),
    h('line', 'axis', { class: 'c-axis', x1: AXIS.x, y1: COMPARE.axisY, x2: AXIS.x + AXIS.width, y2: COMPARE.axisY }),
    h('g', 'ticks', {}, ticks),
  ]);
}

/** The whole picture for a state. */
export function sceneOf(state: CloneState, s: CloneStrings): SceneNode {
  return h(
    'svg',
    'clone',
    {
      class: 'c-picture',
      'data-part': 'picture',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': TITLE_ID,
    },
    [
      h('title', 'title', { id: TITLE_ID }, pictureTitle(state, s)),
      h(
        'g',
        'heads',
        { class: 'c-heads' },
        [
          h('text', 'label', { x: LEFT, y: 24 }, s.picture.pages),
          ...PAGE_LETTERS.map((letter, i) =>
            h('text', `head-${letter}`, { x: cellX(i) + CELLS.width / 2, y: 24, 'text-anchor': 'middle' }, letter),
          ),
        ],
      ),
      h(
        'g',
        'rows',
        {},
        state.clusters.map((cluster, i) => rowNode(state, cluster, i, s)),
      ),
      storageNode(state, s),
      compareNode(state, s),
    ],
  );
}
