/**
 * Words for the state: the live region's sentences, the events table, the
 * picture's title. Pure functions of model state and strings.
 */
import {
  dayOf,
  HOURS_PER_DAY,
  minuteOf,
  momentAt,
  outcomeOf,
  recommendedThreshold,
  type AutoscalingState,
  type Day,
  type DayEvent,
  type Increase,
  type ParamName,
  type Params,
} from './model';
import { clockTime } from './format';
import type { AutoscalingStrings, IncreaseFacts, MomentFacts, SettingsFacts, SummaryFacts } from './strings';
import { DAY } from './timeline';

export function settingsOf(params: Params): SettingsFacts {
  return { allocated: params.allocated, max: params.max, rate: params.rate, bulk: params.bulk };
}

export function increaseFacts(e: Increase): IncreaseFacts {
  return {
    time: clockTime(e.minute),
    from: e.from,
    to: e.to,
    fixed: e.fixed,
    share: e.share,
    predicted: e.predicted,
    winner: e.winner,
    wanted: e.wanted,
    capped: e.capped,
  };
}

export function summaryFacts(day: Day, until: number): SummaryFacts {
  const outcome = outcomeOf(day, until);
  return {
    until: clockTime(until),
    increases: outcome.increases,
    finalAllocated: outcome.finalAllocated,
    capped: outcome.capped,
    blockedAt: outcome.blockedAt === null ? null : clockTime(outcome.blockedAt),
    fullFrom: outcome.fullFrom === null ? null : clockTime(outcome.fullFrom),
    refused: outcome.refused,
  };
}

/** "By 24:00 storage grew twice, to 126 GiB; …" for the part of the day showing. */
export function summaryOf(state: AutoscalingState, s: AutoscalingStrings): string {
  return s.live.summary(summaryFacts(dayOf(state.params), minuteOf(state)));
}

export function momentFacts(day: Day, minute: number): MomentFacts {
  const m = momentAt(day, minute);
  return {
    time: clockTime(m.minute),
    allocated: m.allocated,
    free: m.free,
    share: m.freeShare,
    condition: m.condition,
    waitUntil: m.waitLeft > 0 ? clockTime(m.minute + m.waitLeft) : null,
    atMax: m.atMax,
  };
}

export function momentOf(state: AutoscalingState, s: AutoscalingStrings): string {
  return s.live.moment(momentFacts(dayOf(state.params), minuteOf(state)));
}

export function pictureTitle(state: AutoscalingState, s: AutoscalingStrings): string {
  return s.picture.title(settingsOf(state.params), summaryOf(state, s));
}

function eventSentence(e: DayEvent, s: AutoscalingStrings): string {
  return e.type === 'increase' ? s.live.increase(increaseFacts(e)) : s.live.blocked(clockTime(e.minute), e.allocated);
}

/** What happened between two minutes (after `from`, up to and including `to`). */
export function happenedBetween(day: Day, from: number, to: number, s: AutoscalingStrings): string[] {
  const out: Array<{ minute: number; text: string }> = day.events
    .filter((e) => e.minute > from && e.minute <= to)
    .map((e) => ({ minute: e.minute, text: eventSentence(e, s) }));
  for (const span of day.full) {
    const filled = span.from - 1;
    if (filled > from && filled <= to) out.push({ minute: filled, text: s.live.fullFrom(clockTime(filled)) });
  }
  return out.sort((a, b) => a.minute - b.minute).map((item) => item.text);
}

/** The live text for a step of the day: what happened in that hour, and where things stand. */
export function dayStepText(index: number, state: AutoscalingState, s: AutoscalingStrings): string {
  const day = dayOf(state.params);
  const key = DAY[index]?.captionKey ?? 'hour';
  const settings = settingsOf(state.params);
  if (key === 'midnight') return s.live.caption.midnight(settings);
  const to = Math.min(index, HOURS_PER_DAY) * 60;
  const from = to - 60;
  const lines = [s.live.hour(clockTime(from), clockTime(to), happenedBetween(day, from, to, s)), momentOf(state, s)];
  if (key === 'endOfDay') lines.push(s.live.caption.endOfDay(settings), summaryOf(state, s));
  return lines.join(' ');
}

/** After the reader changes a setting: what changed, what AWS requires or advises, and the day's outcome. */
export function settingText(
  name: ParamName,
  before: AutoscalingState,
  after: AutoscalingState,
  s: AutoscalingStrings,
): string {
  const parts = [s.live.setting(name, settingsOf(after.params))];
  if (name !== 'max' && after.params.max !== before.params.max) parts.push(s.live.raised(after.params.max));
  const recommended = recommendedThreshold(after.params.allocated);
  if ((name === 'max' || name === 'allocated') && after.params.max < recommended) {
    parts.push(s.live.belowRecommended(recommended));
  }
  parts.push(summaryOf(after, s));
  return parts.join(' ');
}

export interface EventRow {
  readonly key: string;
  readonly time: string;
  readonly what: string;
  readonly allocated: number;
}

/** The events table: increases, threshold stops and full-disk spans, in time order, up to the hour showing. */
export function eventRows(state: AutoscalingState, s: AutoscalingStrings): EventRow[] {
  const day = dayOf(state.params);
  const until = minuteOf(state);
  const rows: Array<EventRow & { readonly order: number }> = [];
  for (const e of day.events) {
    if (e.minute > until) continue;
    rows.push({
      key: `${e.type}-${e.minute}`,
      order: e.minute,
      time: clockTime(e.minute),
      what: e.type === 'increase' ? s.table.increase(increaseFacts(e)) : s.table.blocked(e.allocated),
      allocated: e.type === 'increase' ? e.to : e.allocated,
    });
  }
  for (const span of day.full) {
    if (span.from - 1 > until) continue;
    const end = Math.min(span.to, until);
    const refused = (day.refusedBy[end] ?? 0) - (day.refusedBy[span.from - 1] ?? 0);
    rows.push({
      key: `full-${span.from}`,
      order: span.from - 0.5,
      time: clockTime(span.from - 1),
      what: s.table.full(clockTime(end), refused),
      allocated: day.allocated[span.from] ?? day.params.allocated,
    });
  }
  return rows.sort((a, b) => a.order - b.order).map(({ order: _order, ...row }) => row);
}
