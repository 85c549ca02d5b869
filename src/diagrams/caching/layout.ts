/**
 * The caching picture as a scene (kit/scene.ts): the application, the
 * ElastiCache cache with each key's version, TTL and freshness, and the
 * database with the current version of each key. The last request's path is
 * highlighted; the view animates its hops on top. Pure.
 */
import { NARROW_WIDTH, type Fit } from '../kit/fit';
import { h, picture, type SceneNode } from '../kit/scene';
import { isStale, KEYS, shown, ttlLeft, type CachingState, type Hop, type Key } from './model';
import { pictureTitle } from './describe';
import type { CachingStrings } from './strings';

export const TITLE_ID = 'caching-picture-title';

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Where things stand, per layout. Wide: the application left, the cache and
 * the database stacked on the right. Narrow (a phone): the application across
 * the top, the cache and the database stacked under it, the database's line
 * running down a gutter on their left; the clock and the TTL share the last line.
 */
interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly app: Rect;
  readonly cache: Rect;
  readonly db: Rect;
  readonly ports: { readonly appToCache: Point; readonly cacheFromApp: Point; readonly appToDb: Point; readonly dbFromApp: Point };
  /** The x of each row's words, from the box's left edge. */
  readonly columns: { readonly key: number; readonly version: number; readonly ttl: number };
  /** Strategy and result lines in the application box; the clock and TTL lines. */
  readonly appLines: { readonly strategy: Point; readonly result: Point; readonly resultEnd: boolean };
  readonly clock: Point;
  readonly ttl: Point & { readonly end: boolean };
}

const WIDE_APP = { x: 10, y: 104, width: 212, height: 72 };
const WIDE_CACHE = { x: 300, y: 12, width: 330, height: 124 };
const WIDE_DB = { x: 300, y: 156, width: 330, height: 124 };
const NARROW_APP = { x: 2, y: 4, width: 316, height: 68 };
const NARROW_CACHE = { x: 24, y: 98, width: 294, height: 118 };
const NARROW_DB = { x: 24, y: 232, width: 294, height: 118 };

const GEOMETRY: Readonly<Record<Fit, Geometry>> = {
  wide: {
    width: 640,
    height: 292,
    app: WIDE_APP,
    cache: WIDE_CACHE,
    db: WIDE_DB,
    ports: {
      appToCache: { x: WIDE_APP.x + WIDE_APP.width, y: WIDE_APP.y + 18 },
      cacheFromApp: { x: WIDE_CACHE.x, y: WIDE_CACHE.y + 72 },
      appToDb: { x: WIDE_APP.x + WIDE_APP.width, y: WIDE_APP.y + WIDE_APP.height - 18 },
      dbFromApp: { x: WIDE_DB.x, y: WIDE_DB.y + 52 },
    },
    columns: { key: 16, version: 126, ttl: 176 },
    appLines: { strategy: { x: 12, y: 44 }, result: { x: 12, y: 64 }, resultEnd: false },
    clock: { x: 10, y: 236 },
    ttl: { x: 10, y: 258, end: false },
  },
  narrow: {
    width: NARROW_WIDTH,
    height: 376,
    app: NARROW_APP,
    cache: NARROW_CACHE,
    db: NARROW_DB,
    ports: {
      appToCache: { x: 170, y: NARROW_APP.y + NARROW_APP.height },
      cacheFromApp: { x: 170, y: NARROW_CACHE.y },
      appToDb: { x: 12, y: NARROW_APP.y + NARROW_APP.height },
      dbFromApp: { x: NARROW_DB.x, y: NARROW_DB.y + 52 },
    },
    columns: { key: 10, version: 94, ttl: 118 },
    appLines: { strategy: { x: 12, y: 44 }, result: { x: 304, y: 22 }, resultEnd: true },
    clock: { x: 2, y: 370 },
    ttl: { x: 318, y: 370, end: true },
  },
};

export const WIDTH = GEOMETRY.wide.width;
export const HEIGHT = GEOMETRY.wide.height;
export const APP = GEOMETRY.wide.app;
export const CACHE = GEOMETRY.wide.cache;
export const DB = GEOMETRY.wide.db;

/** The picture's size and boxes in a layout. */
export function geometryOf(fit: Fit): Geometry {
  return GEOMETRY[fit];
}

/** Where each hop starts and ends. */
export function hopPath(hop: Hop, fit: Fit = 'wide'): readonly [Point, Point] {
  const PORTS = GEOMETRY[fit].ports;
  switch (hop) {
    case 'get':
    case 'set':
      return [PORTS.appToCache, PORTS.cacheFromApp];
    case 'value':
    case 'nil':
      return [PORTS.cacheFromApp, PORTS.appToCache];
    case 'query':
    case 'dbWrite':
      return [PORTS.appToDb, PORTS.dbFromApp];
    case 'result':
      return [PORTS.dbFromApp, PORTS.appToDb];
  }
}

/** The first row's baseline, from the box's top, and the rows' pitch. */
const ROW = { first: 44, height: 24 } as const;

function rowY(box: Rect, i: number): number {
  return box.y + ROW.first + i * ROW.height;
}

function cacheRows(state: CachingState, s: CachingStrings, active: Key | null, fit: Fit): SceneNode[] {
  const { cache: CACHE, columns } = GEOMETRY[fit];
  const lane = shown(state);
  return KEYS.map((key, i) => {
    const entry = lane.cache[key];
    const stale = isStale(state, lane, key);
    const y = rowY(CACHE, i);
    const left = entry ? ttlLeft(state, entry) : null;
    return h(
      'g',
      `c-${key}`,
      { class: `c-row${entry ? '' : ' is-empty'}${stale ? ' is-stale' : ''}${active === key ? ' is-active' : ''}`, 'data-key-name': key },
      [
        h('rect', 'band', { x: CACHE.x + 8, y: y - 16, width: CACHE.width - 16, height: ROW.height - 2, rx: 4 }),
        h('text', 'key', { class: 'c-keyname', x: CACHE.x + columns.key, y }, key),
        h('text', 'version', { x: CACHE.x + columns.version, y }, entry ? s.picture.version(entry.version) : s.picture.empty),
        h('text', 'ttl', { x: CACHE.x + columns.ttl, y }, entry ? s.picture.ttlLeft(left) : ''),
        h('text', 'stale', { class: 'c-stale', x: CACHE.x + CACHE.width - 12, y, 'text-anchor': 'end' }, stale ? `⚠ ${s.picture.stale}` : ''),
      ],
    );
  });
}

function dbRows(state: CachingState, s: CachingStrings, active: Key | null, fit: Fit): SceneNode[] {
  const { db: DB, columns } = GEOMETRY[fit];
  return KEYS.map((key, i) => {
    const y = rowY(DB, i);
    return h('g', `d-${key}`, { class: `c-row${active === key ? ' is-active' : ''}` }, [
      h('rect', 'band', { x: DB.x + 8, y: y - 16, width: DB.width - 16, height: ROW.height - 2, rx: 4 }),
      h('text', 'key', { class: 'c-keyname', x: DB.x + columns.key, y }, key),
      h('text', 'version', { x: DB.x + columns.version, y }, s.picture.version(state.db[key])),
    ]);
  });
}

function box(key: string, place: { x: number; y: number; width: number; height: number }, label: string, extra: SceneNode[]): SceneNode {
  return h('g', key, { class: `c-box c-${key}` }, [
    h('rect', 'frame', { x: place.x, y: place.y, width: place.width, height: place.height, rx: 8 }),
    h('text', 'label', { class: 'c-label', x: place.x + 12, y: place.y + 22 }, label),
    ...extra,
  ]);
}

export function sceneOf(state: CachingState, s: CachingStrings, fit: Fit = 'wide'): SceneNode {
  const G = GEOMETRY[fit];
  const { ports: PORTS, app: APP } = G;
  const last = shown(state).last;
  const active = last && (last.type === 'read' || last.type === 'write') ? last.key : null;
  const hops = last && (last.type === 'read' || last.type === 'write') ? last.hops : [];
  const usedCache = hops.some((hop) => hop === 'get' || hop === 'set');
  const usedDb = hops.some((hop) => hop === 'query' || hop === 'dbWrite');
  const result =
    last?.type === 'read' ? s.picture.result[last.result] : last?.type === 'write' ? s.picture.result.write : '';
  const resultKind = last?.type === 'read' ? last.result : last?.type === 'write' ? 'write' : 'none';
  return picture(
    'caching',
    {
      class: 'c-picture',
      width: G.width,
      height: G.height,
      title: pictureTitle(state, s),
      data: { 'data-strategy': state.show },
    },
    [
      h('line', 'to-cache', {
        class: `c-link${usedCache ? ' is-used' : ''}`,
        x1: PORTS.appToCache.x,
        y1: PORTS.appToCache.y,
        x2: PORTS.cacheFromApp.x,
        y2: PORTS.cacheFromApp.y,
      }),
      h('line', 'to-db', {
        class: `c-link${usedDb ? ' is-used' : ''}`,
        x1: PORTS.appToDb.x,
        y1: PORTS.appToDb.y,
        x2: PORTS.dbFromApp.x,
        y2: PORTS.dbFromApp.y,
      }),
      box('app', APP, s.picture.app, [
        h('text', 'strategy', { class: 'c-strategy', x: APP.x + G.appLines.strategy.x, y: APP.y + G.appLines.strategy.y }, s.strategy[state.show]),
        h(
          'text',
          'result',
          {
            class: `c-result is-${resultKind}`,
            x: APP.x + G.appLines.result.x,
            y: APP.y + G.appLines.result.y,
            'text-anchor': G.appLines.resultEnd ? 'end' : 'start',
          },
          result,
        ),
      ]),
      box('cache', G.cache, s.picture.cache, cacheRows(state, s, active, fit)),
      box('db', G.db, s.picture.db, dbRows(state, s, active, fit)),
      h('text', 'clock', { class: 'c-clock', x: G.clock.x, y: G.clock.y }, s.picture.clock(state.now)),
      h('text', 'ttl', { class: 'c-clock', x: G.ttl.x, y: G.ttl.y, 'text-anchor': G.ttl.end ? 'end' : 'start' }, s.picture.ttlSetting(state.ttl)),
      h('g', 'messages', { class: 'c-messages', 'aria-hidden': 'true' }),
    ],
  );
}
