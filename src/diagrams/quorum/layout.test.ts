import { describe, expect, it } from 'vitest';
import { toMarkup } from '../kit/scene';
import { NARROW_WIDTH } from '../kit/fit';
import { answersOf, boxOf, sceneOf, sizeOf, TITLE_ID, type BoxPlace } from './layout';
import { ALL_COPY_IDS, DESIGNS, initial, RULES, run, shown, step } from './model';
import { quorumStrings } from './strings';
import { stateAt } from './timeline';
import { find, keysAreUnique } from '../kit/testing/scene';

describe('the quorum scene', () => {
  it('draws six copies for Aurora and three for the classic design', () => {
    const aurora = sceneOf(initial(), quorumStrings.en);
    const classic = sceneOf(step(initial(), { type: 'show', design: 'classic' }), quorumStrings.en);
    expect(find(aurora, 'copies')?.children).toHaveLength(6);
    expect(find(classic, 'copies')?.children).toHaveLength(3);
    expect(keysAreUnique(aurora) && keysAreUnique(classic)).toBe(true);
  });

  it('keeps every box inside the picture and inside its AZ, without overlaps, wide and narrow', () => {
    for (const fit of ['wide', 'narrow'] as const) {
      const size = sizeOf(fit);
      for (const design of DESIGNS) {
        const boxes = RULES[design].copyIds.map((id) => boxOf(design, id, fit));
        for (const box of boxes) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(size.width);
          expect(box.y + box.height).toBeLessThanOrEqual(size.height);
        }
        const apart = (a: BoxPlace, b: BoxPlace): boolean =>
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(apart(a, b)).toBe(true)));
      }
    }
  });

  it("stacks each AZ's copies on a phone, in a picture about as wide as the phone", () => {
    expect(sizeOf('narrow').width).toBe(NARROW_WIDTH);
    const a1 = boxOf('aurora', 'a1', 'narrow');
    const a2 = boxOf('aurora', 'a2', 'narrow');
    expect(a2.x).toBe(a1.x);
    expect(a2.y).toBeGreaterThan(a1.y + a1.height);
    const narrow = toMarkup(sceneOf(initial(), quorumStrings.ko, 'narrow'));
    expect(narrow).toContain(`viewBox="0 0 ${NARROW_WIDTH} `);
    // Link lines would cross the upper copy: the narrow picture has none.
    expect(narrow).not.toContain('q-link');
  });

  it('lets a reader press a copy or an AZ in the picture: each names the control it stands for', () => {
    const scene = sceneOf(initial(), quorumStrings.en);
    expect(find(scene, 'copy-b2')?.attrs['data-press']).toBe('[data-part="copy"][data-copy="b2"]');
    expect(find(scene, 'az-c')?.attrs['data-press']).toBe('[data-part="az"][data-az="c"]');
  });

  it('marks each copy by state in words as well as colour', () => {
    const scene = sceneOf(stateAt(8), quorumStrings.ko);
    const a1 = find(scene, 'copy-a1');
    const b1 = find(scene, 'copy-b1');
    expect(a1?.attrs['class']).toBe('q-copy is-repairing');
    expect(a1?.children?.find((c) => c.key === 'health')?.text).toBe('↻ 복구 중');
    expect(b1?.children?.find((c) => c.key === 'health')?.text).toBe('✕ 중단');
    expect(b1?.children?.find((c) => c.key === 'version')?.text).toBe('쓰기 #2');
  });

  it('numbers the copies that answered, quorum first', () => {
    const state = run([{ type: 'write' }]);
    const answers = answersOf(shown(state));
    expect([...answers.values()].map((a) => a.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...answers.values()].filter((a) => a.inQuorum)).toHaveLength(4);
    const badge = find(sceneOf(state, quorumStrings.en), 'badge');
    expect(badge?.attrs['class']).toMatch(/^q-badge q-badge-(in|late)$/);
    expect(answersOf(shown(initial())).size).toBe(0);
  });

  it('serialises to a static SVG with an accessible title', () => {
    const markup = toMarkup(sceneOf(initial(), quorumStrings.en));
    expect(
      markup.startsWith(
        '<svg data-key="quorum" class="q-picture" data-part="picture" viewBox="0 0 640 352" role="img"',
      ),
    ).toBe(true);
    expect(markup).toContain(`aria-labelledby="${TITLE_ID}"`);
    expect(markup).toContain(`<title data-key="title" id="${TITLE_ID}">Aurora's 6 copies across 3 AZs:`);
    for (const id of ALL_COPY_IDS) expect(markup).toContain(`data-copy="${id}"`);
  });
});
