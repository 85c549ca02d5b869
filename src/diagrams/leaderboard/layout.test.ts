import { describe, expect, it } from 'vitest';
import { toMarkup, type SceneNode } from '../kit/scene';
import { HEIGHT, rowY, sceneOf, TITLE_ID } from './layout';
import { initial, step } from './model';
import { leaderboardStrings } from './strings';

function find(node: SceneNode, key: string): SceneNode | undefined {
  if (node.key === key) return node;
  for (const child of node.children ?? []) {
    const hit = find(child, key);
    if (hit) return hit;
  }
  return undefined;
}

describe('the leaderboard picture', () => {
  it('draws one row per member, in ranking order, inside the picture', () => {
    const scene = sceneOf(initial(), leaderboardStrings.en);
    const rows = find(scene, 'rows')?.children ?? [];
    expect(rows.map((r) => r.key)).toEqual([
      'row-player64',
      'row-player23',
      'row-player07',
      'row-player42',
      'row-player12',
      'row-player58',
    ]);
    rows.forEach((row, i) => expect(row.attrs['transform']).toBe(`translate(0, ${rowY(i)})`));
    expect(rowY(7) + 34).toBeLessThanOrEqual(HEIGHT);
  });

  it('marks the moved member with how far it moved, in words', () => {
    const state = step(initial(), { type: 'incr', member: 'player42', by: 400 });
    const row = find(sceneOf(state, leaderboardStrings.en), 'row-player42');
    expect(row?.attrs['class']).toBe('lb-row is-marked');
    expect(row?.children?.find((c) => c.key === 'badge')?.text).toBe('▲ 3');
    const joined = step(initial(), { type: 'add', member: 'player77', score: 5 });
    const newRow = find(sceneOf(joined, leaderboardStrings.ko), 'row-player77');
    expect(newRow?.children?.find((c) => c.key === 'badge')?.text).toBe('새로 들어옴');
  });

  it('serialises to a static SVG with an accessible title', () => {
    const markup = toMarkup(sceneOf(initial(), leaderboardStrings.en));
    expect(markup).toContain('role="img"');
    expect(markup).toContain(`aria-labelledby="${TITLE_ID}"`);
    expect(markup).toContain('data-member="player42"');
  });

  it('says when the board is empty', () => {
    let state = initial();
    for (const member of ['player07', 'player12', 'player23', 'player42', 'player58', 'player64'] as const) {
      state = step(state, { type: 'remove', member });
    }
    const scene = sceneOf(state, leaderboardStrings.en);
    expect(find(scene, 'rows')?.children).toEqual([]);
    expect(find(scene, 'empty')?.attrs['class']).toBe('lb-empty');
  });
});
