import { describe } from 'vitest';
import { TOP_SIZES, type Move } from './model';
import { leaderboardPageStrings, type LeaderboardPageStrings } from './page-strings';
import { leaderboardStrings, type LeaderboardStrings } from './strings';
import { TOUR } from './timeline';
import { checkDiagramWords, textEntries } from '../kit/testing/strings';

const move: Move = { member: 'player42', from: 4, to: 3, score: 1250 };
const entries = [{ member: 'player42', score: 1250 }];

function islandWords(s: LeaderboardStrings): string[] {
  return [
    s.picture.title(entries),
    s.picture.title([]),
    s.picture.place,
    s.picture.player,
    s.picture.score,
    s.picture.empty,
    s.picture.joined,
    s.log.label,
    s.log.empty,
    s.live.opening(entries),
    s.live.incr(move, 150),
    s.live.add(move, true),
    s.live.add(move, false),
    s.live.remove(move),
    s.live.top(3, entries),
    s.live.rank('player42', 3),
    s.live.rank('player42', null),
    s.live.round([move], [150]),
  ];
}

function pageWords(p: LeaderboardPageStrings): string[] {
  return [...textEntries(p.controls), ...TOP_SIZES.map((n) => p.controls.topOption(n))];
}

describe('leaderboard strings', () => {
  checkDiagramWords({
    strings: leaderboardStrings,
    page: leaderboardPageStrings,
    islandWords,
    pageWords,
    tour: TOUR,
    koreanShare: 0.7,
    terms: {
      name: "use AWS's Korean terms and the command names",
      list: ['정렬된 세트', '리더보드', 'ZINCRBY', 'ZADD', 'ZREVRANGE', 'ZREVRANK', 'Valkey', 'Redis OSS'],
    },
    buttons: (c) => [c.incr, c.add, c.remove, c.round, c.top, c.rank],
  });
});
