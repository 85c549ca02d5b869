/**
 * Words for the state: the live region's sentences, the command log in
 * redis-cli's own format, the picture's title. Pure functions of model
 * state and strings.
 */
import { ranking, type Command, type LeaderboardEvent, type LeaderboardState } from './model';
import type { LeaderboardStrings } from './strings';
import { TOUR } from './timeline';

/** A command and its reply as redis-cli shows them. */
export function commandLines(command: Command): string[] {
  const line = `> ${command.name} ${command.args.join(' ')}`;
  switch (command.name) {
    case 'ZINCRBY':
      return [line, `"${command.reply[0] ?? ''}"`];
    case 'ZADD':
    case 'ZREM':
      return [line, `(integer) ${command.reply[0] ?? '0'}`];
    case 'ZREVRANK': {
      const reply = command.reply[0] ?? '(nil)';
      return [line, reply === '(nil)' ? reply : `(integer) ${reply}`];
    }
    case 'ZREVRANGE':
      return command.reply.length === 0
        ? [line, '(empty array)']
        : [line, ...command.reply.map((item, i) => `${i + 1}) "${item}"`)];
  }
}

/** What the last event did, in one sentence. */
export function sentenceFor(event: LeaderboardEvent, before: LeaderboardState, state: LeaderboardState, s: LeaderboardStrings): string {
  const last = state.last;
  switch (event.type) {
    case 'incr': {
      const move = last?.type === 'write' ? last.moves[0] : undefined;
      const current = before.board.scores.get(event.member) ?? 0;
      return move ? s.live.incr(move, (move.score ?? current) - current) : '';
    }
    case 'add': {
      const move = last?.type === 'write' ? last.moves[0] : undefined;
      return move ? s.live.add(move, last?.commands[0]?.reply[0] === '1') : '';
    }
    case 'remove': {
      const move = last?.type === 'write' ? last.moves[0] : undefined;
      return move ? s.live.remove(move) : '';
    }
    case 'top':
      return last?.type === 'top' ? s.live.top(last.n, last.entries) : '';
    case 'rank':
      return last?.type === 'rank' ? s.live.rank(last.member, last.rank) : '';
    case 'round': {
      if (last?.type !== 'write') return '';
      const bys = last.moves.map((m) => (m.score ?? 0) - (before.board.scores.get(m.member) ?? 0));
      return s.live.round(last.moves, bys);
    }
  }
}

export function openingOf(state: LeaderboardState, s: LeaderboardStrings): string {
  return s.live.opening(ranking(state.board));
}

export function pictureTitle(state: LeaderboardState, s: LeaderboardStrings): string {
  return s.picture.title(ranking(state.board));
}

/** The live text for a tour step: where we are, what happened, why it matters. */
export function tourText(index: number, before: LeaderboardState, state: LeaderboardState, s: LeaderboardStrings): string {
  const step = TOUR[index];
  if (!step) return openingOf(state, s);
  const what = step.event ? sentenceFor(step.event, before, state, s) : openingOf(state, s);
  return `${s.live.tourStep(index, TOUR.length)} ${what} ${s.live.tour[step.captionKey]}`;
}
