/**
 * The leaderboard picture as a scene (kit/scene.ts): one row per member,
 * highest score first, each with its place, name, a bar for the score and,
 * after a change, how far it moved. Rows are keyed by member, so the view
 * slides them to their new places. Pure.
 */
import { NARROW_WIDTH, type Fit } from '../kit/fit';
import { h, picture, type SceneNode } from '../kit/scene';
import { highlighted, ranking, type LeaderboardState, type Move } from './model';
import { points } from './format';
import { pictureTitle } from './describe';
import type { LeaderboardStrings } from './strings';

export const ROW = 34;
export const TOP = 44;
export const MAX_ROWS = 8;
export const TITLE_ID = 'leaderboard-picture-title';

/**
 * The columns per layout. Wide: a long bar between the name and the score.
 * Narrow (a phone): the same columns closer together and a shorter bar, with
 * room after the score for the longest move word ("새로 들어옴").
 */
const GEOMETRY: Readonly<Record<Fit, { readonly width: number; readonly col: Readonly<Record<'place' | 'player' | 'bar' | 'barWidth' | 'score' | 'badge', number>> }>> = {
  wide: { width: 640, col: { place: 30, player: 58, bar: 170, barWidth: 300, score: 556, badge: 570 } },
  narrow: { width: NARROW_WIDTH, col: { place: 20, player: 38, bar: 110, barWidth: 84, score: 240, badge: 246 } },
};

export const WIDTH = GEOMETRY.wide.width;

export function widthOf(fit: Fit): number {
  return GEOMETRY[fit].width;
}

/** The picture ends under its last row (room for two when there are fewer, for the empty board's words). */
export function heightOf(rows: number): number {
  return TOP + ROW * Math.max(rows, 2) + 4;
}

export function rowY(index: number): number {
  return TOP + index * ROW;
}

function movesOf(state: LeaderboardState): ReadonlyMap<string, Move> {
  const last = state.last;
  return new Map(last?.type === 'write' ? last.moves.map((m) => [m.member, m]) : []);
}

function badge(move: Move | undefined, s: LeaderboardStrings): { text: string; kind: string } {
  if (!move || move.to === null) return { text: '', kind: 'none' };
  if (move.from === null) return { text: s.picture.joined, kind: 'new' };
  if (move.to < move.from) return { text: s.picture.up(move.from - move.to), kind: 'up' };
  if (move.to > move.from) return { text: s.picture.down(move.to - move.from), kind: 'down' };
  return { text: '', kind: 'none' };
}

export function sceneOf(state: LeaderboardState, s: LeaderboardStrings, fit: Fit = 'wide'): SceneNode {
  const { width: WIDTH, col: COL } = GEOMETRY[fit];
  const rows = ranking(state.board);
  const top = Math.max(1, ...rows.map((e) => e.score));
  const marked = highlighted(state);
  const moves = movesOf(state);
  const rowNodes = rows.map((entry, i) => {
    const b = badge(moves.get(entry.member), s);
    const width = Math.max(0, (COL.barWidth * entry.score) / top);
    return h(
      'g',
      `row-${entry.member}`,
      {
        class: `lb-row${marked.has(entry.member) ? ' is-marked' : ''}`,
        // Written the way d3's transform interpolator writes it, so a finished slide matches the scene.
        transform: `translate(0, ${rowY(i)})`,
        'data-member': entry.member,
      },
      [
        h('rect', 'band', { class: 'lb-band', x: 8, y: 0, width: WIDTH - 16, height: ROW - 4, rx: 5 }),
        h('text', 'place', { class: 'lb-place', x: COL.place, y: 21, 'text-anchor': 'middle' }, String(i + 1)),
        h('text', 'player', { class: 'lb-player', x: COL.player, y: 21 }, entry.member),
        h('rect', 'bar', { class: 'lb-bar', x: COL.bar, y: 8, width, height: ROW - 20, rx: 3 }),
        h('text', 'score', { class: 'lb-score', x: COL.score, y: 21, 'text-anchor': 'end' }, points(entry.score)),
        h('text', 'badge', { class: `lb-badge is-${b.kind}`, x: COL.badge, y: 21 }, b.text),
      ],
    );
  });
  return picture(
    'leaderboard',
    { class: 'lb-picture', width: WIDTH, height: heightOf(rows.length), title: pictureTitle(state, s) },
    [
      h('g', 'head', { class: 'lb-head' }, [
        h('text', 'place', { x: COL.place, y: 26, 'text-anchor': 'middle' }, s.picture.place),
        h('text', 'player', { x: COL.player, y: 26 }, s.picture.player),
        h('text', 'score', { x: COL.score, y: 26, 'text-anchor': 'end' }, s.picture.score),
      ]),
      h('text', 'empty', { class: rows.length === 0 ? 'lb-empty' : 'lb-empty is-hidden', x: WIDTH / 2, y: TOP + 40, 'text-anchor': 'middle' }, s.picture.empty),
      h('g', 'rows', {}, rowNodes),
    ],
  );
}
