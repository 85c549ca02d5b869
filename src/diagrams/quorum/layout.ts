/**
 * The quorum picture as a scene (kit/scene.ts): the writer, three AZs with
 * their copies, the links between them, and two quorum meters. Pure: the
 * server serialises it for the static picture, the view joins it with d3.
 */
import { h, type SceneNode } from '../kit/scene';
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

export const WIDTH = 640;
export const HEIGHT = 352;
export const TITLE_ID = 'quorum-picture-title';

const WRITER = { x: 220, y: 10, width: 200, height: 40 } as const;
const PANEL = { y: 78, width: 200, height: 176, gap: 10, left: 10 } as const;
const BOX = { width: 88, height: 104, top: 122 } as const;
const METER = { top: 274, row: 40, cellsLeft: 232, cell: 26, cellGap: 5 } as const;

/** Where the writer's requests leave from. */
export const WRITER_PORT = { x: WRITER.x + WRITER.width / 2, y: WRITER.y + WRITER.height } as const;

function panelX(az: Az): number {
  const index = az === 'a' ? 0 : az === 'b' ? 1 : 2;
  return PANEL.left + index * (PANEL.width + PANEL.gap);
}

export interface BoxPlace {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a copy's box sits in a design. */
export function boxOf(design: Design, id: CopyId): BoxPlace {
  const x0 = panelX(id[0] as Az);
  const twoPerAz = RULES[design].V === 6;
  const x = twoPerAz ? x0 + (id[1] === '1' ? 10 : PANEL.width - 10 - BOX.width) : x0 + (PANEL.width - BOX.width) / 2;
  return { x, y: BOX.top, width: BOX.width, height: BOX.height };
}

/** The top centre of a copy's box: where requests arrive. */
export function portOf(design: Design, id: CopyId): { readonly x: number; readonly y: number } {
  const box = boxOf(design, id);
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

function copyNode(group: Group, copy: Copy, s: QuorumStrings, answer: Answer | undefined): SceneNode {
  const box = boxOf(group.design, copy.id);
  const children: SceneNode[] = [
    h('rect', 'box', { class: 'q-box', x: 0, y: 0, width: box.width, height: box.height, rx: 6 }),
    h('text', 'name', { class: 'q-name', x: 10, y: 22 }, copy.id),
    h('text', 'health', { class: 'q-health', x: 10, y: 48 }, s.picture.health[copy.health]),
    h('text', 'version', { class: 'q-version', x: 10, y: 72 }, s.picture.version(copy.version)),
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
    { class: `q-copy is-${copy.health}`, transform: `translate(${box.x},${box.y})`, 'data-copy': copy.id },
    children,
  );
}

function linkNode(group: Group, copy: Copy): SceneNode {
  const to = portOf(group.design, copy.id);
  return h('line', `link-${copy.id}`, {
    class: `q-link is-${copy.health}`,
    x1: WRITER_PORT.x,
    y1: WRITER_PORT.y,
    x2: to.x,
    y2: to.y,
  });
}

function meterNode(kind: 'write' | 'read', group: Group, s: QuorumStrings, index: number): SceneNode {
  const rules = rulesOf(group);
  const need = kind === 'write' ? rules.Vw : rules.Vr;
  const count = counting(group).length;
  const met = kind === 'write' ? canWrite(group) : canRead(group);
  const y = METER.top + index * METER.row;
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
    h('text', 'label', { class: 'q-meter-label', x: PANEL.left, y }, s.picture.meter(kind, rules)),
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
export function sceneOf(state: QuorumState, s: QuorumStrings): SceneNode {
  const group = shown(state);
  const answers = answersOf(group);
  const panels = (['a', 'b', 'c'] as const).map((az) => {
    const x = panelX(az);
    return h('g', `az-${az}`, { class: 'q-az' }, [
      h('rect', 'frame', { class: 'q-az-frame', x, y: PANEL.y, width: PANEL.width, height: PANEL.height, rx: 10 }),
      // At the bottom of the panel, where no request line crosses it.
      h('text', 'label', { class: 'q-az-label', x: x + 12, y: PANEL.y + PANEL.height - 10 }, s.picture.az(az)),
    ]);
  });
  return h(
    'svg',
    'quorum',
    {
      class: 'q-picture',
      'data-part': 'picture',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': TITLE_ID,
      'data-design': group.design,
    },
    [
      h('title', 'title', { id: TITLE_ID }, pictureTitle(state, s)),
      h('g', 'azs', {}, panels),
      h(
        'g',
        'links',
        {},
        group.copies.map((copy) => linkNode(group, copy)),
      ),
      h('g', 'writer', { class: 'q-writer' }, [
        h('rect', 'box', { x: WRITER.x, y: WRITER.y, width: WRITER.width, height: WRITER.height, rx: 6 }),
        h('text', 'label', { x: WRITER_PORT.x, y: WRITER.y + 25, 'text-anchor': 'middle' }, s.picture.writer),
      ]),
      h(
        'g',
        'copies',
        {},
        group.copies.map((copy) => copyNode(group, copy, s, answers.get(copy.id))),
      ),
      h('g', 'meters', {}, [meterNode('write', group, s, 0), meterNode('read', group, s, 1)]),
      // The animation layer: drawn by the view, left alone by the scene.
      h('g', 'messages', { class: 'q-messages', 'aria-hidden': 'true' }),
    ],
  );
}
