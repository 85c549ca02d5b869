/**
 * The leaderboard island's view (kit/frame.ts runs it): keeps the ranking and
 * the command log in step with the model; rows slide to their new places (no
 * motion when the reader prefers less). The sorted set's rules live in
 * sorted-set.ts and model.ts.
 */
import { defineModelView } from '../kit/frame';
import { oneOf } from '../kit/one-of';
import { figure } from './figure';
import { leaderboardCodec } from './codec';
import { commandLines, sentenceFor, tourText } from './describe';
import { sceneOf } from './layout';
import { isPlayer, step, TOP_SIZES, type LeaderboardEvent, type LeaderboardState, type Player } from './model';
import type { LeaderboardStrings } from './strings';

/** Rows slide this long, ms at 1×. */
const MOVE_MS = 500;
/** The log keeps this many lines. */
const LOG_LINES = 14;

const isTopSize = oneOf(TOP_SIZES);

export const { mount } = defineModelView<LeaderboardStrings, LeaderboardState, LeaderboardEvent>({
  codec: leaderboardCodec,
  words: (s) => ({ malformed: s.notice.malformed }),
  figure,
  step,
  said: sentenceFor,
  toured: tourText,
  start(frame, { act }) {
    const { s, part, on } = frame;
    const playerSelect = part<HTMLSelectElement>('player');
    const pointsInput = part<HTMLInputElement>('points');
    const topSelect = part<HTMLSelectElement>('top-size');
    const log = part('log');
    let lines: string[] = [];

    /** Adds the last commands to the log, or starts it again from them (`fresh`). */
    function record(state: LeaderboardState, fresh: boolean): void {
      const added = (state.last?.commands ?? []).flatMap(commandLines);
      lines = fresh ? added : [...lines, ...added].slice(-LOG_LINES);
      log.textContent = lines.length === 0 ? s.log.empty : lines.join('\n');
    }

    const amount = (): number => {
      const value = Number(pointsInput.value);
      return pointsInput.value.trim() === '' || !Number.isFinite(value) ? 0 : value;
    };
    const withPlayer = (name: string, event: (member: Player) => LeaderboardEvent): void => {
      on(part(name), 'click', () => {
        const member = playerSelect.value;
        if (isPlayer(member)) act(event(member));
      });
    };
    withPlayer('incr', (member) => ({ type: 'incr', member, by: amount() }));
    withPlayer('add', (member) => ({ type: 'add', member, score: amount() }));
    withPlayer('remove', (member) => ({ type: 'remove', member }));
    withPlayer('rank', (member) => ({ type: 'rank', member }));
    on(part('top'), 'click', () => {
      const n = Number(topSelect.value);
      if (isTopSize(n)) act({ type: 'top', n });
    });
    on(part('round'), 'click', () => act({ type: 'round' }));

    return (state, _event, moving, jumped) => {
      frame.draw(sceneOf(state, s, frame.fit), moving ? MOVE_MS : 0);
      if (moving) record(state, jumped);
    };
  },
});
