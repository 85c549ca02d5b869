/**
 * The leaderboard: a game's ranking kept in one sorted set
 * (sorted-set.ts), driven by the commands a game server sends to
 * ElastiCache for Valkey or Redis OSS. Pure: no DOM, no clock; a match
 * ("round") picks its winners with a seeded RNG kept in the state.
 */
import { mixSeed, mulberry32, randomInt, shuffled } from '../kit/rng';
import { oneOf } from '../kit/one-of';
import {
  add,
  fromEntries,
  incrBy,
  remove,
  revRange,
  revRank,
  score,
  type Entry,
  type SortedSet,
} from './sorted-set';

export const KEY = 'leaderboard';

export const PLAYERS = [
  'player07',
  'player12',
  'player23',
  'player42',
  'player58',
  'player64',
  'player77',
  'player91',
] as const;
export type Player = (typeof PLAYERS)[number];

export const isPlayer = oneOf(PLAYERS);

/** Scores the reader can push stay within this. */
export const SCORE_LIMIT = 1_000_000_000;
export const POINTS = { min: -100_000, max: 100_000, step: 1 } as const;
export const TOP_SIZES = [3, 5, 8] as const;
export type TopSize = (typeof TOP_SIZES)[number];

/** The board at the start: six players; two ties on purpose (1,450). */
export const START: readonly Entry[] = [
  { member: 'player07', score: 1200 },
  { member: 'player12', score: 980 },
  { member: 'player23', score: 1450 },
  { member: 'player42', score: 1100 },
  { member: 'player58', score: 870 },
  { member: 'player64', score: 1450 },
];

/** One command sent to the cache and its reply, as redis-cli would show them. */
export interface Command {
  readonly name: 'ZINCRBY' | 'ZADD' | 'ZREM' | 'ZREVRANGE' | 'ZREVRANK';
  readonly args: readonly string[];
  /** The reply's lines. */
  readonly reply: readonly string[];
}

export interface Move {
  readonly member: Player;
  /** 1-based places before and after; null when not on the board. */
  readonly from: number | null;
  readonly to: number | null;
  readonly score: number | null;
}

export type Outcome =
  | { readonly type: 'write'; readonly commands: readonly Command[]; readonly moves: readonly Move[] }
  | { readonly type: 'top'; readonly commands: readonly Command[]; readonly n: TopSize; readonly entries: readonly Entry[] }
  | { readonly type: 'rank'; readonly commands: readonly Command[]; readonly member: Player; readonly rank: number | null };

export interface LeaderboardState {
  readonly board: SortedSet;
  /** Matches played so far: seeds the next match's winners. */
  readonly rounds: number;
  readonly last: Outcome | null;
}

export type LeaderboardEvent =
  | { readonly type: 'incr'; readonly member: Player; readonly by: number }
  | { readonly type: 'add'; readonly member: Player; readonly score: number }
  | { readonly type: 'remove'; readonly member: Player }
  | { readonly type: 'top'; readonly n: TopSize }
  | { readonly type: 'rank'; readonly member: Player }
  | { readonly type: 'round' };

export function initial(): LeaderboardState {
  return { board: fromEntries(START), rounds: 0, last: null };
}

/** 1-based place, highest score first; null when not on the board. */
export function placeOf(board: SortedSet, member: string): number | null {
  const r = revRank(board, member);
  return r === null ? null : r + 1;
}

/** The whole ranking, highest first (ZREVRANGE leaderboard 0 -1). */
export function ranking(board: SortedSet): readonly Entry[] {
  return revRange(board, 0, -1);
}

function clampScore(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(Math.max(Math.round(value), -SCORE_LIMIT), SCORE_LIMIT);
}

export function clampPoints(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(Math.max(Math.round(value), POINTS.min), POINTS.max);
}

function moveOf(before: SortedSet, after: SortedSet, member: Player): Move {
  return { member, from: placeOf(before, member), to: placeOf(after, member), score: score(after, member) };
}

/** Scores as Redis prints them: integers without a decimal point. */
export function formatScore(value: number): string {
  return String(value);
}

function incr(board: SortedSet, member: Player, by: number): { board: SortedSet; command: Command } {
  const current = score(board, member) ?? 0;
  const target = clampScore(current + by);
  const step = target - current;
  const result = incrBy(board, member, step);
  return {
    board: result.set,
    command: { name: 'ZINCRBY', args: [KEY, formatScore(step), member], reply: [formatScore(result.score ?? current)] },
  };
}

/** The winners of match number `round`: two or three players, 50 to 300 points each, in steps of 10. */
export function roundWinners(round: number): ReadonlyArray<{ readonly member: Player; readonly by: number }> {
  const rng = mulberry32(mixSeed(round, 0x1eade7));
  const howMany = 2 + randomInt(rng, 2);
  return shuffled(PLAYERS, rng)
    .slice(0, howMany)
    .map((member) => ({ member, by: 50 + 10 * randomInt(rng, 26) }));
}

export function step(state: LeaderboardState, event: LeaderboardEvent): LeaderboardState {
  const before = state.board;
  switch (event.type) {
    case 'incr': {
      const { board, command } = incr(before, event.member, clampPoints(event.by));
      return { ...state, board, last: { type: 'write', commands: [command], moves: [moveOf(before, board, event.member)] } };
    }
    case 'add': {
      const value = clampScore(event.score);
      const result = add(before, event.member, value);
      const command: Command = { name: 'ZADD', args: [KEY, formatScore(value), event.member], reply: [String(result.added)] };
      return {
        ...state,
        board: result.set,
        last: { type: 'write', commands: [command], moves: [moveOf(before, result.set, event.member)] },
      };
    }
    case 'remove': {
      const result = remove(before, event.member);
      const command: Command = { name: 'ZREM', args: [KEY, event.member], reply: [String(result.removed)] };
      return {
        ...state,
        board: result.set,
        last: { type: 'write', commands: [command], moves: [moveOf(before, result.set, event.member)] },
      };
    }
    case 'top': {
      const entries = revRange(before, 0, event.n - 1);
      const command: Command = {
        name: 'ZREVRANGE',
        args: [KEY, '0', String(event.n - 1), 'WITHSCORES'],
        reply: entries.flatMap((e) => [e.member, formatScore(e.score)]),
      };
      return { ...state, last: { type: 'top', commands: [command], n: event.n, entries } };
    }
    case 'rank': {
      const rank = revRank(before, event.member);
      const command: Command = {
        name: 'ZREVRANK',
        args: [KEY, event.member],
        reply: [rank === null ? '(nil)' : String(rank)],
      };
      return { ...state, last: { type: 'rank', commands: [command], member: event.member, rank } };
    }
    case 'round': {
      let board = before;
      const commands: Command[] = [];
      const winners = roundWinners(state.rounds);
      for (const { member, by } of winners) {
        const next = incr(board, member, by);
        board = next.board;
        commands.push(next.command);
      }
      const moves = winners.map(({ member }) => moveOf(before, board, member));
      return { board, rounds: state.rounds + 1, last: { type: 'write', commands, moves } };
    }
  }
}

export function run(events: readonly LeaderboardEvent[], from: LeaderboardState = initial()): LeaderboardState {
  return events.reduce(step, from);
}

/** Members the last outcome is about (to highlight them). */
export function highlighted(state: LeaderboardState): ReadonlySet<string> {
  const last = state.last;
  if (!last) return new Set();
  if (last.type === 'write') return new Set(last.moves.map((m) => m.member));
  if (last.type === 'top') return new Set(last.entries.map((e) => e.member));
  return new Set([last.member]);
}
