/** The leaderboard island's words in English. See strings.ts. */
import { points } from './format';
import type { Entry } from './sorted-set';
import type { Move } from './model';
import type { LeaderboardStrings } from './strings';

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function entries(items: readonly Entry[]): string {
  return list(items.map((e) => `${e.member} ${points(e.score)}`));
}

function place(move: Move): string {
  if (move.to === null) return '';
  if (move.from === null) return `in ${ordinal(move.to)} place`;
  if (move.from === move.to) return `still ${ordinal(move.to)}`;
  return `${move.to < move.from ? 'up' : 'down'} from ${ordinal(move.from)} to ${ordinal(move.to)} place`;
}

function leaders(items: readonly Entry[]): string {
  const top = items[0];
  if (!top) return 'The board is empty.';
  const tied = items.filter((e) => e.score === top.score).map((e) => e.member);
  return tied.length > 1
    ? `${list(tied)} have the same top score, ${points(top.score)}; the sorted set still gives each its own rank, ordering equal scores by member name.`
    : `${top.member} leads with ${points(top.score)}.`;
}

export const en: LeaderboardStrings = {
  picture: {
    title: (items) =>
      items.length === 0
        ? 'Leaderboard: no players.'
        : `Leaderboard of ${items.length} ${items.length === 1 ? 'player' : 'players'}, highest score first: ${entries(items)}.`,
    place: 'Place',
    player: 'Player',
    score: 'Score',
    empty: 'No players on the board.',
    up: (n) => `▲ ${n}`,
    down: (n) => `▼ ${n}`,
    joined: 'new',
  },
  log: {
    label: 'Commands sent to the cache',
    empty: 'No commands yet.',
  },
  live: {
    opening: (items) => `${items.length} ${items.length === 1 ? 'player' : 'players'} on the board. ${leaders(items)}`,
    incr: (move, by) => {
      const now = points(move.score ?? 0);
      if (move.from === null) {
        return `${move.member} was not on the board, so ZINCRBY added it, starting from 0: now ${now}, ${place(move)}.`;
      }
      const verb = by >= 0 ? `added ${points(by)} ${by === 1 ? 'point' : 'points'} to` : `took ${points(-by)} ${by === -1 ? 'point' : 'points'} from`;
      return `ZINCRBY ${verb} ${move.member}: now ${now}, ${place(move)}.`;
    },
    add: (move, added) =>
      added
        ? `ZADD put ${move.member} on the board with ${points(move.score ?? 0)} ${move.score === 1 ? 'point' : 'points'}, ${place(move)}.`
        : `${move.member} was already on the board, so ZADD replaced its score instead of adding it twice: now ${points(move.score ?? 0)}, ${place(move)}.`,
    remove: (move) =>
      move.from === null
        ? `${move.member} was not on the board: ZREM removed nothing and replied 0.`
        : `ZREM took ${move.member} off the board; it was ${ordinal(move.from)}.`,
    top: (n, items) =>
      items.length === 0
        ? `ZREVRANGE 0 ${n - 1} returned nothing: the board is empty.`
        : `ZREVRANGE 0 ${n - 1} returned the top ${items.length}, highest first: ${entries(items)}.`,
    rank: (member, rank) =>
      rank === null
        ? `${member} is not on the board: ZREVRANK returned nil.`
        : `ZREVRANK returned ${rank} for ${member}: ranks count from 0, so that is ${ordinal(rank + 1)} place.`,
    round: (moves, bys) =>
      `Match played: ${list(
        moves.map((move, i) => {
          const by = `+${points(bys[i] ?? 0)}`;
          return move.from === null
            ? `${move.member} ${by} (joins in ${ordinal(move.to ?? 0)} place)`
            : `${move.member} ${by} (now ${points(move.score ?? 0)}, ${ordinal(move.to ?? 0)})`;
        }),
      )}.`,
    tourStep: (index, length) => `Step ${index + 1} of ${length}:`,
    tour: {
      start: 'Six players in one sorted set, always kept in score order. player23 and player64 are tied at 1,450.',
      incr: 'After a match, the game server adds the points with ZINCRBY, and the set moves the player to its new place at once.',
      newMember: 'ZADD adds a player who is not on the board yet.',
      top: 'ZREVRANGE reads a range from the highest score down: here the top three, with their scores.',
      rank: "ZREVRANK gives one player's place directly, with no sorting in the application.",
      noDuplicate: 'Members are unique: ZADD on a player who is already there replaces the score.',
      tie: 'Equal scores are ordered by member name: ZREVRANGE lists the later name first.',
      round: 'A match: several players score at once, each with its own ZINCRBY.',
      remove: 'ZREM takes a player off the board.',
    },
  },
  notice: {
    malformed: 'The leaderboard in this link could not be read, so the diagram starts from its default board.',
  },
};
