import { describe, expect, it } from 'vitest';
import { saysInBoth } from '../kit/testing/describe';
import { commandLines, openingOf, pictureTitle, sentenceFor, tourText } from './describe';
import { initial, step, type LeaderboardEvent, type LeaderboardState } from './model';
import { leaderboardStrings } from './strings';
import { ordinal } from './strings.en';
import { stateAt } from './timeline';

const { en, ko } = leaderboardStrings;

function say(event: LeaderboardEvent, strings = en, from: LeaderboardState = initial()): string {
  return sentenceFor(event, from, step(from, event), strings);
}

describe('leaderboard sentences', () => {
  saysInBoth('open with the board and its leaders', leaderboardStrings, (s) => openingOf(initial(), s), {
    en: '6 players on the board. player64 and player23 have the same top score, 1,450; the sorted set still gives each its own rank, ordering equal scores by member name.',
    ko: '리더보드에 플레이어 6명. 최고 점수(1,450점)가 같은 멤버: player64, player23. 점수가 같아도 정렬된 세트는 멤버 이름 순으로 각자 다른 순위를 매깁니다.',
  });

  it('say what each command did, in both languages', () => {
    expect(say({ type: 'incr', member: 'player42', by: 150 })).toBe(
      'ZINCRBY added 150 points to player42: now 1,250, up from 4th to 3rd place.',
    );
    expect(say({ type: 'incr', member: 'player42', by: 150 }, ko)).toBe('ZINCRBY: player42 +150점 — 현재 1,250점, 4위 → 3위.');
    expect(say({ type: 'incr', member: 'player07', by: -400 })).toBe(
      'ZINCRBY took 400 points from player07: now 800, down from 3rd to 6th place.',
    );
    expect(say({ type: 'incr', member: 'player77', by: 90 })).toBe(
      'player77 was not on the board, so ZINCRBY added it, starting from 0: now 90, in 7th place.',
    );
    expect(say({ type: 'add', member: 'player91', score: 1300 })).toBe(
      'ZADD put player91 on the board with 1,300 points, in 3rd place.',
    );
    expect(say({ type: 'add', member: 'player42', score: 1500 })).toBe(
      'player42 was already on the board, so ZADD replaced its score instead of adding it twice: now 1,500, up from 4th to 1st place.',
    );
    expect(say({ type: 'remove', member: 'player58' })).toBe('ZREM took player58 off the board; it was 6th.');
    expect(say({ type: 'remove', member: 'player77' })).toBe(
      'player77 was not on the board: ZREM removed nothing and replied 0.',
    );
    expect(say({ type: 'top', n: 3 })).toBe(
      'ZREVRANGE 0 2 returned the top 3, highest first: player64 1,450, player23 1,450 and player07 1,200.',
    );
    expect(say({ type: 'rank', member: 'player42' })).toBe(
      'ZREVRANK returned 3 for player42: ranks count from 0, so that is 4th place.',
    );
    expect(say({ type: 'rank', member: 'player42' }, ko)).toBe('ZREVRANK: player42 → 3. 순위는 0부터 세므로 4위입니다.');
    expect(say({ type: 'rank', member: 'player91' })).toBe('player91 is not on the board: ZREVRANK returned nil.');
    expect(say({ type: 'round' })).toMatch(/^Match played: player\d\d \+\d+ \(/);
  });

  it('narrate the tour', () => {
    expect(tourText(0, initial(), stateAt(0), en)).toBe(
      'Step 1 of 9: 6 players on the board. player64 and player23 have the same top score, 1,450; the sorted set still gives each its own rank, ordering equal scores by member name. Six players in one sorted set, always kept in score order. player23 and player64 are tied at 1,450.',
    );
    expect(tourText(6, stateAt(5), stateAt(6), en)).toBe(
      'Step 7 of 9: ZINCRBY added 50 points to player23: now 1,500, up from 3rd to 2nd place. Equal scores are ordered by member name: ZREVRANGE lists the later name first.',
    );
  });

  it('title the picture with the whole ranking', () => {
    expect(pictureTitle(initial(), en)).toBe(
      'Leaderboard of 6 players, highest score first: player64 1,450, player23 1,450, player07 1,200, player42 1,100, player12 980 and player58 870.',
    );
  });

  it('print commands as redis-cli does', () => {
    const incr = step(initial(), { type: 'incr', member: 'player42', by: 150 }).last?.commands[0];
    const top = step(initial(), { type: 'top', n: 3 }).last?.commands[0];
    const nil = step(initial(), { type: 'rank', member: 'player77' }).last?.commands[0];
    if (!incr || !top || !nil) throw new Error('no command');
    expect(commandLines(incr)).toEqual(['> ZINCRBY leaderboard 150 player42', '"1250"']);
    expect(commandLines(top)).toEqual([
      '> ZREVRANGE leaderboard 0 2 WITHSCORES',
      '1) "player64"',
      '2) "1450"',
      '3) "player23"',
      '4) "1450"',
      '5) "player07"',
      '6) "1200"',
    ]);
    expect(commandLines(nil)).toEqual(['> ZREVRANK leaderboard player77', '(nil)']);
  });

  it('write English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st',
    ]);
  });
});
