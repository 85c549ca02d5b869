/**
 * The session-store picture as a scene (kit/scene.ts): the user with the
 * session cookie, the load balancer, instances A, B and C (with their own
 * memory) and the ElastiCache session store. The last request's path is
 * highlighted; the view animates it. Pure.
 */
import { NARROW_WIDTH, type Fit } from '../../kit/fit';
import { h, picture, type SceneNode } from '../../kit/scene';
import { INSTANCES, minutesLeft, nextInstance, type Instance, type SessionState } from './model';
import { pictureTitle } from './describe';
import type { SessionStrings } from './strings';

export const TITLE_ID = 'session-store-picture-title';

export interface Point {
  readonly x: number;
  readonly y: number;
}

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where things stand, per layout. Wide: left to right, user, load balancer,
 * instances A–C one above the other, the session store. Narrow (a phone): the
 * user and the load balancer side by side on top, the instances stacked under
 * them with the balancer's lines in a gutter on their right and the store's
 * in a gutter on their left, the store across the bottom, then the result and the clock.
 */
interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly user: Rect;
  readonly balancer: Rect;
  readonly cache: Rect;
  readonly instance: { readonly x: number; readonly width: number; readonly height: number; readonly top: number; readonly gap: number; readonly memoryY: number };
  /** Lines leave the balancer at its right (wide) or near the right of its bottom (narrow); they reach an instance from the left or the right. */
  readonly balancerOut: Point;
  readonly instanceInRight: boolean;
  /** The store's name on two lines (wide) or one. */
  readonly cacheNameLines: boolean;
  readonly cacheSessionY: number;
  readonly result: Point & { readonly end: boolean };
  readonly clock: Point & { readonly end: boolean };
}

const WIDE = {
  user: { x: 8, y: 104, width: 124, height: 72 },
  balancer: { x: 150, y: 112, width: 112, height: 56 },
  cache: { x: 500, y: 96, width: 132, height: 92 },
};
const NARROW = {
  user: { x: 2, y: 4, width: 160, height: 56 },
  balancer: { x: 200, y: 4, width: 118, height: 56 },
  cache: { x: 2, y: 246, width: 316, height: 52 },
};

const GEOMETRY: Readonly<Record<Fit, Geometry>> = {
  wide: {
    width: 640,
    height: 300,
    ...WIDE,
    instance: { x: 288, width: 186, height: 70, top: 14, gap: 31, memoryY: 50 },
    balancerOut: { x: WIDE.balancer.x + WIDE.balancer.width, y: WIDE.balancer.y + WIDE.balancer.height / 2 },
    instanceInRight: false,
    cacheNameLines: true,
    cacheSessionY: 70,
    result: { x: WIDE.user.x, y: WIDE.user.y + WIDE.user.height + 24, end: false },
    clock: { x: WIDE.user.x, y: 288, end: false },
  },
  narrow: {
    width: NARROW_WIDTH,
    height: 326,
    ...NARROW,
    instance: { x: 28, width: 262, height: 48, top: 80, gap: 6, memoryY: 40 },
    balancerOut: { x: 304, y: NARROW.balancer.y + NARROW.balancer.height },
    instanceInRight: true,
    cacheNameLines: false,
    cacheSessionY: 42,
    result: { x: 2, y: 318, end: false },
    clock: { x: 318, y: 318, end: true },
  },
};

export const WIDTH = GEOMETRY.wide.width;
export const HEIGHT = GEOMETRY.wide.height;
export const USER = GEOMETRY.wide.user;
export const BALANCER = GEOMETRY.wide.balancer;
export const CACHE = GEOMETRY.wide.cache;

/** The picture's size in a layout. */
export function sizeOf(fit: Fit): { readonly width: number; readonly height: number } {
  return { width: GEOMETRY[fit].width, height: GEOMETRY[fit].height };
}

export function instanceBox(instance: Instance, fit: Fit = 'wide'): Rect {
  const { instance: I } = GEOMETRY[fit];
  const i = INSTANCES.indexOf(instance);
  return { x: I.x, y: I.top + i * (I.height + I.gap), width: I.width, height: I.height };
}

/** Where each hop of a request starts and ends. */
export function portsOf(fit: Fit = 'wide') {
  const G = GEOMETRY[fit];
  const middle = (box: Rect, right: boolean): Point => ({ x: right ? box.x + box.width : box.x, y: box.y + box.height / 2 });
  return {
    userOut: middle(G.user, true),
    balancerIn: middle(G.balancer, false),
    balancerOut: G.balancerOut,
    cacheIn: fit === 'narrow' ? { x: G.cache.x + 12, y: G.cache.y } : middle(G.cache, false),
    instanceIn: (instance: Instance): Point => middle(instanceBox(instance, fit), G.instanceInRight),
    instanceOut: (instance: Instance): Point => middle(instanceBox(instance, fit), !G.instanceInRight),
  };
}

/** The hops of the last request: user to balancer, balancer to the instance, and (with the store) on to it. */
export function hopsOf(state: SessionState, fit: Fit): Array<readonly [Point, Point]> {
  const instance = servedBy(state);
  if (!instance) return [];
  const ports = portsOf(fit);
  const hops: Array<readonly [Point, Point]> = [
    [ports.userOut, ports.balancerIn],
    [ports.balancerOut, ports.instanceIn(instance)],
  ];
  if (state.store === 'cache') hops.push([ports.instanceOut(instance), ports.cacheIn]);
  return hops;
}

/** The instance the last login or request went to. */
export function servedBy(state: SessionState): Instance | null {
  const last = state.last;
  return last && (last.type === 'login' || last.type === 'request') ? last.instance : null;
}

function line(key: string, from: Point, to: Point, used: boolean, hidden = false): SceneNode {
  return h('line', key, {
    class: `s-link${used ? ' is-used' : ''}${hidden ? ' is-hidden' : ''}`,
    x1: from.x,
    y1: from.y,
    x2: to.x,
    y2: to.y,
  });
}

export function sceneOf(state: SessionState, s: SessionStrings, fit: Fit = 'wide'): SceneNode {
  const G = GEOMETRY[fit];
  const { user: USER, balancer: BALANCER, cache: CACHE } = G;
  const ports = portsOf(fit);
  const served = servedBy(state);
  const next = nextInstance(state);
  const cacheMode = state.store === 'cache';
  const last = state.last;
  const outcome = last?.type === 'login' || (last?.type === 'request' && last.found) ? 'in' : last?.type === 'request' ? 'out' : null;
  const [cacheTop = '', cacheBottom = ''] = (() => {
    const words = s.picture.cache;
    const cut = G.cacheNameLines ? words.indexOf(' ') : -1;
    return cut < 0 ? [words, ''] : [words.slice(0, cut), words.slice(cut + 1)];
  })();
  const instances = INSTANCES.map((instance) => {
    const box = instanceBox(instance, fit);
    const session = state.local[instance];
    const memory = cacheMode
      ? s.picture.unused
      : session
        ? s.picture.session(session.id, minutesLeft(state, session))
        : s.picture.none;
    return h(
      'g',
      `i-${instance}`,
      { class: `s-box s-instance${served === instance ? ' is-served' : ''}`, 'data-instance': instance },
      [
        h('rect', 'frame', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 8 }),
        h('text', 'name', { class: 's-label', x: box.x + 12, y: box.y + (fit === 'narrow' ? 19 : 24) }, s.picture.instance(instance)),
        h('text', 'next', { class: 's-next', x: box.x + box.width - 10, y: box.y + (fit === 'narrow' ? 19 : 24), 'text-anchor': 'end' }, next === instance ? `▸ ${s.picture.next}` : ''),
        h('text', 'memory', { class: `s-memory${!cacheMode && session ? ' has-session' : ''}`, x: box.x + 12, y: box.y + G.instance.memoryY }, `${s.picture.memory} ${memory}`),
      ],
    );
  });
  const cached = state.cached;
  return picture(
    'session-store',
    {
      class: 's-picture',
      width: G.width,
      height: G.height,
      title: pictureTitle(state, s),
      data: { 'data-store': state.store },
    },
    [
      h('g', 'links', {}, [
        line('user-lb', ports.userOut, ports.balancerIn, served !== null),
        ...INSTANCES.map((instance) => line(`lb-${instance}`, ports.balancerOut, ports.instanceIn(instance), served === instance)),
        ...INSTANCES.map((instance) =>
          line(`${instance}-cache`, ports.instanceOut(instance), ports.cacheIn, cacheMode && served === instance, !cacheMode),
        ),
      ]),
      h('g', 'user', { class: 's-box s-user' }, [
        h('rect', 'frame', { x: USER.x, y: USER.y, width: USER.width, height: USER.height, rx: 8 }),
        h('text', 'name', { class: 's-label', x: USER.x + 12, y: USER.y + (fit === 'narrow' ? 21 : 24) }, s.picture.user),
        h('text', 'cookie', { class: 's-small', x: USER.x + 12, y: USER.y + (fit === 'narrow' ? 44 : 50) }, s.picture.cookie(state.cookie)),
      ]),
      h(
        'text',
        'result',
        { class: `s-result is-${outcome ?? 'none'}`, x: G.result.x, y: G.result.y, 'text-anchor': G.result.end ? 'end' : 'start' },
        outcome ? s.picture.result[outcome] : '',
      ),
      h('g', 'balancer', { class: 's-box s-balancer' }, [
        h('rect', 'frame', { x: BALANCER.x, y: BALANCER.y, width: BALANCER.width, height: BALANCER.height, rx: 8 }),
        h('text', 'name', { class: 's-label', x: BALANCER.x + BALANCER.width / 2, y: BALANCER.y + BALANCER.height / 2 + 5, 'text-anchor': 'middle' }, s.picture.balancer),
      ]),
      ...instances,
      h('g', 'cache', { class: `s-box s-cache${cacheMode ? '' : ' is-unused'}` }, [
        h('rect', 'frame', { x: CACHE.x, y: CACHE.y, width: CACHE.width, height: CACHE.height, rx: 8 }),
        h('text', 'name', { class: 's-label', x: CACHE.x + 10, y: CACHE.y + 22 }, cacheTop),
        h('text', 'name2', { class: 's-label', x: CACHE.x + 10, y: CACHE.y + 40 }, cacheBottom),
        h(
          'text',
          'session',
          { class: `s-small${cacheMode && cached ? ' has-session' : ''}`, x: CACHE.x + 10, y: CACHE.y + G.cacheSessionY },
          !cacheMode ? s.picture.unused : cached ? s.picture.session(cached.id, minutesLeft(state, cached)) : s.picture.none,
        ),
      ]),
      h('text', 'clock', { class: 's-small', x: G.clock.x, y: G.clock.y, 'text-anchor': G.clock.end ? 'end' : 'start' }, s.picture.clock(state.now)),
      h('g', 'messages', { class: 's-messages', 'aria-hidden': 'true' }),
    ],
  );
}
