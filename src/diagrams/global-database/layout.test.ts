import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toMarkup, type SceneNode } from '../kit/scene';
import { arcPath, HEIGHT, sceneOf, slotX, storageOf, TITLE_ID, WIDTH } from './layout';
import { initial, REGIONS, step } from './model';
import { events } from './model.arbitrary';
import { globalStrings } from './strings';
import { stateAt } from './timeline';

function find(node: SceneNode, key: string): SceneNode | undefined {
  if (node.key === key) return node;
  for (const child of node.children ?? []) {
    const hit = find(child, key);
    if (hit) return hit;
  }
  return undefined;
}

function attrNames(node: SceneNode, path: string, out: Map<string, string>): void {
  const here = `${path}/${node.tag}:${node.key}`;
  const names = Object.keys(node.attrs).sort().join(',');
  const seen = out.get(here);
  if (seen !== undefined && seen !== names) throw new Error(`${here} lists ${names}, earlier ${seen}`);
  out.set(here, names);
  const keys = (node.children ?? []).map((c) => `${c.tag}:${c.key}`);
  if (new Set(keys).size !== keys.length) throw new Error(`${here} has repeated keys`);
  for (const child of node.children ?? []) attrNames(child, here, out);
}

describe('the Global Database scene', () => {
  it('places twelve Regions west to east inside the picture', () => {
    for (let i = 0; i < REGIONS.length; i += 1) {
      expect(slotX(i)).toBeGreaterThan(40);
      expect(slotX(i)).toBeLessThan(WIDTH - 40);
      if (i > 0) expect(slotX(i)).toBeGreaterThan(slotX(i - 1));
    }
    for (let i = 1; i < REGIONS.length; i += 1) {
      expect((REGIONS[i]?.lon ?? 0) >= (REGIONS[i - 1]?.lon ?? 0) || REGIONS[i]?.zone !== REGIONS[i - 1]?.zone).toBe(
        true,
      );
    }
  });

  it('draws one arc per secondary, each staying inside the picture', () => {
    const scene = sceneOf(stateAt(6), globalStrings.en);
    expect(find(scene, 'arcs')?.children).toHaveLength(10);
    for (const r of REGIONS) {
      const d = arcPath('us-west-2', r.code);
      const control = Number(/Q[\d.]+,([\d.]+)/.exec(d)?.[1]);
      expect((storageOf(r.code).y + control) / 2).toBeLessThan(HEIGHT - 50);
    }
  });

  it('says each Region’s role in words as well as colour', () => {
    const scene = sceneOf(stateAt(3), globalStrings.ko);
    const seoul = find(scene, 'region-ap-northeast-2') as SceneNode;
    const virginia = find(scene, 'region-us-east-1') as SceneNode;
    expect(seoul.attrs['data-role']).toBe('primary');
    expect(find(seoul, 'status')?.text).toBe('★ 기본');
    expect(virginia.attrs['class']).toBe('gd-region is-cut-off is-down');
    expect(find(virginia, 'status')?.text).toBe('✕ 분리됨');
    expect(find(scene, 'result')?.text).toBe('최근 장애 조치: RPO 0.55초(쓰기 약 55건 손실), RTO 45초');
  });

  it('keeps keys unique and attribute names stable across states', () => {
    const seen = new Map<string, string>();
    fc.assert(
      fc.property(events, (list) => {
        let state = initial();
        for (const e of list) {
          state = step(state, e);
          attrNames(sceneOf(state, globalStrings.en), '', seen);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('serialises to a static SVG with an accessible title', () => {
    const markup = toMarkup(sceneOf(initial(), globalStrings.en));
    expect(markup).toContain(`aria-labelledby="${TITLE_ID}"`);
    expect(markup).toContain('role="img"');
    expect(markup).toContain(
      `<title data-key="title" id="${TITLE_ID}">Aurora Global Database across twelve AWS Regions`,
    );
  });
});
