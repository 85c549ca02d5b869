import { describe, expect, it } from 'vitest';
import { toMarkup, type SceneNode } from '../kit/scene';
import { NARROW_WIDTH } from '../kit/fit';
import { AXIS, HEIGHT, sceneOf, sizeOf, TITLE_ID, WIDTH, xOf } from './layout';
import { DAY, HOUR, initial, run, SNAPSHOTS, step, TIMELINE_MINUTES } from './model';
import { events } from './model.arbitrary';
import { restoreStrings } from './strings';
import { stateAt } from './timeline';
import { checkStableScenes, expectWordsInside, find, wordBoxes } from '../kit/testing/scene';

describe('the restore-options scene', () => {
  it('maps two weeks onto the axis, now at the right', () => {
    expect(xOf(0)).toBe(AXIS.x1);
    expect(xOf(TIMELINE_MINUTES)).toBe(AXIS.x0);
    expect(xOf(-5)).toBe(AXIS.x1);
    expect(xOf(7 * DAY)).toBe((AXIS.x0 + AXIS.x1) / 2);
  });

  checkStableScenes({ events, initial, step, scene: (state) => sceneOf(state, restoreStrings.en) });

  it('puts a ✓ or ✕ on every lane at the chosen moment, in words in the lane too', () => {
    const scene = sceneOf(initial(), restoreStrings.en);
    expect(find(scene, 'mark-pitr')?.attrs['class']).toBe('r-mark is-ok');
    expect(find(scene, 'mark-clone')?.attrs['class']).toBe('r-mark is-no');
    expect(find(find(scene, 'lane-backtrack') ?? scene, 'status')?.text).toBe('✓ can return');
    expect(find(scene, 'when')?.text).toBe('2 hours ago');
  });

  it('draws bands where point-in-time restore and Backtrack reach, and none when they cannot', () => {
    const scene = sceneOf(initial(), restoreStrings.en);
    const pitr = find(find(scene, 'lane-pitr') ?? scene, 'band');
    expect(pitr?.attrs['x']).toBe(xOf(7 * DAY));
    const backtrack = find(find(scene, 'lane-backtrack') ?? scene, 'band');
    expect(backtrack?.attrs['x']).toBe(xOf(72 * HOUR));
    const off = sceneOf(run([{ type: 'engine', engine: 'rds-mysql' }, { type: 'retention', days: 0 }]), restoreStrings.ko);
    expect(find(find(off, 'lane-pitr') ?? off, 'band')).toBeUndefined();
    expect(find(find(off, 'lane-pitr') ?? off, 'note')?.text).toBe('꺼짐: 보존 기간 0일');
    expect(find(find(off, 'lane-backtrack') ?? off, 'note')?.text).toBe('Aurora MySQL 전용');
    const long = sceneOf(step(initial(), { type: 'retention', days: 35 }), restoreStrings.en);
    expect(find(find(long, 'lane-pitr') ?? long, 'note')?.text).toBe('reaches back 35 days');
    for (const snapshot of SNAPSHOTS) expect(find(scene, `snap-${snapshot.key}`)).toBeDefined();
  });

  it('shows the cursor in the enlarged last 30 minutes only when the moment is there', () => {
    const cursor = (scene: SceneNode): string | undefined => {
      const inset = find(scene, 'inset');
      return inset ? String(find(inset, 'cursor')?.attrs['class']) : undefined;
    };
    expect(cursor(sceneOf(stateAt(2), restoreStrings.en))).toBe('r-cursor');
    expect(cursor(sceneOf(initial(), restoreStrings.en))).toBe('r-cursor is-away');
  });

  it('serialises to a static SVG with an accessible title', () => {
    const markup = toMarkup(sceneOf(initial(), restoreStrings.en));
    expect(markup.startsWith(`<svg data-key="restore" class="r-picture" data-part="picture" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img"`)).toBe(
      true,
    );
    expect(markup).toContain(`aria-labelledby="${TITLE_ID}"`);
  });
});

describe('the phone layout', () => {
  const states = [
    initial(),
    stateAt(0),
    step(initial(), { type: 'moment', ago: 0 }),
    step(initial(), { type: 'moment', ago: TIMELINE_MINUTES }),
    step(step(initial(), { type: 'engine', engine: 'rds-postgresql' }), { type: 'retention', days: 0 }),
  ];

  it('is drawn 320 units wide, every label inside it, none on top of another', () => {
    for (const state of states) {
      for (const s of [restoreStrings.en, restoreStrings.ko]) {
        const scene = sceneOf(state, s, 'narrow');
        const { width, height } = sizeOf('narrow');
        expect(width).toBe(NARROW_WIDTH);
        expect(height).toBeLessThanOrEqual(1.5 * NARROW_WIDTH);
        expect(scene.attrs['viewBox']).toBe(`0 0 ${width} ${height}`);
        expectWordsInside(scene, width, height);
      }
    }
  });

  it('puts each lane name and its verdict on a line above a track that spans the picture', () => {
    const scene = sceneOf(initial(), restoreStrings.en, 'narrow');
    const lane = find(scene, 'lane-pitr')!;
    const name = find(lane, 'name')!;
    const status = find(lane, 'status')!;
    const track = find(lane, 'track')!;
    expect(Number(name.attrs['y'])).toBe(Number(status.attrs['y']));
    expect(status.attrs['text-anchor']).toBe('end');
    expect(Number(track.attrs['y'])).toBeGreaterThan(Number(name.attrs['y']));
    expect(xOf(TIMELINE_MINUTES, 'narrow')).toBeLessThan(20);
    // Wide keeps the verdict under the name, left of the track.
    const wide = find(sceneOf(initial(), restoreStrings.en), 'lane-pitr')!;
    expect(Number(find(wide, 'status')!.attrs['y'])).toBeGreaterThan(Number(find(wide, 'name')!.attrs['y']));
  });

  it('keeps the moment’s words inside the picture at either end of the two weeks', () => {
    for (const fit of ['wide', 'narrow'] as const) {
      for (const ago of [0, 2 * HOUR, TIMELINE_MINUTES]) {
        const boxes = wordBoxes(sceneOf(step(initial(), { type: 'moment', ago }), restoreStrings.en, fit));
        const when = boxes.find((b) => b.top < 10)!;
        expect(when.left).toBeGreaterThanOrEqual(0);
        expect(when.right).toBeLessThanOrEqual(sizeOf(fit).width);
      }
    }
  });
});

describe('the cursor', () => {
  it('runs through every lane when wide, and on a phone only across the axis and the tracks, never the words', () => {
    const lines = (fit: 'wide' | 'narrow'): readonly SceneNode[] => find(sceneOf(initial(), restoreStrings.en, fit), 'cursor')?.children ?? [];
    expect(lines('wide')).toHaveLength(1);
    const narrow = sceneOf(initial(), restoreStrings.en, 'narrow');
    const segments = lines('narrow');
    expect(segments.length).toBeGreaterThan(1);
    const lane = find(narrow, 'lane-backtrack')!;
    const top = Number(/translate\(0,([-\d.]+)\)/.exec(String(lane.attrs['transform']))![1]);
    const nameY = top + Number(find(lane, 'name')!.attrs['y']);
    for (const line of segments) {
      expect(Number(line.attrs['y2']) <= nameY - 12 || Number(line.attrs['y1']) >= nameY + 4).toBe(true);
    }
  });
});
