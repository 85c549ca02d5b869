/**
 * The leaderboard in a link: `?leaderboard=t0.n0.1200.980.1450.1100.870.1450.x.x`
 *
 *   t0       the tour step
 *   n0       matches played so far (seeds the next match's winners)
 *   then one token per player, in PLAYERS order: the score, or x when the
 *   player is not on the board.
 *
 * Ranges: n is at most MAX_ACTIONS (one per match played), a score within ±SCORE_LIMIT.
 *
 * Only canonical text decodes; anything else is null (the kit shows the default).
 */
import { matchEach, MAX_ACTIONS, tourCodec, type TourLink, wholeIn } from '../kit/url-state';
import { initial, PLAYERS, SCORE_LIMIT, type LeaderboardState } from './model';
import { fromEntries, score, type Entry } from './sorted-set';
import { TOUR } from './timeline';

export type LeaderboardLink = TourLink<LeaderboardState>;

const STEP = /^t(0|[1-9][0-9]{0,5})$/;
const ROUNDS = /^n(0|[1-9][0-9]{0,5})$/;
const SCORE = /^(-?)(0|[1-9][0-9]{0,9})$/;

export function encodeLink(link: LeaderboardLink): string {
  const scores = PLAYERS.map((player) => {
    const value = score(link.state.board, player);
    return value === null ? 'x' : String(value);
  });
  return [`t${link.step}`, `n${link.state.rounds}`, ...scores].join('.');
}

export function decodeLink(raw: string): LeaderboardLink | null {
  const tokens = raw.split('.');
  if (tokens.length !== 2 + PLAYERS.length) return null;
  const matched = matchEach(tokens, [STEP, ROUNDS]);
  if (!matched) return null;
  const [step, rounds] = matched;
  const stepIndex = Number(step[1]);
  const roundCount = wholeIn(rounds[1], 0, MAX_ACTIONS);
  if (stepIndex >= TOUR.length || roundCount === null) return null;
  const entries: Entry[] = [];
  for (const [i, player] of PLAYERS.entries()) {
    const token = tokens[2 + i] ?? '';
    if (token === 'x') continue;
    const match = SCORE.exec(token);
    if (!match || (match[1] === '-' && match[2] === '0')) return null;
    const value = Number(token);
    if (Math.abs(value) > SCORE_LIMIT) return null;
    entries.push({ member: player, score: value });
  }
  return { state: { board: fromEntries(entries), rounds: roundCount, last: null }, step: stepIndex };
}

export const leaderboardCodec = tourCodec('leaderboard', initial, encodeLink, decodeLink);
