import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toMarkup, type SceneNode } from '../kit/scene';
import { boxOf, HEIGHT, sceneOf, servedBy, TITLE_ID, WIDTH } from './layout';
import { initial, REPLICA_IDS, run, step } from './model';
import { events } from './model.arbitrary';
import { endpointsStrings } from './strings';
import { stateAt } from './timeline';

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

/** Attribute names per key, across many scenes: a key must always list the same names. */
function attrNames(node: SceneNode, path: string, out: Map<string, string>): void {
  const here = `${path}/${node.tag}:${node.key}`;
  const names = Object.keys(node.attrs).sort().join(',');
  const seen = out.get(here);
  if (seen !== undefined && seen !== names) throw new Error(`${here} lists ${names}, earlier ${seen}`);
  out.set(here, names);
  for (const child of node.children ?? []) attrNames(child, here, out);
}

describe('the endpoints scene', () => {
  it('draws the writer and every replica, and nothing for replicas that do not exist', () => {
    const scene = sceneOf(initial(), endpointsStrings.en);
    expect(find(scene, 'instances')?.children?.map((c) => c.key)).toEqual([
      'inst-writer',
      'inst-r1',
      'inst-r2',
      'inst-r3',
    ]);
    const scaled = sceneOf(stateAt(12), endpointsStrings.en);
    expect(find(scaled, 'inst-r4')?.attrs['class']).toBe('ep-inst is-creating');
    expect(find(find(scaled, 'inst-r4') as SceneNode, 'tag')?.text).toBe('creating…');
  });

  it('keeps every box inside the picture without overlaps', () => {
    const boxes = (['writer', ...REPLICA_IDS] as const).map((i) => boxOf(i));
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
      expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
    }
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(a.x + a.width <= b.x).toBe(true)));
  });

  it('says stale in words as well as colour, and marks who served the last reads', () => {
    const state = run([{ type: 'write' }, { type: 'read', via: 'reader' }]);
    const scene = sceneOf(state, endpointsStrings.ko);
    const r1 = find(scene, 'inst-r1') as SceneNode;
    expect(find(r1, 'served')?.text).toBe('읽기 #0 ✕ 오래됨');
    expect(find(r1, 'data')?.text).toBe('없음, 1개 뒤처짐');
    expect(r1.attrs['class']).toBe('ep-inst is-served');
    expect(servedBy(state).get(1)).toEqual({ count: 1, value: 0, stale: true });
  });

  it('keeps keys unique and attribute names stable across states', () => {
    const seen = new Map<string, string>();
    fc.assert(
      fc.property(events, (list) => {
        let state = initial();
        for (const e of list) {
          state = step(state, e);
          const scene = sceneOf(state, endpointsStrings.en);
          expect(keysAreUnique(scene)).toBe(true);
          attrNames(scene, '', seen);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('serialises to a static SVG with an accessible title', () => {
    const markup = toMarkup(sceneOf(initial(), endpointsStrings.en));
    expect(
      markup.startsWith('<svg data-key="endpoints" class="ep-picture" data-part="picture" viewBox="0 0 640 404"'),
    ).toBe(true);
    expect(markup).toContain(`aria-labelledby="${TITLE_ID}"`);
    expect(markup).toContain(`<title data-key="title" id="${TITLE_ID}">Aurora DB cluster: Writer and 3 replicas;`);
  });
});
