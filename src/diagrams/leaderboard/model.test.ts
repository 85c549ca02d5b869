import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventArb } from './model.arbitrary';
import {
  clampPoints,
  highlighted,
  initial,
  PLAYERS,
  placeOf,
  ranking,
  roundWinners,
  run,
  SCORE_LIMIT,
  step,
} from './model';
import { card, score } from './sorted-set';

describe('the leaderboard', () => {
  it('starts with six players, two of them tied, the later name first', () => {
    const board = initial().board;
    expect(card(board)).toBe(6);
    expect(ranking(board).map((e) => e.member)).toEqual(['player64', 'player23', 'player07', 'player42', 'player12', 'player58']);
    expect(placeOf(board, 'player42')).toBe(4);
    expect(placeOf(board, 'player91')).toBeNull();
  });

  it('answers ZINCRBY with the new score and records the move', () => {
    const state = step(initial(), { type: 'incr', member: 'player42', by: 150 });
    expect(state.last).toEqual({
      type: 'write',
      commands: [{ name: 'ZINCRBY', args: ['leaderboard', '150', 'player42'], reply: ['1250'] }],
      moves: [{ member: 'player42', from: 4, to: 3, score: 1250 }],
    });
  });

  it('answers ZADD with 1 for a new member and 0 for one already there', () => {
    const added = step(initial(), { type: 'add', member: 'player91', score: 1300 });
    expect(added.last?.commands[0]?.reply).toEqual(['1']);
    const again = step(added, { type: 'add', member: 'player91', score: 1600 });
    expect(again.last?.commands[0]?.reply).toEqual(['0']);
    expect(card(again.board)).toBe(7);
    expect(placeOf(again.board, 'player91')).toBe(1);
  });

  it('answers ZREVRANGE and ZREVRANK without changing the board', () => {
    const top = step(initial(), { type: 'top', n: 3 });
    expect(top.board.entries).toEqual(initial().board.entries);
    expect(top.last?.commands[0]).toEqual({
      name: 'ZREVRANGE',
      args: ['leaderboard', '0', '2', 'WITHSCORES'],
      reply: ['player64', '1450', 'player23', '1450', 'player07', '1200'],
    });
    const rank = step(initial(), { type: 'rank', member: 'player42' });
    expect(rank.last).toMatchObject({ type: 'rank', member: 'player42', rank: 3 });
    expect(step(initial(), { type: 'rank', member: 'player77' }).last?.commands[0]?.reply).toEqual(['(nil)']);
  });

  it('plays matches with seeded winners: the same round always picks the same players and points', () => {
    expect(roundWinners(0)).toEqual(roundWinners(0));
    for (let round = 0; round < 50; round += 1) {
      const winners = roundWinners(round);
      expect(winners.length === 2 || winners.length === 3).toBe(true);
      expect(new Set(winners.map((w) => w.member)).size).toBe(winners.length);
      for (const w of winners) {
        expect(w.by % 10).toBe(0);
        expect(w.by).toBeGreaterThanOrEqual(50);
        expect(w.by).toBeLessThanOrEqual(300);
      }
    }
    const played = step(initial(), { type: 'round' });
    expect(played.rounds).toBe(1);
    expect(played.last?.commands.every((c) => c.name === 'ZINCRBY')).toBe(true);
    expect(run([{ type: 'round' }, { type: 'round' }])).toEqual(run([{ type: 'round' }, { type: 'round' }]));
  });

  it('keeps scores in bounds and points to whole numbers', () => {
    expect(clampPoints(1e9)).toBe(100_000);
    expect(clampPoints(Number.NaN)).toBe(0);
    expect(clampPoints(12.6)).toBe(13);
    const huge = step(initial(), { type: 'add', member: 'player07', score: 1e15 });
    expect(score(huge.board, 'player07')).toBe(SCORE_LIMIT);
    const more = step(huge, { type: 'incr', member: 'player07', by: 500 });
    expect(score(more.board, 'player07')).toBe(SCORE_LIMIT);
    expect(more.last?.commands[0]?.args[1]).toBe('0');
  });

  it('keeps members unique, ordered and highlighted after any sequence', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        let state = initial();
        for (const event of events) {
          const before = state;
          state = step(state, event);
          const list = ranking(state.board);
          expect(new Set(list.map((e) => e.member)).size).toBe(list.length);
          for (let i = 1; i < list.length; i += 1) {
            const [a, b] = [list[i - 1], list[i]];
            if (a && b) expect(a.score > b.score || (a.score === b.score && a.member > b.member)).toBe(true);
          }
          if (event.type === 'top' || event.type === 'rank') expect(state.board).toBe(before.board);
          for (const member of highlighted(state)) expect(PLAYERS).toContain(member);
        }
      }),
    );
  });
});
