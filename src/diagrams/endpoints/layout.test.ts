import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toMarkup, type SceneNode } from '../kit/scene';
import { checkStableScenes, expectTitledImage, find } from '../kit/testing/scene';
import { NARROW_TEXT, NARROW_WIDTH } from '../kit/fit';
import { labelBoxes, overlaps, type LabelBox } from '../kit/label-boxes';
import { boxOf, HEIGHT, sceneOf, servedBy, sizeOf, TITLE_ID, WIDTH } from './layout';
import { initial, isAvailable, LONG_WAIT_MS, REPLICA_IDS, run, step, type EndpointsState } from './model';
import { events } from './model.arbitrary';
import { endpointsStrings } from './strings';
import { stateAt, TOUR } from './timeline';

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

  checkStableScenes({ events, initial, step, scene: (state, fit) => sceneOf(state, endpointsStrings.en, fit), fits: ['wide', 'narrow'] });

  it('serialises to a static SVG with an accessible title', () => {
    const markup = toMarkup(sceneOf(initial(), endpointsStrings.en));
    expect(
      markup.startsWith('<svg data-key="endpoints" class="ep-picture" data-part="picture" viewBox="0 0 640 404"'),
    ).toBe(true);
    expectTitledImage(markup, TITLE_ID);
    expect(markup).toContain(`<title data-key="title" id="${TITLE_ID}">Aurora DB cluster: Writer and 3 replicas;`);
  });
});

describe('the endpoints scene on a phone', () => {
  const width = NARROW_WIDTH;
  const outside = (boxes: readonly LabelBox[], w: number, h: number, x0 = 0, y0 = 0): string[] =>
    boxes.filter((b) => b.left < x0 || b.right > x0 + w || b.top < y0 || b.bottom > y0 + h).map((b) => b.words);

  /** Every label of a narrow scene inside the picture, none on another, and each instance's facts inside its row. */
  function problems(state: EndpointsState, lang: 'en' | 'ko'): string[] {
    const scene = sceneOf(state, endpointsStrings[lang], 'narrow');
    const { height } = sizeOf('narrow', state, endpointsStrings[lang]);
    expect(toMarkup(scene)).toContain(`viewBox="0 0 ${width} ${height}"`);
    const boxes = labelBoxes(scene, NARROW_TEXT);
    // The gauge's heading takes at most two lines above it, its status at most three below.
    expect(find(scene, 'head-2')).toBeUndefined();
    expect(find(scene, 'status-3')).toBeUndefined();
    const out = [...outside(boxes, width, height).map((w) => `"${w}" outside the picture`), ...overlaps(boxes)];
    for (const inst of find(scene, 'instances')?.children ?? []) {
      const box = find(inst, 'box')?.attrs as { width: number; height: number };
      const [x, y] = String(inst.attrs['transform']).match(/[\d.]+/g)?.map(Number) ?? [0, 0];
      out.push(...outside(labelBoxes(inst, NARROW_TEXT), box.width, box.height, x, y).map((w) => `"${w}" outside ${inst.key}`));
    }
    // The volume's bar starts below the last row.
    const below = Number(/translate\(0,(-?[\d.]+)\)/.exec(String(find(scene, 'below')?.attrs['transform']))?.[1]);
    const last = boxOf(state.replicas[state.replicas.length - 1]?.id ?? 'writer', 'narrow');
    if (Number(find(find(scene, 'volume') as SceneNode, 'bar')?.attrs['y']) + below < last.y + last.height + 4) out.push('volume on a row');
    for (const pill of scene.children?.find((c) => c.key === 'endpoints')?.children ?? []) {
      const rect = find(pill, 'box')?.attrs as { x: number; y: number; width: number; height: number };
      out.push(...outside(labelBoxes(pill, NARROW_TEXT), rect.width, rect.height, rect.x, rect.y).map((w) => `"${w}" outside ${pill.key}`));
    }
    return out;
  }

  it('is drawn 320 units wide, about as tall as wide, and grows by a row for each replica added', () => {
    const three = sizeOf('narrow', initial(), endpointsStrings.en);
    expect(three.width).toBe(NARROW_WIDTH);
    expect(three.height).toBeLessThanOrEqual(425);
    const more = stateAt(12);
    expect(more.replicas.length).toBeGreaterThan(3);
    const row = boxOf(2, 'narrow').y - boxOf(1, 'narrow').y;
    expect(sizeOf('narrow', more, endpointsStrings.en).height - three.height).toBe((more.replicas.length - 3) * row);
    expect(sizeOf('wide', stateAt(12), endpointsStrings.en)).toEqual({ width: WIDTH, height: HEIGHT });
  });

  it('stacks the writer and the five replicas as full-width rows, one under the other', () => {
    const rows = (['writer', ...REPLICA_IDS] as const).map((i) => boxOf(i, 'narrow'));
    for (const row of rows) {
      expect(row.x).toBeGreaterThanOrEqual(0);
      expect(row.x + row.width).toBeLessThanOrEqual(width);
      expect(row.width).toBeGreaterThan(width * 0.9);
    }
    rows.forEach((a, i) => rows.slice(i + 1).forEach((b) => expect(a.y + a.height <= b.y).toBe(true)));
    // And the wide picture keeps its columns side by side.
    expect(boxOf(2).y).toBe(boxOf(1).y);
  });

  it('keeps every word at 14 units inside its row, its pill and the picture, with no overlaps, through the tour', () => {
    for (const lang of ['en', 'ko'] as const) {
      for (let i = 0; i < TOUR.length; i++) {
        expect(problems(stateAt(i), lang), `${lang} step ${i}`).toEqual([]);
      }
    }
  });

  it('keeps every word in place after any events, in both languages', () => {
    fc.assert(
      fc.property(events, fc.constantFrom('en' as const, 'ko' as const), (list, lang) => {
        expect(problems(run(list), lang)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('wraps the endpoints’ names and members inside their pills instead of shortening them', () => {
    let five = step(initial(), { type: 'load', load: 'peak' });
    for (let i = 0; i < 12; i++) five = step(five, { type: 'wait', ms: LONG_WAIT_MS });
    expect(five.replicas.filter(isAvailable)).toHaveLength(5);
    const reader = find(sceneOf(five, endpointsStrings.en, 'narrow'), 'reader') as SceneNode;
    const words = (reader.children ?? []).filter((c) => c.tag === 'text').map((c) => c.text);
    expect(words.join(' ')).toBe('Reader endpoint → replicas 1, 2, 3, 4 and 5');
    expect(words.length).toBeGreaterThan(2);
  });

  it('lets a replica or an endpoint be pressed: it presses the control that does the same', () => {
    const scene = sceneOf(initial(), endpointsStrings.en, 'narrow');
    expect(find(scene, 'inst-r2')?.attrs['data-press']).toBe('[data-part="member"][data-replica="2"]');
    expect(find(scene, 'inst-writer')?.attrs['data-press']).toBeNull();
    expect(find(scene, 'cluster')?.attrs['data-press']).toBe('[data-part="write"]');
    expect(find(scene, 'reader')?.attrs['data-press']).toBe('[data-part="read-replica"]');
    expect(find(scene, 'custom')?.attrs['data-press']).toBe('[data-part="report"]');
  });
});
