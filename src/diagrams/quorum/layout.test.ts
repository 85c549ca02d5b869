import { describe, expect, it } from 'vitest';
import { toMarkup, type SceneNode } from '../kit/scene';
import { answersOf, boxOf, HEIGHT, sceneOf, TITLE_ID, WIDTH } from './layout';
import { ALL_COPY_IDS, DESIGNS, initial, RULES, run, shown, step } from './model';
import { quorumStrings } from './strings';
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

describe('the quorum scene', () => {
  it('draws six copies for Aurora and three for the classic design', () => {
    const aurora = sceneOf(initial(), quorumStrings.en);
    const classic = sceneOf(step(initial(), { type: 'show', design: 'classic' }), quorumStrings.en);
    expect(find(aurora, 'copies')?.children).toHaveLength(6);
    expect(find(classic, 'copies')?.children).toHaveLength(3);
    expect(keysAreUnique(aurora) && keysAreUnique(classic)).toBe(true);
  });

  it('keeps every box inside the picture and inside its AZ, without overlaps', () => {
    for (const design of DESIGNS) {
      const boxes = RULES[design].copyIds.map((id) => boxOf(design, id));
      for (const box of boxes) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
        expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
      }
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true)),
      );
    }
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
