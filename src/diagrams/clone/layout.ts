/**
 * The cloning picture as a scene (kit/scene.ts): one row of pages per
 * cluster, the storage those pages take (shared, then each cluster's own),
 * and the time a clone and a snapshot restore take on one axis. Pure: the
 * server serialises it for the static picture, the view joins it with d3.
 */
import { NARROW_WIDTH, type Fit } from '../kit/fit';
import { h, picture, type SceneNode } from '../kit/scene';
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

export const TITLE_ID = 'clone-picture-title';

/**
 * Where things stand, per layout. Wide: a name column left of each cluster's
 * six cells, the page letters above them. Narrow (a phone): the name and the
 * origin on a line above the cells, each cell's status as a count ("×2",
 * explained once above the rows), section titles and bar words on lines of
 * their own. Sections follow one another, so the picture ends under its last
 * row instead of keeping room for clusters not made yet.
 */
interface Geometry {
  readonly width: number;
  readonly left: number;
  /** The page letters above the cells (wide), or the meaning of "×2" (narrow). */
  readonly heads: 'letters' | 'key';
  readonly rows: { readonly top: number; readonly pitch: number; readonly nameY: number; readonly originY: number; readonly originRight: boolean };
  readonly cells: { readonly x: number; readonly y: number; readonly pitch: number; readonly width: number; readonly height: number; readonly idY: number; readonly statusY: number; readonly short: boolean };
  readonly storage: { readonly gap: number; readonly first: number; readonly pitch: number; readonly x: number; readonly square: number; readonly squareHeight: number };
  readonly compare: { readonly gap: number; readonly titleLines: boolean; readonly first: number; readonly pitch: number; readonly nameY: number; readonly valueY: number; readonly barY: number; readonly barHeight: number; readonly axisGap: number };
  readonly axis: { readonly x: number; readonly width: number };
  readonly bottom: number;
}

const GEOMETRY: Readonly<Record<Fit, Geometry>> = {
  wide: {
    width: 640,
    left: 10,
    heads: 'letters',
    rows: { top: 38, pitch: 60, nameY: 21, originY: 40, originRight: false },
    cells: { x: 160, y: 0, pitch: 76, width: 70, height: 50, idY: 21, statusY: 40, short: false },
    storage: { gap: 32, first: 12, pitch: 26, x: 160, square: 26, squareHeight: 20 },
    compare: { gap: 20, titleLines: false, first: 10, pitch: 40, nameY: 30, valueY: 12, barY: 17, barHeight: 18, axisGap: 4 },
    axis: { x: 160, width: 440 },
    bottom: 24,
  },
  narrow: {
    width: NARROW_WIDTH,
    left: 2,
    heads: 'key',
    rows: { top: 30, pitch: 66, nameY: 14, originY: 14, originRight: true },
    cells: { x: 2, y: 22, pitch: 53, width: 50, height: 42, idY: 17, statusY: 35, short: true },
    storage: { gap: 28, first: 10, pitch: 22, x: 122, square: 28, squareHeight: 20 },
    compare: { gap: 26, titleLines: true, first: 22, pitch: 52, nameY: 14, valueY: 30, barY: 35, barHeight: 12, axisGap: 6 },
    axis: { x: 4, width: 290 },
    bottom: 26,
  },
};

export const WIDTH = GEOMETRY.wide.width;

/** Where each section starts for a state: rows, storage, comparison, and the picture's height. */
export function sectionsOf(state: CloneState, fit: Fit = 'wide'): { readonly storage: number; readonly compare: number; readonly axis: number; readonly height: number } {
  const G = GEOMETRY[fit];
  const storage = G.rows.top + state.clusters.length * G.rows.pitch + G.storage.gap - (G.rows.pitch - G.cells.y - G.cells.height);
  const storageRowCount = 1 + live(state).length;
  const compare = storage + G.storage.first + storageRowCount * G.storage.pitch + G.compare.gap;
  const axis = compare + G.compare.first + METHODS.length * G.compare.pitch + G.compare.axisGap;
  return { storage, compare, axis, height: axis + G.bottom };
}

export function cellX(letter: number, fit: Fit = 'wide'): number {
  const { cells } = GEOMETRY[fit];
  return cells.x + letter * cells.pitch;
}

export function rowY(index: number, fit: Fit = 'wide'): number {
  const { rows } = GEOMETRY[fit];
  return rows.top + index * rows.pitch;
}

/**
 * Words as tspans: one line, or (narrow) split after "A: " and before " (".
 * Always tspans, so a redraw across fits never leaves the other fit's text behind.
 */
function lines(text: string, x: number, split: boolean): SceneNode[] {
  const parts = split ? text.split(/(?<=: )|(?= \()/).map((part) => part.trim()).filter(Boolean) : [text];
  return parts.map((part, i) => h('tspan', `l${i}`, { x, dy: i === 0 ? 0 : 17 }, part));
}

function cellNode(state: CloneState, id: PageId, letter: number, s: CloneStrings, fit: Fit): SceneNode {
  const CELLS = GEOMETRY[fit].cells;
  const holders = holdersOf(state, id).length;
  const shared = holders > 1;
  return h(
    'g',
    `cell-${letter}`,
    { class: `c-cell ${shared ? 'is-shared' : 'is-own'}`, transform: `translate(${cellX(letter, fit)},${CELLS.y})`, 'data-page': id },
    [
      h('rect', 'box', { class: 'c-box', x: 0, y: 0, width: CELLS.width, height: CELLS.height, rx: 5 }),
      h('text', 'id', { class: 'c-id', x: CELLS.width / 2, y: CELLS.idY, 'text-anchor': 'middle' }, id),
      h(
        'text',
        'status',
        { class: 'c-status', x: CELLS.width / 2, y: CELLS.statusY, 'text-anchor': 'middle' },
        shared ? (CELLS.short ? s.picture.sharedMark(holders) : s.picture.shared(holders)) : s.picture.own,
      ),
    ],
  );
}

function rowNode(state: CloneState, cluster: Cluster, index: number, s: CloneStrings, fit: Fit): SceneNode {
  const { left: LEFT, rows: ROWS, cells: CELLS, width } = GEOMETRY[fit];
  const parent = cluster.parent === null ? null : s.name(cluster.parent);
  const head = [
    h('text', 'name', { class: 'c-name', x: LEFT, y: ROWS.nameY }, s.name(cluster.number)),
    h(
      'text',
      'origin',
      { class: 'c-origin', x: ROWS.originRight ? width - 2 : LEFT, y: ROWS.originY, 'text-anchor': ROWS.originRight ? 'end' : 'start' },
      cluster.alive ? s.picture.origin(parent) : s.picture.deleted,
    ),
  ];
  const body = cluster.alive
    ? [h('g', 'cells', {}, cluster.table.map((id, letter) => cellNode(state, id, letter, s, fit)))]
    : [
        h('rect', 'gone', {
          class: 'c-gone',
          x: CELLS.x,
          y: CELLS.y,
          width: cellX(PAGE_LETTERS.length - 1, fit) + CELLS.width - CELLS.x,
          height: CELLS.height,
          rx: 5,
        }),
        h('text', 'note', { class: 'c-note', x: CELLS.x + (CELLS.short ? 6 : 14), y: CELLS.y + (CELLS.short ? 17 : 30) }, lines(s.picture.freedNote, CELLS.x + (CELLS.short ? 6 : 14), CELLS.short)),
      ];
  return h(
    'g',
    `cluster-${cluster.number}`,
    {
      class: `c-row ${cluster.alive ? 'is-live' : 'is-deleted'}`,
      transform: `translate(0,${rowY(index, fit)})`,
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

function storageNode(state: CloneState, s: CloneStrings, fit: Fit): SceneNode {
  const { left: LEFT, storage: STORAGE } = GEOMETRY[fit];
  const top = sectionsOf(state, fit).storage;
  const rows = storageRows(state, s);
  const labels: SceneNode[] = [];
  const squares: SceneNode[] = [];
  rows.forEach((row, r) => {
    const y = top + STORAGE.first + r * STORAGE.pitch;
    labels.push(h('text', `label-${row.key}`, { class: 'c-row-label', x: LEFT, y: y + 15 }, row.label));
    row.pages.forEach((id, j) => {
      squares.push(
        h(
          'g',
          `page-${id}`,
          {
            class: `c-square ${row.shared ? 'is-shared' : 'is-own'}`,
            transform: `translate(${STORAGE.x + j * (STORAGE.square + 4)},${y})`,
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
    h('text', 'title', { class: 'c-section', x: LEFT, y: top }, s.picture.storage),
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
export function barWidth(minutes: number, axis: Axis, fit: Fit = 'wide'): number {
  return Math.max(2, (minutes / axis.end) * GEOMETRY[fit].axis.width);
}

/** Which ticks carry words: all of them, or (narrow) the ends and the middle, which have room. */
function tickLabelled(i: number, count: number, fit: Fit): boolean {
  return fit === 'wide' || i === 0 || i === count || 2 * i === count;
}

function compareNode(state: CloneState, s: CloneStrings, fit: Fit): SceneNode {
  const { left: LEFT, compare: COMPARE, axis: AXIS } = GEOMETRY[fit];
  const top = sectionsOf(state, fit);
  const gib = sizeGiB(state);
  const axis = niceAxis(Math.max(...METHODS.map((method) => readyMinutes(method, gib))));
  const bars = METHODS.map((method, i) => {
    const minutes = readyMinutes(method, gib);
    const y = top.compare + COMPARE.first + i * COMPARE.pitch;
    return h('g', `bar-${method}`, { class: `c-bar is-${method}`, transform: `translate(0,${y})` }, [
      h('text', 'name', { class: 'c-bar-name', x: LEFT, y: COMPARE.nameY }, s.picture.method[method]),
      h(
        'text',
        'value',
        { class: 'c-bar-value', x: AXIS.x, y: COMPARE.valueY },
        s.picture.ready(method, s.duration(minutes), pagesAdded(method)),
      ),
      h('rect', 'bar', { x: AXIS.x, y: COMPARE.barY, width: barWidth(minutes, axis, fit), height: COMPARE.barHeight, rx: 3 }),
    ]);
  });
  const ticks: SceneNode[] = [];
  const count = Math.round(axis.end / axis.step);
  for (let i = 0; i * axis.step <= axis.end; i += 1) {
    const x = AXIS.x + ((i * axis.step) / axis.end) * AXIS.width;
    ticks.push(
      h('g', `tick-${i}`, { class: 'c-tick', transform: `translate(${x},${top.axis})` }, [
        h('line', 'mark', { x1: 0, y1: 0, x2: 0, y2: 5 }),
        h(
          'text',
          'label',
          { x: 0, y: 18, 'text-anchor': i * axis.step >= axis.end ? 'end' : i === 0 ? 'start' : 'middle' },
          tickLabelled(i, count, fit) ? s.duration(i * axis.step) : '',
        ),
      ]),
    );
  }
  return h('g', 'compare', { class: 'c-compare' }, [
    h('text', 'title', { class: 'c-section', x: LEFT, y: top.compare }, lines(s.picture.compare(s.size(gib)), LEFT, COMPARE.titleLines)),
    h('g', 'bars', {}, bars),
    h('line', 'axis', { class: 'c-axis', x1: AXIS.x, y1: top.axis, x2: AXIS.x + AXIS.width, y2: top.axis }),
    h('g', 'ticks', {}, ticks),
  ]);
}

/** The whole picture for a state. */
export function sceneOf(state: CloneState, s: CloneStrings, fit: Fit = 'wide'): SceneNode {
  const { width, left: LEFT, heads, cells } = GEOMETRY[fit];
  const { height } = sectionsOf(state, fit);
  return picture('clone', { class: 'c-picture', width, height, title: pictureTitle(state, s) }, [
    h(
      'g',
      'heads',
      { class: 'c-heads' },
      heads === 'letters'
        ? [
            h('text', 'label', { x: LEFT, y: 24 }, s.picture.pages),
            ...PAGE_LETTERS.map((letter, i) =>
              h('text', `head-${letter}`, { x: cellX(i, fit) + cells.width / 2, y: 24, 'text-anchor': 'middle' }, letter),
            ),
          ]
        : [h('text', 'key', { class: 'c-key', x: LEFT, y: 16 }, s.picture.sharedKey)],
    ),
    h(
      'g',
      'rows',
      {},
      state.clusters.map((cluster, i) => rowNode(state, cluster, i, s, fit)),
    ),
    storageNode(state, s, fit),
    compareNode(state, s, fit),
  ]);
}
