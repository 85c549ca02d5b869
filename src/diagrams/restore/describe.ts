/**
 * Words for the state: the live region's sentences, the verdict table, the
 * picture's title. Pure functions of model state and strings.
 */
import {
  backtrackSupported,
  isAurora,
  MECHANISMS,
  verdictsAt,
  type Mechanism,
  type RestoreEvent,
  type RestoreState,
} from './model';
import type { RestoreStrings } from './strings';
import { TOUR } from './timeline';

/** "2 hours ago: point-in-time restore and Backtrack can return here; … cannot." */
export function momentSentence(state: RestoreState, s: RestoreStrings): string {
  const all = verdictsAt(state);
  const ok = all.filter((v) => v.ok).map((v) => s.inSentence[v.mechanism]);
  const no = all.filter((v) => !v.ok).map((v) => s.inSentence[v.mechanism]);
  return s.live.moment(s.ago(state.ago), ok, no);
}

/** What a reader's action did, then what that means at the chosen moment. */
export function sentenceFor(event: RestoreEvent, state: RestoreState, s: RestoreStrings): string {
  const moment = momentSentence(state, s);
  const last = state.last;
  if (event.type === 'moment' || !last || last.type === 'moment') return moment;
  switch (last.type) {
    case 'engine':
      return `${s.live.engine(s.engine[last.engine], last.retentionRaised)} ${moment}`;
    case 'retention':
      return `${s.live.retention(last.days, last.asked, isAurora(state.engine))} ${moment}`;
    case 'backtrack':
      return `${s.live.backtrack(last.hours, last.asked, backtrackSupported(state.engine))} ${moment}`;
  }
}

/** The live text for a tour step: where we are, what it shows, the verdicts. */
export function tourText(index: number, state: RestoreState, s: RestoreStrings): string {
  const step = TOUR[index];
  if (!step) return momentSentence(state, s);
  return `${s.live.tourStep(index, TOUR.length)} ${s.live.tour[step.captionKey]} ${momentSentence(state, s)}`;
}

/** The picture's accessible title. */
export function pictureTitle(state: RestoreState, s: RestoreStrings): string {
  return s.picture.title(s.engine[state.engine], state.retention, momentSentence(state, s));
}

export interface Row {
  readonly mechanism: Mechanism;
  readonly ok: boolean;
  readonly name: string;
  readonly answer: string;
  readonly detail: string;
}

/** The verdict table: one row per way back, in MECHANISMS order. */
export function tableRows(state: RestoreState, s: RestoreStrings): Row[] {
  const when = s.ago(state.ago);
  const all = verdictsAt(state);
  return MECHANISMS.map((mechanism, i) => {
    const v = all[i];
    const ok = v?.ok ?? false;
    return {
      mechanism,
      ok,
      name: s.mechanism[mechanism],
      answer: s.answer(ok),
      detail: v ? s.detail(v, when, state) : '',
    };
  });
}
