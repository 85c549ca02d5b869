import { describe, expect, it } from 'vitest';
import { toMarkup } from '../kit/scene';
import { NARROW_WIDTH } from '../kit/fit';
import { ALLOC, FREE, geometryOf, HEIGHT, niceStep, PLOT, sceneOf, TITLE_ID, WIDTH, xOf } from './layout';
import { initial } from './model';
import { autoscalingStrings } from './strings';
import { stateAt } from './timeline';
import { expectTitledImage, find, keysAreUnique } from '../kit/testing/scene';

function numbersIn(d: string): number[][] {
  return [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('the storage-autoscaling chart', () => {
  const scene = sceneOf(initial(), autoscalingStrings.en);

  it('has unique keys and an accessible title', () => {
    expect(keysAreUnique(scene)).toBe(true);
    const markup = toMarkup(scene);
    expectTitledImage(markup, TITLE_ID);
    expect(markup).toContain(`viewBox="0 0 ${WIDTH} ${HEIGHT}"`);
  });

  it('keeps the curves inside their panels', () => {
    for (const [x, y] of numbersIn(String(find(scene, 'free')?.attrs['d']))) {
      expect(x).toBeGreaterThanOrEqual(PLOT.left);
      expect(x).toBeLessThanOrEqual(PLOT.right);
      expect(y).toBeGreaterThanOrEqual(FREE.top);
      expect(y).toBeLessThanOrEqual(FREE.bottom);
    }
    const allocated = String(find(scene, 'allocated')?.attrs['d']);
    for (const y of [...allocated.matchAll(/V([\d.]+)/g)].map((m) => Number(m[1]))) {
      expect(y).toBeGreaterThanOrEqual(ALLOC.top);
      expect(y).toBeLessThanOrEqual(ALLOC.bottom);
    }
  });

  it('marks every increase, the threshold stop, the waits and the full disk', () => {
    expect(find(scene, 'increase-305')?.attrs['class']).toBe('sa-increase');
    expect(find(scene, 'increase-683')?.attrs['class']).toBe('sa-increase is-capped');
    expect(find(find(scene, 'increase-305') ?? scene, 'label')?.text).toBe('+14');
    expect(find(scene, 'blocked-1043')).toBeDefined();
    expect(find(scene, 'wait-305')).toBeDefined();
    expect(find(scene, 'full-1381')).toBeDefined();
    expect(find(find(scene, 'max') ?? scene, 'label')?.text).toBe('Maximum 126 GiB');
  });

  it('clips the day at the hour showing', () => {
    expect(find(sceneOf(stateAt(6), autoscalingStrings.en), 'shown')?.attrs['width']).toBe(xOf(360));
    expect(find(scene, 'shown')?.attrs['width']).toBe(PLOT.right);
    expect(find(sceneOf(stateAt(6), autoscalingStrings.en), 'cursor')?.attrs['class']).toBe('sa-cursor');
  });

  it('says when the threshold is far off the chart', () => {
    const far = sceneOf(initial({ max: 60_000 }), autoscalingStrings.ko);
    expect(find(far, 'max')?.attrs['class']).toBe('sa-max is-off');
    expect(find(find(far, 'max') ?? far, 'label')?.text).toBe('최대 60,000 GiB, 차트 위쪽 밖 ↑');
  });

  it('picks round tick steps', () => {
    expect(niceStep(30)).toBe(10);
    expect(niceStep(140)).toBe(50);
    expect(niceStep(1300)).toBe(500);
    expect(niceStep(7)).toBe(2);
  });

  it('keeps the words of a disk full late in the day inside the plot (they were cut at the right edge)', () => {
    for (const fit of ['wide', 'narrow'] as const) {
      const label = find(find(sceneOf(initial(), autoscalingStrings.ko, fit), 'full-1381') ?? scene, 'label');
      expect(label?.attrs['text-anchor']).toBe('end');
      expect(Number(label?.attrs['x'])).toBeLessThanOrEqual(geometryOf(fit).plot.right);
      expect(label?.text).toBe('가득 참');
    }
  });
});

describe('the storage-autoscaling chart on a phone', () => {
  const narrow = sceneOf(initial(), autoscalingStrings.ko, 'narrow');
  const { plot, height } = geometryOf('narrow');

  it('is as wide as the phone and no taller than it is wide plus a little', () => {
    expect(toMarkup(narrow)).toContain(`viewBox="0 0 ${NARROW_WIDTH} ${height}"`);
    expect(height).toBeLessThanOrEqual(420);
    expect(keysAreUnique(narrow)).toBe(true);
  });

  it('draws the same day over the narrower plot', () => {
    for (const [x] of numbersIn(String(find(narrow, 'free')?.attrs['d']))) {
      expect(x).toBeGreaterThanOrEqual(plot.left);
      expect(x).toBeLessThanOrEqual(plot.right);
    }
    expect(find(narrow, 'increase-305')).toBeDefined();
    expect(find(narrow, 'blocked-1043')).toBeDefined();
    expect(Number(find(find(narrow, 'increase-305') ?? narrow, 'rule')?.attrs['x1'])).toBe(xOf(305, 'narrow'));
  });

  it('labels the clock every 6 hours, so five times fit side by side', () => {
    const axis = find(narrow, 'time-axis')?.children ?? [];
    expect(axis.map((t) => t.text)).toEqual(['00:00', '06:00', '12:00', '18:00', '24:00']);
    const xs = axis.map((t) => Number(t.attrs['x']));
    xs.slice(1).forEach((x, i) => expect(x - (xs[i] ?? 0)).toBeGreaterThan(50));
    expect(Math.max(...xs) + 20).toBeLessThanOrEqual(NARROW_WIDTH);
  });

  it('puts the words of a wait on a line each, inside its band', () => {
    const wait = find(narrow, 'wait-305');
    const band = find(wait ?? narrow, 'band');
    const words = find(wait ?? narrow, 'label')?.children ?? [];
    expect(words.map((w) => w.text)).toEqual(['6시간', '대기']);
    expect(Number(band?.attrs['width'])).toBeGreaterThan(44);
  });
});
