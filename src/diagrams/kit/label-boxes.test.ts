import { describe, expect, it } from 'vitest';
import { labelBoxes, overlaps } from './label-boxes';
import { h } from './scene';

describe('labelBoxes and overlaps', () => {
  it('places each label by its anchor inside translated groups, and names the pairs that overlap', () => {
    const scene = h('svg', 'root', {}, [
      h('g', 'moved', { transform: 'translate(100,50)' }, [h('text', 'a', { x: 0, y: 0, 'text-anchor': 'end' }, '장애')]),
      h('text', 'b', { x: 90, y: 52 }, '장애'),
      h('text', 'c', { x: 0, y: 200, 'text-anchor': 'middle' }, '장애'),
    ]);
    const [a, b, c] = labelBoxes(scene, 10);
    expect(a).toMatchObject({ left: 80, right: 100, top: 42, bottom: 52 });
    expect(b).toMatchObject({ left: 90, right: 110 });
    expect(c).toMatchObject({ left: -10, right: 10 });
    expect(overlaps(labelBoxes(scene, 10))).toEqual(['"장애" and "장애"']);
  });
});
