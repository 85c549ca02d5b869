/**
 * The quorum picture as a scene (kit/scene.ts): the writer, three AZs with
 * their copies, the links between them, and two quorum meters. Pure: the
 * server serialises it for the static picture, the view joins it with d3.
 */
import { NARROW_WIDTH, type Fit } from '../kit/fit';
import { h, picture, type SceneNode } from '../kit/scene';
import {
  canRead,
  canWrite,
  counting,
  RULES,
  rulesOf,
  shown,
  type Az,
  type Copy,
  type CopyId,
  type Design,
  type Group,
  type QuorumState,
} from './model';
import { pictureTitle } from './describe';
import type { QuorumStrings } from './strings';

export const TITLE_ID = 'quorum-picture-title';

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type BoxPlace = Rect;

/**
 * Where things stand, per layout. Wide: the writer above three AZ panels side
 * by side, a design's copies side by side in each, the meters below. Narrow
 * (a phone): three slim AZ columns with their copies one above the other, no
 * link lines (they would cross the upper copy), each meter's words above its cells.
 */
interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly writer: Rect;
  readonly panel: { readonly y: number; readonly width: number; readonly height: number; readonly gap: number; readonly left: number };
  readonly box: { readonly width: number; readonly height: number; readonly top: number; readonly inset: number; readonly stack: boolean };
  readonly lines: readonly [number, number, number];
  readonly links: boolean;
  readonly meter: { readonly top: number; readonly row: number; readonly cellsLeft: number; readonly cell: number; readonly cellGap: number; readonly below: number };
}

const GEOMETRY: Readonly<Record<Fit, Geometry>> = {
  wide: {
    width: 640,
    height: 352,
    writer: { x: 220, y: 10, width: 200, height: 40 },
    panel: { y: 78, width: 200, height: 176, gap: 10, left: 10 },
    box: { width: 88, height: 104, top: 122, inset: 10, stack: false },
    lines: [22, 48, 72],
    links: true,
    meter: { top: 274, row: 40, cellsLeft: 232, cell: 26, cellGap: 5, below: 0 },
  },
  narrow: {
    width: NARROW_WIDTH,
    height: 386,
    writer: { x: 60, y: 6, width: 200, height: 36 },
    panel: { y: 56, width: 102, height: 206, gap: 7, left: 2 },
    box: { width: 94, height: 76, top: 64, inset: 4, stack: true },
    lines: [20, 44, 66],
    links: false,
    meter: { top: 290, row: 52, cellsLeft: 4, cell: 22, cellGap: 4, below: 24 },
  },
};

export const WIDTH = GEOMETRY.wide.width;
export const HEIGHT = GEOMETRY.wide.height;

/** The picture's size in a layout. */
export function sizeOf(fit: Fit): { readonly width: number; readonly height: number } {
  return { width: GEOMETRY[fit].width, height: GEOMETRY[fit].height };
}

/** Where the writer's requests leave from. */
export function writerPort(fit: Fit): { readonly x: number; readonly y: number } {
  const { writer } = GEOMETRY[fit];
  return { x: writer.x + writer.width / 2, y: writer.y + writer.height };
}

function panelX(az: Az, fit: Fit): number {
  const { panel } = GEOMETRY[fit];
  const index = az === 'a' ? 0 : az === 'b' ? 1 : 2;
  return panel.left + index * (panel.width + panel.gap);
}

/** Where a copy's box sits in a design. */
export function boxOf(design: Design, id: CopyId, fit: Fit = 'wide'): BoxPlace {
  const { panel, box } = GEOMETRY[fit];
  const x0 = panelX(id[0] as Az, fit);
  const second = RULES[design].V === 6 && id[1] === '2';
  if (box.stack) {
    const y = box.top + (second ? box.height + 8 : 0);
    return { x: x0 + (panel.width - box.width) / 2, y, width: box.width, height: box.height };
  }
  const twoPerAz = RULES[design].V === 6;
  const x = twoPerAz ? x0 + (second ? panel.width - box.inset - box.width : box.inset) : x0 + (panel.width - box.width) / 2;
  return { x, y: box.top, width: box.width, height: box.height };
}

/** The top centre of a copy's box: where requests arrive. */
export function portOf(design: Design, id: CopyId, fit: Fit = 'wide'): { readonly x: number; readonly y: number } {
  const box = boxOf(design, id, fit);
  return { x: box.x + box.width / 2, y: box.y };
}

interface Answer {
  readonly rank: number;
  readonly inQuorum: boolean;
}

/** Which copies answered the last write or read, and in what order. */
export function answersOf(group: Group): ReadonlyMap<CopyId, Answer> {
  const out = new Map<CopyId, Answer>();
  const last = group.last;
  if (!last) return out;
  const rules = rulesOf(group);
  if (last.type === 'write') {
    last.acks.forEach((id, i) => out.set(id, { rank: i + 1, inQuorum: last.ok && i < rules.Vw }));
  } else if (last.type === 'read') {
    last.answers.forEach((id, i) => out.set(id, { rank: i + 1, inQuorum: last.ok }));
  }
  return out;
}

function copyNode(group: Group, copy: Copy, s: QuorumStrings, answer: Answer | undefined, fit: Fit): SceneNode {
  const box = boxOf(group.design, copy.id, fit);
  const [nameY, healthY, versionY] = GEOMETRY[fit].lines;
  const x = fit === 'narrow' ? 6 : 10;
  const children: SceneNode[] = [
    h('rect', 'box', { class: 'q-box', x: 0, y: 0, width: box.width, height: box.height, rx: 6 }),
    h('text', 'name', { class: 'q-name', x, y: nameY }, copy.id),
    h('text', 'health', { class: 'q-health', x, y: healthY }, s.picture.health[copy.health]),
    h('text', 'version', { class: 'q-version', x, y: versionY }, s.picture.version(copy.version)),
  ];
  if (answer) {
    children.push(
      h(
        'g',
        'badge',
        {
          class: answer.inQuorum ? 'q-badge q-badge-in' : 'q-badge q-badge-late',
          transform: `translate(${box.width - 16},16)`,
        },
        [h('circle', 'dot', { r: 11 }), h('text', 'rank', { 'text-anchor': 'middle', y: 4 }, String(answer.rank))],
      ),
    );
  }
  return h(
    'g',
    `copy-${copy.id}`,
    {
      class: `q-copy is-${copy.health}`,
      transform: `translate(${box.x},${box.y})`,
      'data-copy': copy.id,
      'data-press': `[data-part="copy"][data-copy="${copy.id}"]`,
    },
    children,
  );
}

function linkNode(group: Group, copy: Copy, fit: Fit): SceneNode {
  const to = portOf(group.design, copy.id, fit);
  const from = writerPort(fit);
  return h('line', `link-${copy.id}`, {
    class: `q-link is-${copy.health}`,
    x1: from.x,
    y1: from.y,
    x2: to.x,
    y2: to.y,
  });
}

function meterNode(kind: 'write' | 'read', group: Group, s: QuorumStrings, index: number, fit: Fit): SceneNode {
  const METER = GEOMETRY[fit].meter;
  const rules = rulesOf(group);
  const need = kind === 'write' ? rules.Vw : rules.Vr;
  const count = counting(group).length;
  const met = kind === 'write' ? canWrite(group) : canRead(group);
  const labelY = METER.top + index * METER.row;
  const y = labelY + METER.below;
  const pitch = METER.cell + METER.cellGap;
  const cells: SceneNode[] = [];
  for (let i = 0; i < 6; i += 1) {
    const present = i < rules.V;
    cells.push(
      h('rect', `cell-${i}`, {
        class: `q-cell${i < count ? ' is-on' : ''}${present ? '' : ' is-absent'}`,
        x: METER.cellsLeft + i * pitch,
        y: y - 15,
        width: METER.cell,
        height: 18,
        rx: 3,
      }),
    );
  }
  const markX = METER.cellsLeft + need * pitch - METER.cellGap / 2;
  return h('g', `meter-${kind}`, { class: `q-meter ${met ? 'is-met' : 'is-unmet'}` }, [
    h('text', 'label', { class: 'q-meter-label', x: GEOMETRY[fit].panel.left, y: labelY }, s.picture.meter(kind, rules)),
    h('g', 'cells', {}, cells),
    h('line', 'mark', { class: 'q-mark', x1: markX, y1: y - 20, x2: markX, y2: y + 8 }),
    h(
      'text',
      'result',
      { class: 'q-meter-result', x: METER.cellsLeft + 6 * pitch + 8, y },
      `${met ? '✓' : '✕'} ${s.picture.meterResult(count, met)}`,
    ),
  ]);
}

/** The whole picture for a state. */
export function sceneOf(state: QuorumState, s: QuorumStrings, fit: Fit = 'wide'): SceneNode {
  const group = shown(state);
  const answers = answersOf(group);
  const { width, height, writer, panel: PANEL, links } = GEOMETRY[fit];
  const port = writerPort(fit);
  const panels = (['a', 'b', 'c'] as const).map((az) => {
    const x = panelX(az, fit);
    return h('g', `az-${az}`, { class: 'q-az', 'data-press': `[data-part="az"][data-az="${az}"]` }, [
      h('rect', 'frame', { class: 'q-az-frame', x, y: PANEL.y, width: PANEL.width, height: PANEL.height, rx: 10 }),
      // At the bottom of the panel, where no request line crosses it.
      h('text', 'label', { class: 'q-az-label', x: x + (fit === 'narrow' ? 6 : 12), y: PANEL.y + PANEL.height - 10 }, s.picture.az(az)),
    ]);
  });
  return picture(
    'quorum',
    { class: 'q-picture', width, height, title: pictureTitle(state, s), data: { 'data-design': group.design } },
    [
      h('g', 'azs', {}, panels),
      h(
        'g',
        'links',
        {},
        links ? group.copies.map((copy) => linkNode(group, copy, fit)) : [],
      ),
      h('g', 'writer', { class: 'q-writer' }, [
        h('rect', 'box', { x: writer.x, y: writer.y, width: writer.width, height: writer.height, rx: 6 }),
        h('text', 'label', { x: port.x, y: writer.y + writer.height / 2 + 5, 'text-anchor': 'middle' }, s.picture.writer),
      ]),
      h(
        'g',
        'copies',
        {},
        group.copies.map((copy) => copyNode(group, copy, s, answers.get(copy.id), fit)),
      ),
      h('g', 'meters', {}, [meterNode('write', group, s, 0, fit), meterNode('read', group, s, 1, fit)]),
      // The animation layer: drawn by the view, left alone by the scene.
      h('g', 'messages', { class: 'q-messages', 'aria-hidden': 'true' }),
    ],
  );
}
