import { describe, expect, it } from 'vitest';
import { toMarkup, type SceneNode } from '../kit/scene';
import { CACHE, DB, hopPath, sceneOf, TITLE_ID, WIDTH, APP } from './layout';
import { initial, run } from './model';
import { cachingStrings } from './strings';

function find(node: SceneNode, key: string): SceneNode | undefined {
  if (node.key === key) return node;
  for (const child of node.children ?? []) {
    const hit = find(child, key);
    if (hit) return hit;
  }
  return undefined;
}

function keysAreUnique(node: SceneNode): boolean {
  const keys = (node.children ?? []).map((c) => `${c.tag}:${c.key}`);
  return new Set(keys).size === keys.length && (node.children ?? []).every(keysAreUnique);
}

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
    expect(markup).toContain('role="img"');
    expect(markup).toContain(`aria-labelledby="${TITLE_ID}"`);
    expect(markup).toContain('지연 로딩');
  });
});
