/**
 * The Global Database picture as a scene (kit/scene.ts): a world strip of
 * twelve Regions from west to east in three zones, each Region's role and
 * lag, replication arcs from the primary to every secondary, and a summary
 * underneath. Pure: the server serialises it for the static picture, the
 * view joins it with d3.
 */
import { h, type SceneNode } from '../kit/scene';
import { pictureTitle, resultLine } from './describe';
import {
  isDown,
  lagOf,
  MAX_SECONDARIES,
  REGIONS,
  roleOf,
  writable,
  type GlobalState,
  type RegionCode,
  type Zone,
} from './model';
import type { GlobalStrings } from './strings';

export const WIDTH = 640;
export const HEIGHT = 352;
export const TITLE_ID = 'global-database-picture-title';

const LEFT = 24;
const SLOT = (WIDTH - 2 * LEFT) / REGIONS.length;
const ZONE = { y: 28, height: 170 } as const;
const MARKER_Y = 142;
const STORAGE_Y = 210;

export function slotX(index: number): number {
  return LEFT + SLOT * (index + 0.5);
}

/** Where a Region's storage sits: replication arcs start and end here. */
export function storageOf(code: RegionCode): { readonly x: number; readonly y: number } {
  return { x: slotX(REGIONS.findIndex((r) => r.code === code)), y: STORAGE_Y };
}

/** A replication arc from one Region's storage to another's, dipping deeper for farther pairs. */
export function arcPath(from: RegionCode, to: RegionCode): string {
  const a = storageOf(from);
  const b = storageOf(to);
  const depth = 18 + Math.abs(b.x - a.x) * 0.28;
  return `M${a.x},${a.y} Q${(a.x + b.x) / 2},${a.y + depth} ${b.x},${b.y}`;
}

function zoneNode(zone: Zone, s: GlobalStrings): SceneNode {
  const first = REGIONS.findIndex((r) => r.zone === zone);
  const count = REGIONS.filter((r) => r.zone === zone).length;
  const x = LEFT + SLOT * first + 2;
  return h('g', `zone-${zone}`, { class: 'gd-zone' }, [
    h('rect', 'band', { x, y: ZONE.y, width: SLOT * count - 4, height: ZONE.height, rx: 8 }),
    h('text', 'label', { class: 'gd-zone-label', x: x + 8, y: ZONE.y + 16 }, s.picture.zone[zone]),
  ]);
}

function regionNode(state: GlobalState, index: number, s: GlobalStrings): SceneNode {
  const info = REGIONS[index];
  if (!info) throw new RangeError(`no Region at ${index}`);
  const code = info.code;
  const x = slotX(index);
  const odd = index % 2 === 1;
  const role = roleOf(state, code);
  const down = isDown(state, code);
  const lag = lagOf(state, code);
  const status =
    role === 'primary'
      ? down
        ? s.picture.primaryDown
        : s.picture.primary
      : role === 'cut-off'
        ? s.picture.cutOff
        : lag !== null
          ? s.picture.lag(lag)
          : '';
  const radius = role === 'primary' ? 12 : role === 'none' ? 5 : 9;
  const arm = 6;
  return h(
    'g',
    `region-${code}`,
    { class: `gd-region is-${role}${down ? ' is-down' : ''}`, 'data-region': code, 'data-role': role },
    [
      h('text', 'city', { class: 'gd-city', x, y: odd ? 100 : 72 }, s.picture.city[code]),
      h('text', 'code', { class: 'gd-code', x, y: odd ? 114 : 86 }, code),
      h('circle', 'dot', { class: 'gd-dot', cx: x, cy: MARKER_Y, r: radius }),
      h('path', 'cross', {
        class: 'gd-cross',
        d: down
          ? `M${x - arm},${MARKER_Y - arm}L${x + arm},${MARKER_Y + arm}M${x + arm},${MARKER_Y - arm}L${x - arm},${MARKER_Y + arm}`
          : null,
      }),
      h('text', 'status', { class: 'gd-status', x, y: odd ? 186 : 170 }, status),
    ],
  );
}

/** The whole picture for a state. */
export function sceneOf(state: GlobalState, s: GlobalStrings): SceneNode {
  const stopped = !writable(state);
  const storage: SceneNode[] = [state.primary, ...state.secondaries].map((code) =>
    h('circle', `store-${code}`, { class: 'gd-store', cx: storageOf(code).x, cy: STORAGE_Y, r: 4 }),
  );
  return h(
    'svg',
    'global-database',
    {
      class: 'gd-picture',
      'data-part': 'picture',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': TITLE_ID,
    },
    [
      h('title', 'title', { id: TITLE_ID }, pictureTitle(state, s)),
      h('text', 'legend', { class: 'gd-legend', x: WIDTH - 10, y: 16 }, s.picture.legend),
      h(
        'g',
        'zones',
        {},
        (['americas', 'europe', 'asia'] as const).map((zone) => zoneNode(zone, s)),
      ),
      h(
        'g',
        'arcs',
        {},
        state.secondaries.map((code) =>
          h('path', `arc-${code}`, {
            class: stopped ? 'gd-arc is-stopped' : 'gd-arc',
            d: arcPath(state.primary, code),
          }),
        ),
      ),
      h('g', 'storage', {}, storage),
      h(
        'g',
        'regions',
        {},
        REGIONS.map((_, index) => regionNode(state, index, s)),
      ),
      h('g', 'summary', { class: 'gd-summary' }, [
        h(
          'text',
          'writes',
          { class: stopped ? 'gd-writes is-stopped' : 'gd-writes', x: 10, y: 320 },
          `${s.picture.writes(state.primary, !stopped)} · ${s.picture.count(state.secondaries.length, MAX_SECONDARIES)}`,
        ),
        h('text', 'result', { class: 'gd-result', x: 10, y: 340 }, resultLine(state, s)),
      ]),
      // The animation layer: drawn by the view, left alone by the scene.
      h('g', 'messages', { class: 'gd-messages', 'aria-hidden': 'true' }),
    ],
  );
}
