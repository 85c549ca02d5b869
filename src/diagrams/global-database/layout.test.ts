import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toMarkup, type SceneNode } from '../kit/scene';
import { NARROW_WIDTH } from '../kit/fit';
import { arcPath, HEIGHT, regionPlace, sceneOf, slotX, storageOf, TITLE_ID, WIDTH, wrap } from './layout';
import { initial, REGIONS, step } from './model';
import { events } from './model.arbitrary';
import { globalStrings } from './strings';
import { stateAt } from './timeline';
import { checkStableScenes, expectTitledImage, find } from '../kit/testing/scene';

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
    const words = (node: SceneNode | undefined) => node?.children?.map((line) => line.text).join(' ');
    expect(words(find(scene, 'result'))).toBe('최근 장애 조치: RPO 0.55초(쓰기 약 55건 손실), RTO 45초');
  });

  checkStableScenes({ events, initial, step, scene: (state) => sceneOf(state, globalStrings.en) });

  it('serialises to a static SVG with an accessible title', () => {
    const markup = toMarkup(sceneOf(initial(), globalStrings.en));
    expectTitledImage(markup, TITLE_ID);
    expect(markup).toContain(
      `<title data-key="title" id="${TITLE_ID}">Aurora Global Database across twelve AWS Regions`,
    );
  });

  it("keeps each continent's first and last Region's words inside its box (they spilled over its edge)", () => {
    const sydney = regionPlace(REGIONS.findIndex((r) => r.code === 'ap-southeast-2'));
    const mumbai = regionPlace(REGIONS.findIndex((r) => r.code === 'ap-south-1'));
    const london = regionPlace(REGIONS.findIndex((r) => r.code === 'eu-west-2'));
    expect(sydney.anchor).toBe('end');
    expect(sydney.city.x).toBeLessThan(WIDTH - 24);
    expect(mumbai.anchor).toBe('start');
    expect(london.anchor).toBe('middle');
  });

  it('draws each legend entry after its own marker, one per role', () => {
    const legend = find(sceneOf(initial(), globalStrings.en), 'legend');
    expect(legend?.children?.map((entry) => entry.attrs['class'])).toEqual([
      'gd-region is-primary',
      'gd-region is-secondary',
      'gd-region is-none',
    ]);
    const radii = legend?.children?.map((entry) => Number(find(entry, 'dot')?.attrs['r']));
    expect(new Set(radii).size).toBe(3);
  });

  it('lets a reader press a Region to add or remove it, as its checkbox does', () => {
    const scene = sceneOf(initial(), globalStrings.en, 'narrow');
    expect(find(scene, 'region-eu-west-2')?.attrs['data-press']).toBe('[data-part="region"][data-region="eu-west-2"]');
    expect(find(sceneOf(initial(), globalStrings.en), 'region-ap-southeast-2')?.attrs['data-press']).toBe(
      '[data-part="region"][data-region="ap-southeast-2"]',
    );
  });
});

describe('the Global Database scene on a phone', () => {
  const viewBox = (scene: SceneNode) => String(scene.attrs['viewBox']).split(' ').map(Number);

  it('lists the Regions one per line, continents stacked, in a picture as wide as the phone', () => {
    const scene = sceneOf(initial(), globalStrings.ko, 'narrow');
    expect(viewBox(scene)[2]).toBe(NARROW_WIDTH);
    expect(viewBox(scene)[3]).toBeLessThanOrEqual(440);
    const ys = REGIONS.map((_, i) => regionPlace(i, 'narrow').city.y);
    ys.slice(1).forEach((y, i) => expect(y - (ys[i] ?? 0)).toBeGreaterThanOrEqual(18));
    for (let i = 0; i < REGIONS.length; i += 1) {
      const place = regionPlace(i, 'narrow');
      expect(place.status.x).toBeLessThanOrEqual(NARROW_WIDTH);
      expect(place.city.x).toBeGreaterThan(storageOf(REGIONS[i]?.code ?? 'us-east-1', 'narrow').x);
    }
  });

  it('bends the arcs into the gutter left of the continents, inside the picture', () => {
    fc.assert(
      fc.property(events, (list) => {
        let state = initial();
        for (const event of list) state = step(state, event);
        for (const code of state.secondaries) {
          const control = Number(/Q(-?[\d.]+),/.exec(arcPath(state.primary, code, 'narrow'))?.[1]);
          // A quadratic curve reaches halfway to its control point.
          expect((storageOf(code, 'narrow').x + control) / 2).toBeGreaterThanOrEqual(0);
          expect(control).toBeLessThan(storageOf(code, 'narrow').x);
        }
        const keys = (node: SceneNode): boolean => {
          const own = (node.children ?? []).map((c) => `${c.tag}:${c.key}`);
          return new Set(own).size === own.length && (node.children ?? []).every(keys);
        };
        expect(keys(sceneOf(state, globalStrings.en, 'narrow'))).toBe(true);
      }),
    );
  });

  it('wraps the summary to the phone, a new line after " · "', () => {
    const lines = wrap('Writes flow in N. Virginia (us-east-1) · 2 of 10 secondary Regions', 308, true);
    expect(lines).toEqual(['Writes flow in N. Virginia (us-east-1)', '2 of 10 secondary Regions']);
    expect(wrap('Last failover: RPO 0.55 s (about 55 writes lost), RTO 45 s', 308, true).length).toBe(2);
    expect(wrap('one line', 308, false)).toEqual(['one line']);
  });
});
