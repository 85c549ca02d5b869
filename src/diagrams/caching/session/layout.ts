/**
 * The session-store picture as a scene (kit/scene.ts): the user with the
 * session cookie, the load balancer, instances A, B and C (with their own
 * memory) and the ElastiCache session store. The last request's path is
 * highlighted; the view animates it. Pure.
 */
import { h, type SceneNode } from '../../kit/scene';
import { INSTANCES, minutesLeft, nextInstance, type Instance, type SessionState } from './model';
import { pictureTitle } from './describe';
import type { SessionStrings } from './strings';

export const WIDTH = 640;
export const HEIGHT = 300;
export const TITLE_ID = 'session-store-picture-title';

export const USER = { x: 8, y: 104, width: 124, height: 72 } as const;
export const BALANCER = { x: 150, y: 112, width: 112, height: 56 } as const;
export const CACHE = { x: 500, y: 96, width: 132, height: 92 } as const;
const INSTANCE = { x: 288, width: 186, height: 70, top: 14, gap: 31 } as const;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export function instanceBox(instance: Instance): { x: number; y: number; width: number; height: number } {
  const i = INSTANCES.indexOf(instance);
  return { x: INSTANCE.x, y: INSTANCE.top + i * (INSTANCE.height + INSTANCE.gap), width: INSTANCE.width, height: INSTANCE.height };
}

export const USER_OUT: Point = { x: USER.x + USER.width, y: USER.y + USER.height / 2 };
export const BALANCER_IN: Point = { x: BALANCER.x, y: BALANCER.y + BALANCER.height / 2 };
export const BALANCER_OUT: Point = { x: BALANCER.x + BALANCER.width, y: BALANCER.y + BALANCER.height / 2 };
export const CACHE_IN: Point = { x: CACHE.x, y: CACHE.y + CACHE.height / 2 };

export function instanceIn(instance: Instance): Point {
  const box = instanceBox(instance);
  return { x: box.x, y: box.y + box.height / 2 };
}

export function instanceOut(instance: Instance): Point {
  const box = instanceBox(instance);
  return { x: box.x + box.width, y: box.y + box.height / 2 };
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

export function sceneOf(state: SessionState, s: SessionStrings): SceneNode {
  const served = servedBy(state);
  const next = nextInstance(state);
  const cacheMode = state.store === 'cache';
  const last = state.last;
  const outcome = last?.type === 'login' || (last?.type === 'request' && last.found) ? 'in' : last?.type === 'request' ? 'out' : null;
  const [cacheTop = '', cacheBottom = ''] = (() => {
    const words = s.picture.cache;
    const cut = words.indexOf(' ');
    return cut < 0 ? [words, ''] : [words.slice(0, cut), words.slice(cut + 1)];
  })();
  const instances = INSTANCES.map((instance) => {
    const box = instanceBox(instance);
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
        h('text', 'name', { class: 's-label', x: box.x + 12, y: box.y + 24 }, s.picture.instance(instance)),
        h('text', 'next', { class: 's-next', x: box.x + box.width - 10, y: box.y + 24, 'text-anchor': 'end' }, next === instance ? `▸ ${s.picture.next}` : ''),
        h('text', 'memory', { class: `s-memory${!cacheMode && session ? ' has-session' : ''}`, x: box.x + 12, y: box.y + 50 }, `${s.picture.memory} ${memory}`),
      ],
    );
  });
  const cached = state.cached;
  return h(
    'svg',
    'session-store',
    {
      class: 's-picture',
      'data-part': 'picture',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': TITLE_ID,
      'data-store': state.store,
    },
    [
      h('title', 'title', { id: TITLE_ID }, pictureTitle(state, s)),
      h('g', 'links', {}, [
        line('user-lb', USER_OUT, BALANCER_IN, served !== null),
        ...INSTANCES.map((instance) => line(`lb-${instance}`, BALANCER_OUT, instanceIn(instance), served === instance)),
        ...INSTANCES.map((instance) =>
          line(`${instance}-cache`, instanceOut(instance), CACHE_IN, cacheMode && served === instance, !cacheMode),
        ),
      ]),
      h('g', 'user', { class: 's-box s-user' }, [
        h('rect', 'frame', { x: USER.x, y: USER.y, width: USER.width, height: USER.height, rx: 8 }),
        h('text', 'name', { class: 's-label', x: USER.x + 12, y: USER.y + 24 }, s.picture.user),
        h('text', 'cookie', { class: 's-small', x: USER.x + 12, y: USER.y + 50 }, s.picture.cookie(state.cookie)),
      ]),
      h('text', 'result', { class: `s-result is-${outcome ?? 'none'}`, x: USER.x, y: USER.y + USER.height + 24 }, outcome ? s.picture.result[outcome] : ''),
      h('g', 'balancer', { class: 's-box s-balancer' }, [
        h('rect', 'frame', { x: BALANCER.x, y: BALANCER.y, width: BALANCER.width, height: BALANCER.height, rx: 8 }),
        h('text', 'name', { class: 's-label', x: BALANCER.x + BALANCER.width / 2, y: BALANCER.y + 33, 'text-anchor': 'middle' }, s.picture.balancer),
      ]),
      ...instances,
      h('g', 'cache', { class: `s-box s-cache${cacheMode ? '' : ' is-unused'}` }, [
        h('rect', 'frame', { x: CACHE.x, y: CACHE.y, width: CACHE.width, height: CACHE.height, rx: 8 }),
        h('text', 'name', { class: 's-label', x: CACHE.x + 10, y: CACHE.y + 22 }, cacheTop),
        h('text', 'name2', { class: 's-label', x: CACHE.x + 10, y: CACHE.y + 40 }, cacheBottom),
        h(
          'text',
          'session',
          { class: `s-small${cacheMode && cached ? ' has-session' : ''}`, x: CACHE.x + 10, y: CACHE.y + 70 },
          !cacheMode ? s.picture.unused : cached ? s.picture.session(cached.id, minutesLeft(state, cached)) : s.picture.none,
        ),
      ]),
      h('text', 'clock', { class: 's-small', x: USER.x, y: HEIGHT - 12 }, s.picture.clock(state.now)),
      h('g', 'messages', { class: 's-messages', 'aria-hidden': 'true' }),
    ],
  );
}
