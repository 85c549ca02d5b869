import { frameButtons } from '../kit/frame-strings';
import { describe } from 'vitest';
import { TOP_SIZES, type Move } from './model';
import { leaderboardPageStrings, type LeaderboardPageStrings } from './page-strings';
import { leaderboardStrings, type LeaderboardStrings } from './strings';
import { TOUR } from './timeline';
import type { Locale } from '../kit/strings';
import { checkWords, framePageWords, textEntries } from '../kit/testing/strings';

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
    s.live.tourStep(0, 9),
    ...TOUR.map((step) => s.live.tour[step.captionKey]),
  ];
}

function pageWords(p: LeaderboardPageStrings): string[] {
  const c = p.controls;
  return [
    ...framePageWords(p),
    ...textEntries(c),
    ...TOP_SIZES.map((n) => c.topOption(n)),
  ];
}

describe('leaderboard strings', () => {
  const words = (locale: Locale) => [
    ...islandWords(leaderboardStrings[locale]),
    ...pageWords(leaderboardPageStrings[locale]),
  ];
  checkWords({
    words,
    koreanShare: 0.7,
    terms: {
      name: "use AWS's Korean terms and the command names",
      text: () => leaderboardPageStrings.ko.description.join(' '),
      list: ['정렬된 세트', '리더보드', 'ZINCRBY', 'ZADD', 'ZREVRANGE', 'ZREVRANK', 'Valkey', 'Redis OSS'],
    },
    buttons: (locale) => {
      const c = leaderboardPageStrings[locale].controls;
      return [c.incr, c.add, c.remove, c.round, c.top, c.rank, ...frameButtons(locale)];
    },
  });
});
