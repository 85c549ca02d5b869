/**
 * The Global Database picture as a scene (kit/scene.ts): a world strip of
 * twelve Regions from west to east in three zones, each Region's role and
 * lag, replication arcs from the primary to every secondary, and a summary
 * underneath. Pure: the server serialises it for the static picture, the
 * view joins it with d3.
 */
import { NARROW_WIDTH, type Fit } from '../kit/fit';
import { h, picture, type SceneNode } from '../kit/scene';
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

export const TITLE_ID = 'global-database-picture-title';

/**
 * Where things stand, per layout. Wide: a world strip, twelve Region slots
 * west to east in three continent boxes, names staggered on two rows above
 * the markers, storage points below them and arcs dipping under the boxes.
 * Narrow (a phone): the continents stacked, one line per Region (marker,
 * city, code, status), storage points in a gutter on the left where the arcs
 * bulge, the summary's parts on lines of their own.
 */
interface Geometry {
  readonly width: number;
  /** Fixed (wide), or (narrow, null) ending under the summary's last line. */
  readonly height: number | null;
  readonly legend: { readonly y: number; readonly pitch: number; readonly right: boolean };
  readonly summaryY: number;
  readonly summaryLines: boolean;
}

const HEIGHT_WIDE = 352;

const GEOMETRY: Readonly<Record<Fit, Geometry>> = {
  wide: { width: 640, height: HEIGHT_WIDE, legend: { y: 16, pitch: 0, right: true }, summaryY: 320, summaryLines: false },
  narrow: { width: NARROW_WIDTH, height: null, legend: { y: 17, pitch: 19, right: false }, summaryY: 376, summaryLines: true },
};

export const WIDTH = GEOMETRY.wide.width;
export const HEIGHT = HEIGHT_WIDE;

const LEFT = 24;
const SLOT = (WIDTH - 2 * LEFT) / REGIONS.length;
const ZONE = { y: 28, height: 170 } as const;
const MARKER_Y = 142;
const STORAGE_Y = 210;
const ZONES = ['americas', 'europe', 'asia'] as const;

/** Narrow: the continents' boxes start here, each a header line then a line per Region. */
const LIST = { top: 42, header: 18, row: 20, gap: 8, boxX: 34, gutter: 24, dotX: 46, cityX: 60, codeX: 150, statusX: 314 } as const;

export function slotX(index: number): number {
  return LEFT + SLOT * (index + 0.5);
}

/** Narrow: the baseline of a Region's line. */
function lineY(index: number): number {
  const zone = ZONES.indexOf(REGIONS[index]?.zone ?? 'americas');
  return LIST.top + (zone + 1) * LIST.header + zone * LIST.gap + index * LIST.row + 15;
}

/** Narrow: a continent's box. */
function listBox(zone: Zone): { readonly y: number; readonly height: number } {
  const first = REGIONS.findIndex((r) => r.zone === zone);
  const count = REGIONS.filter((r) => r.zone === zone).length;
  const y = lineY(first) - 15 - LIST.header;
  return { y, height: LIST.header + count * LIST.row + 4 };
}

/** Where a Region's storage sits: replication arcs start and end here. */
export function storageOf(code: RegionCode, fit: Fit = 'wide'): { readonly x: number; readonly y: number } {
  const index = REGIONS.findIndex((r) => r.code === code);
  return fit === 'narrow' ? { x: LIST.gutter, y: lineY(index) - 5 } : { x: slotX(index), y: STORAGE_Y };
}

/** A replication arc from one Region's storage to another's, dipping deeper (wide) or bulging further left (narrow) for farther pairs. */
export function arcPath(from: RegionCode, to: RegionCode, fit: Fit = 'wide'): string {
  const a = storageOf(from, fit);
  const b = storageOf(to, fit);
  if (fit === 'narrow') {
    const bulge = Math.min(LIST.gutter * 2 - 4, 8 + Math.abs(b.y - a.y) * 0.12);
    return `M${a.x},${a.y} Q${a.x - bulge},${(a.y + b.y) / 2} ${b.x},${b.y}`;
  }
  const depth = 18 + Math.abs(b.x - a.x) * 0.28;
  return `M${a.x},${a.y} Q${(a.x + b.x) / 2},${a.y + depth} ${b.x},${b.y}`;
}

function zoneNode(zone: Zone, s: GlobalStrings, fit: Fit): SceneNode {
  if (fit === 'narrow') {
    const box = listBox(zone);
    return h('g', `zone-${zone}`, { class: 'gd-zone' }, [
      h('rect', 'band', { x: LIST.boxX, y: box.y, width: NARROW_WIDTH - LIST.boxX - 2, height: box.height, rx: 8 }),
      h('text', 'label', { class: 'gd-zone-label', x: LIST.boxX + 8, y: box.y + 15 }, s.picture.zone[zone]),
    ]);
  }
  const first = REGIONS.findIndex((r) => r.zone === zone);
  const count = REGIONS.filter((r) => r.zone === zone).length;
  const x = LEFT + SLOT * first + 2;
  return h('g', `zone-${zone}`, { class: 'gd-zone' }, [
    h('rect', 'band', { x, y: ZONE.y, width: SLOT * count - 4, height: ZONE.height, rx: 8 }),
    h('text', 'label', { class: 'gd-zone-label', x: x + 8, y: ZONE.y + 16 }, s.picture.zone[zone]),
  ]);
}

interface RegionPlace {
  readonly dot: { readonly x: number; readonly y: number };
  readonly city: { readonly x: number; readonly y: number };
  readonly code: { readonly x: number; readonly y: number };
  readonly status: { readonly x: number; readonly y: number };
  /** Words centred on the slot, or (a continent's first or last slot, wide) kept inside its box; narrow: status at the right end. */
  readonly anchor: 'start' | 'middle' | 'end';
  readonly statusAnchor: 'start' | 'middle' | 'end';
}

/** Where a Region's marker and words go. */
export function regionPlace(index: number, fit: Fit = 'wide'): RegionPlace {
  if (fit === 'narrow') {
    const y = lineY(index);
    return {
      dot: { x: LIST.dotX, y: y - 5 },
      city: { x: LIST.cityX, y },
      code: { x: LIST.codeX, y },
      status: { x: LIST.statusX, y },
      anchor: 'start',
      statusAnchor: 'end',
    };
  }
  const zone = REGIONS[index]?.zone;
  const first = REGIONS.findIndex((r) => r.zone === zone);
  const last = REGIONS.map((r) => r.zone).lastIndexOf(zone ?? 'americas');
  const odd = index % 2 === 1;
  const centre = slotX(index);
  // The words of a continent's first and last Region stay inside its box instead of spilling over its edge.
  const anchor = index === first ? 'start' : index === last ? 'end' : 'middle';
  // The Region two slots before the last (same row of names) steps aside a little, as the last one's words moved in.
  const x = anchor === 'start' ? LEFT + SLOT * first + 6 : anchor === 'end' ? LEFT + SLOT * (last + 1) - 6 : index + 2 === last ? centre - SLOT * 0.2 : centre;
  return {
    dot: { x: centre, y: MARKER_Y },
    city: { x, y: odd ? 100 : 72 },
    code: { x, y: odd ? 114 : 86 },
    status: { x, y: odd ? 186 : 170 },
    anchor,
    statusAnchor: anchor,
  };
}

function regionNode(state: GlobalState, index: number, s: GlobalStrings, fit: Fit): SceneNode {
  const info = REGIONS[index];
  if (!info) throw new RangeError(`no Region at ${index}`);
  const code = info.code;
  const place = regionPlace(index, fit);
  const { x, y } = place.dot;
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
  const radius = markerRadius(role, fit);
  const arm = 6;
  return h(
    'g',
    `region-${code}`,
    {
      class: `gd-region is-${role}${down ? ' is-down' : ''}`,
      'data-region': code,
      'data-role': role,
      // Pressing a Region adds it as a secondary or removes it, as its checkbox does (not the primary's, which is disabled).
      'data-press': `[data-part="region"][data-region="${code}"]`,
    },
    [
      h('rect', 'hit', { class: 'gd-hit', ...hitArea(place, fit) }),
      h('text', 'city', { class: 'gd-city', x: place.city.x, y: place.city.y, 'text-anchor': place.anchor }, s.picture.city[code]),
      h('text', 'code', { class: 'gd-code', x: place.code.x, y: place.code.y, 'text-anchor': place.anchor }, code),
      h('circle', 'dot', { class: 'gd-dot', cx: x, cy: y, r: radius }),
      h('path', 'cross', {
        class: 'gd-cross',
        d: down ? `M${x - arm},${y - arm}L${x + arm},${y + arm}M${x + arm},${y - arm}L${x - arm},${y + arm}` : null,
      }),
      h('text', 'status', { class: 'gd-status', x: place.status.x, y: place.status.y, 'text-anchor': place.statusAnchor }, status),
    ],
  );
}

/** A Region's marker: the primary largest, a secondary a ring, a Region outside the global database a small ring. */
function markerRadius(role: string, fit: Fit): number {
  const scale = fit === 'narrow' ? 0.75 : 1;
  return (role === 'primary' ? 12 : role === 'none' ? 5 : 9) * scale;
}

/** The pressable area of a Region: its line (narrow), or its slot from the names down to the status (wide). */
function hitArea(place: RegionPlace, fit: Fit): { x: number; y: number; width: number; height: number } {
  if (fit === 'narrow') return { x: LIST.boxX + 2, y: place.city.y - 16, width: NARROW_WIDTH - LIST.boxX - 6, height: LIST.row };
  return { x: place.dot.x - SLOT / 2, y: 60, width: SLOT, height: 134 };
}

/** The legend: each entry after a marker drawn as the picture draws it. */
function legendNode(s: GlobalStrings, fit: Fit): SceneNode {
  const { legend } = GEOMETRY[fit];
  const entries = [
    ['primary', s.picture.legend.primary],
    ['secondary', s.picture.legend.secondary],
    ['none', s.picture.legend.none],
  ] as const;
  // Wide: one line ending at the right edge, measured roughly (a Hangul letter is ~1 em, others ~0.55 em at 11 units).
  const em = (text: string): number => [...text].reduce((sum, ch) => sum + (/[\u3131-\uD79D]/.test(ch) ? 11 : 6), 0);
  let x = legend.right ? WIDTH - 10 - entries.reduce((sum, [, text]) => sum + 20 + em(text) + 12, 0) : 4;
  return h(
    'g',
    'legend',
    { class: 'gd-legend' },
    entries.map(([role, text], i) => {
      // Narrow: the primary and the secondary on the first line, the third entry on the second.
      const line = fit === 'narrow' && i === 2 ? 1 : 0;
      if (fit === 'narrow' && i === 2) x = 4;
      const y = legend.y + line * legend.pitch;
      const r = markerRadius(role, fit) * (fit === 'narrow' ? 0.8 : 0.6);
      const cx = x + 9;
      const node = h('g', `legend-${role}`, { class: `gd-region is-${role}` }, [
        h('circle', 'dot', { class: 'gd-dot', cx, cy: y - 4, r }),
        h('text', 'label', { x: cx + 12, y }, text),
      ]);
      x = cx + 12 + (fit === 'narrow' ? [...text].reduce((sum, ch) => sum + (/[\u3131-\uD79D]/.test(ch) ? 14 : 7.5), 0) : em(text)) + 14;
      return node;
    }),
  );
}

/** Roughly how wide words are at the narrow text size: a Hangul letter about 1 em, others about 0.55. */
function roughWidth(text: string): number {
  return [...text].reduce((sum, ch) => sum + (/[\u3131-\uD79D]/.test(ch) ? 14 : 7.7), 0);
}

/** Words as lines: one (wide), or (narrow) wrapped at spaces to fit `room` units, a new line after " · ". */
export function wrap(text: string, room: number, narrow: boolean): string[] {
  if (!narrow || text === '') return [text];
  const out: string[] = [];
  for (const part of text.split(' · ')) {
    let line = '';
    for (const word of part.split(' ')) {
      const next = line === '' ? word : `${line} ${word}`;
      if (line !== '' && roughWidth(next) > room) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

function tspans(parts: readonly string[], x: number): SceneNode[] {
  return parts.map((part, i) => h('tspan', `l${i}`, { x, dy: i === 0 ? 0 : 18 }, part));
}

/** The whole picture for a state. */
export function sceneOf(state: GlobalState, s: GlobalStrings, fit: Fit = 'wide'): SceneNode {
  const G = GEOMETRY[fit];
  const stopped = !writable(state);
  const storage: SceneNode[] = [state.primary, ...state.secondaries].map((code) => {
    const at = storageOf(code, fit);
    return h('circle', `store-${code}`, { class: 'gd-store', cx: at.x, cy: at.y, r: 4 });
  });
  const writes = `${s.picture.writes(state.primary, !stopped)} · ${s.picture.count(state.secondaries.length, MAX_SECONDARIES)}`;
  const x = fit === 'narrow' ? 4 : 10;
  const writeLines = wrap(writes, NARROW_WIDTH - 12, G.summaryLines);
  const resultLines = wrap(resultLine(state, s), NARROW_WIDTH - 12, G.summaryLines);
  const resultY = G.summaryY + (G.summaryLines ? writeLines.length * 18 + 4 : 20);
  // Narrow: the picture ends under the summary's last line.
  const height = G.height ?? (resultLines.join('') === '' ? resultY - 12 : resultY + (resultLines.length - 1) * 18 + 8);
  return picture('global-database', { class: 'gd-picture', width: G.width, height, title: pictureTitle(state, s) }, [
    legendNode(s, fit),
    h(
      'g',
      'zones',
      {},
      ZONES.map((zone) => zoneNode(zone, s, fit)),
    ),
    h(
      'g',
      'arcs',
      {},
      state.secondaries.map((code) =>
        h('path', `arc-${code}`, {
          class: stopped ? 'gd-arc is-stopped' : 'gd-arc',
          d: arcPath(state.primary, code, fit),
        }),
      ),
    ),
    h('g', 'storage', {}, storage),
    h(
      'g',
      'regions',
      {},
      REGIONS.map((_, index) => regionNode(state, index, s, fit)),
    ),
    h('g', 'summary', { class: 'gd-summary' }, [
      h('text', 'writes', { class: stopped ? 'gd-writes is-stopped' : 'gd-writes', x, y: G.summaryY }, tspans(writeLines, x)),
      h('text', 'result', { class: 'gd-result', x, y: resultY }, tspans(resultLines, x)),
    ]),
    // The animation layer: drawn by the view, left alone by the scene.
    h('g', 'messages', { class: 'gd-messages', 'aria-hidden': 'true' }),
  ]);
}
