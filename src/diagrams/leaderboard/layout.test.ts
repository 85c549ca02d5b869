import { describe, expect, it } from 'vitest';
import { toMarkup } from '../kit/scene';
import { NARROW_WIDTH } from '../kit/fit';
import { heightOf, MAX_ROWS, ROW, rowY, sceneOf, TITLE_ID } from './layout';
import { initial, step } from './model';
import { leaderboardStrings } from './strings';
import { expectTitledImage, find } from '../kit/testing/scene';

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
    expect(rowY(MAX_ROWS - 1) + ROW).toBeLessThanOrEqual(heightOf(MAX_ROWS));
  });

  it('ends under the last row, with no blank rows kept for members not there', () => {
    const six = String(sceneOf(initial(), leaderboardStrings.en).attrs['viewBox']).split(' ').map(Number)[3] ?? 0;
    expect(six).toBe(heightOf(6));
    expect(six - (rowY(5) + ROW)).toBeLessThan(10);
    const seven = sceneOf(step(initial(), { type: 'add', member: 'player77', score: 5 }), leaderboardStrings.en);
    expect(String(seven.attrs['viewBox'])).toBe(`0 0 640 ${heightOf(7)}`);
  });

  it('on a phone, fits name, bar, score and the longest move word in 320 units', () => {
    const joined = step(initial(), { type: 'add', member: 'player77', score: 5 });
    const scene = sceneOf(joined, leaderboardStrings.ko, 'narrow');
    expect(String(scene.attrs['viewBox'])).toBe(`0 0 ${NARROW_WIDTH} ${heightOf(7)}`);
    const row = find(scene, 'row-player64');
    const at = (key: string) => Number(row?.children?.find((c) => c.key === key)?.attrs['x']);
    const bar = row?.children?.find((c) => c.key === 'bar');
    // Monospace names at 14 units are about 8.4 units a letter; the badge's five Hangul about 14 each.
    expect(at('player') + 8 * 8.4).toBeLessThan(at('bar'));
    expect(Number(bar?.attrs['x']) + Number(bar?.attrs['width'])).toBeLessThan(at('score') - 40);
    expect(at('badge') + 5 * 14.5).toBeLessThanOrEqual(NARROW_WIDTH);
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
    expectTitledImage(markup, TITLE_ID);
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
