/**
 * The caching picture as a scene (kit/scene.ts): the application, the
 * ElastiCache cache with each key's version, TTL and freshness, and the
 * database with the current version of each key. The last request's path is
 * highlighted; the view animates its hops on top. Pure.
 */
import { h, type SceneNode } from '../kit/scene';
import { isStale, KEYS, shown, ttlLeft, type CachingState, type Hop, type Key } from './model';
import { pictureTitle } from './describe';
import type { CachingStrings } from './strings';

export const WIDTH = 640;
export const HEIGHT = 292;
export const TITLE_ID = 'caching-picture-title';

export const APP = { x: 10, y: 104, width: 212, height: 72 } as const;
export const CACHE = { x: 300, y: 12, width: 330, height: 124 } as const;
export const DB = { x: 300, y: 156, width: 330, height: 124 } as const;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where each hop starts and ends. */
export const PORTS = {
  appToCache: { x: APP.x + APP.width, y: APP.y + 18 },
  cacheFromApp: { x: CACHE.x, y: CACHE.y + 72 },
  appToDb: { x: APP.x + APP.width, y: APP.y + APP.height - 18 },
  dbFromApp: { x: DB.x, y: DB.y + 52 },
} as const;

export function hopPath(hop: Hop): readonly [Point, Point] {
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

const ROW = { first: 56, height: 24 } as const;

function rowY(i: number): number {
  return ROW.first + i * ROW.height;
}

function cacheRows(state: CachingState, s: CachingStrings, active: Key | null): SceneNode[] {
  const lane = shown(state);
  return KEYS.map((key, i) => {
    const entry = lane.cache[key];
    const stale = isStale(state, lane, key);
    const y = rowY(i);
    const left = entry ? ttlLeft(state, entry) : null;
    return h(
      'g',
      `c-${key}`,
      { class: `c-row${entry ? '' : ' is-empty'}${stale ? ' is-stale' : ''}${active === key ? ' is-active' : ''}`, 'data-key-name': key },
      [
        h('rect', 'band', { x: CACHE.x + 8, y: y - 16, width: CACHE.width - 16, height: ROW.height - 2, rx: 4 }),
        h('text', 'key', { class: 'c-keyname', x: CACHE.x + 16, y }, key),
        h('text', 'version', { x: CACHE.x + 126, y }, entry ? s.picture.version(entry.version) : s.picture.empty),
        h('text', 'ttl', { x: CACHE.x + 176, y }, entry ? s.picture.ttlLeft(left) : ''),
        h('text', 'stale', { class: 'c-stale', x: CACHE.x + CACHE.width - 16, y, 'text-anchor': 'end' }, stale ? `⚠ ${s.picture.stale}` : ''),
      ],
    );
  });
}

function dbRows(state: CachingState, s: CachingStrings, active: Key | null): SceneNode[] {
  return KEYS.map((key, i) => {
    const y = DB.y + (rowY(i) - CACHE.y);
    return h('g', `d-${key}`, { class: `c-row${active === key ? ' is-active' : ''}` }, [
      h('rect', 'band', { x: DB.x + 8, y: y - 16, width: DB.width - 16, height: ROW.height - 2, rx: 4 }),
      h('text', 'key', { class: 'c-keyname', x: DB.x + 16, y }, key),
      h('text', 'version', { x: DB.x + 126, y }, s.picture.version(state.db[key])),
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

export function sceneOf(state: CachingState, s: CachingStrings): SceneNode {
  const last = shown(state).last;
  const active = last && (last.type === 'read' || last.type === 'write') ? last.key : null;
  const hops = last && (last.type === 'read' || last.type === 'write') ? last.hops : [];
  const usedCache = hops.some((hop) => hop === 'get' || hop === 'set');
  const usedDb = hops.some((hop) => hop === 'query' || hop === 'dbWrite');
  const result =
    last?.type === 'read' ? s.picture.result[last.result] : last?.type === 'write' ? s.picture.result.write : '';
  const resultKind = last?.type === 'read' ? last.result : last?.type === 'write' ? 'write' : 'none';
  return h(
    'svg',
    'caching',
    {
      class: 'c-picture',
      'data-part': 'picture',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': TITLE_ID,
      'data-strategy': state.show,
    },
    [
      h('title', 'title', { id: TITLE_ID }, pictureTitle(state, s)),
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
        h('text', 'strategy', { class: 'c-strategy', x: APP.x + 12, y: APP.y + 44 }, s.strategy[state.show]),
        h('text', 'result', { class: `c-result is-${resultKind}`, x: APP.x + 12, y: APP.y + 64 }, result),
      ]),
      box('cache', CACHE, s.picture.cache, cacheRows(state, s, active)),
      box('db', DB, s.picture.db, dbRows(state, s, active)),
      h('text', 'clock', { class: 'c-clock', x: APP.x, y: 236 }, s.picture.clock(state.now)),
      h('text', 'ttl', { class: 'c-clock', x: APP.x, y: 258 }, s.picture.ttlSetting(state.ttl)),
      h('g', 'messages', { class: 'c-messages', 'aria-hidden': 'true' }),
    ],
  );
}
