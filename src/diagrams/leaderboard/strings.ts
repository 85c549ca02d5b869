/**
 * What the leaderboard island shows and says, in Korean and English. Words
 * only the server renders (caption, description, control labels) are in
 * page-strings.ts, so the island downloads one language of these.
 *
 * Korean follows AWS's Korean pages: 리더보드, 정렬된 세트. Sentences avoid a
 * particle straight after a player ID such as player42.
 */
import { defineStrings } from '../kit/strings';
import type { Move, TopSize } from './model';
import type { TourKey } from './timeline';
import type { Entry } from './sorted-set';
import { en } from './strings.en';
import { ko } from './strings.ko';

export interface LeaderboardStrings {
  readonly picture: {
    readonly title: (entries: readonly Entry[]) => string;
    readonly place: string;
    readonly player: string;
    readonly score: string;
    readonly empty: string;
    readonly up: (places: number) => string;
    readonly down: (places: number) => string;
    readonly joined: string;
  };
  readonly log: {
    readonly label: string;
    readonly empty: string;
  };
  readonly live: {
    readonly opening: (entries: readonly Entry[]) => string;
    readonly incr: (move: Move, by: number) => string;
    readonly add: (move: Move, added: boolean) => string;
    readonly remove: (move: Move) => string;
    readonly top: (n: TopSize, entries: readonly Entry[]) => string;
    readonly rank: (member: string, rank: number | null) => string;
    readonly round: (moves: readonly Move[], bys: readonly number[]) => string;
    readonly tourStep: (index: number, length: number) => string;
    readonly tour: Readonly<Record<TourKey, string>>;
  };
  readonly notice: {
    readonly malformed: string;
  };
}

export const leaderboardStrings = defineStrings<LeaderboardStrings>({ ko, en });
