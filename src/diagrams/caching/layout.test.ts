import { describe, expect, it } from 'vitest';
import { toMarkup } from '../kit/scene';
import { NARROW_WIDTH } from '../kit/fit';
import { CACHE, DB, geometryOf, hopPath, sceneOf, TITLE_ID, WIDTH, APP } from './layout';
import { initial, run } from './model';
import { cachingStrings } from './strings';
import { expectTitledImage, find, keysAreUnique } from '../kit/testing/scene';

describe('the caching picture', () => {
  it('keeps its boxes apart and inside the picture', () => {
    expect(APP.x + APP.width).toBeLessThan(CACHE.x);
    expect(CACHE.y + CACHE.height).toBeLessThan(DB.y);
    expect(CACHE.x + CACHE.width).toBeLessThanOrEqual(WIDTH);
    for (const hop of ['get', 'value', 'nil', 'query', 'result', 'set', 'dbWrite'] as const) {
      const [from, to] = hopPath(hop);
      expect(from).not.toEqual(to);
    }
  });

  it('says in words which keys are cached, stale or missing', () => {
    const state = run([{ type: 'read', key: 'product:1' }, { type: 'write', key: 'product:1' }]);
    const scene = sceneOf(state, cachingStrings.en);
    expect(keysAreUnique(scene)).toBe(true);
    const row = find(scene, 'c-product:1');
    expect(row?.attrs['class']).toBe('c-row is-stale is-active');
    expect(row?.children?.find((c) => c.key === 'stale')?.text).toBe('⚠ stale');
    expect(row?.children?.find((c) => c.key === 'version')?.text).toBe('v1');
    expect(find(scene, 'c-product:2')?.children?.find((c) => c.key === 'version')?.text).toBe('not cached');
    expect(find(find(scene, 'd-product:1') ?? scene, 'version')?.text).toBe('v2');
    expect(find(scene, 'result')?.text).toBe('Write');
  });

  it('serialises to a static SVG with an accessible title', () => {
    const markup = toMarkup(sceneOf(initial(), cachingStrings.ko));
    expectTitledImage(markup, TITLE_ID);
    expect(markup).toContain('지연 로딩');
  });
});

describe('the caching picture on a phone', () => {
  const G = geometryOf('narrow');
  const inside = (box: { x: number; y: number; width: number; height: number }) =>
    box.x >= 0 && box.y >= 0 && box.x + box.width <= G.width && box.y + box.height <= G.height;

  it('stacks the application, the cache and the database in a picture as wide as the phone', () => {
    expect(G.width).toBe(NARROW_WIDTH);
    expect(G.height).toBeLessThanOrEqual(420);
    for (const box of [G.app, G.cache, G.db]) expect(inside(box)).toBe(true);
    expect(G.app.y + G.app.height).toBeLessThan(G.cache.y);
    expect(G.cache.y + G.cache.height).toBeLessThan(G.db.y);
    expect(toMarkup(sceneOf(initial(), cachingStrings.ko, 'narrow'))).toContain(`viewBox="0 0 ${NARROW_WIDTH} ${G.height}"`);
  });

  it("runs the database's line down the gutter left of the cache, never across it", () => {
    const [from, to] = hopPath('query', 'narrow');
    // Where the line passes the cache's top and bottom, it is left of the cache box.
    for (const y of [G.cache.y, G.cache.y + G.cache.height]) {
      const x = from.x + ((to.x - from.x) * (y - from.y)) / (to.y - from.y);
      expect(x).toBeLessThan(G.cache.x);
    }
    expect(to.x).toBe(G.db.x);
    const [app, cache] = hopPath('get', 'narrow');
    expect(app.y).toBe(G.app.y + G.app.height);
    expect(cache.y).toBe(G.cache.y);
  });

  it('keeps the rows in words: stale, version and TTL on one line each', () => {
    const state = run([{ type: 'read', key: 'product:1' }, { type: 'write', key: 'product:1' }]);
    const row = find(sceneOf(state, cachingStrings.ko, 'narrow'), 'c-product:1');
    expect(row?.children?.map((c) => c.text)).toEqual([undefined, 'product:1', 'v1', 'TTL 없음', '⚠ 오래됨']);
  });
});
