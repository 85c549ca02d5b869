/**
 * RDS storage autoscaling over one day, minute by minute. Pure: no DOM, no
 * d3, no clock, no randomness.
 *
 * The rule (AmazonRDS/latest/UserGuide/USER_PIOPS.Autoscaling): RDS grows the
 * allocated storage when ALL of these hold:
 *   1. free space is at or below 10 % of the allocated storage,
 *   2. that low-space condition has lasted at least 5 minutes,
 *   3. at least 6 hours have passed since the last storage change, and the
 *      storage optimization of that change has finished (whichever is later).
 * It grows by the largest of 10 GiB, 10 % of the allocated storage, and the
 * growth predicted for the next 7 hours from the past hour of FreeStorageSpace,
 * but never past the maximum storage threshold. Allocated storage is a whole
 * number of GiB, so an increase is rounded up to one.
 *
 * The day: at 00:00 the instance has 20 % of its storage free and its last
 * storage change is long past. Writes arrive at a steady rate; an optional
 * bulk load adds more between 12:00 and 13:00. A write that does not fit is
 * refused (the instance is storage-full) and is not retried.
 */
import { factMs, factNumber } from '../../lib/fact-values';

export const MINUTES_PER_DAY = 24 * 60;
export const HOURS_PER_DAY = 24;
/** Free space at 00:00, as a share of the allocated storage. */
export const START_FREE = 0.2;
/** Condition 1: free space at or below this share of the allocated storage. */
export const LOW_SHARE = factNumber('rds.storage.autoscaling.free-space') / 100;
/** Condition 2: for at least this long. */
export const LOW_MINUTES = factNumber('rds.storage.autoscaling.low-duration');
/** Condition 3: at least this long since the last storage change. */
export const COOLDOWN_MINUTES = factMs('rds.storage.autoscaling.cooldown') / 60_000;
/** The smallest increase. */
export const MIN_INCREASE = factNumber('rds.storage.autoscaling.increment-min');
/** An increase is at least this share of the allocated storage. */
export const INCREASE_SHARE = factNumber('rds.storage.autoscaling.free-space') / 100; // the registry states the same 10 % for both
/** The prediction looks this far ahead… */
export const PREDICT_HOURS = factNumber('rds.storage.autoscaling.prediction-window');
/** …from the change over this many past minutes. */
export const PREDICT_WINDOW = 60;
/** The maximum storage threshold must be at least this share above the allocation… */
export const MIN_HEADROOM = factNumber('rds.storage.autoscaling.threshold-margin') / 100;
/** …and AWS recommends at least this much, to avoid threshold notifications. */
export const RECOMMENDED_HEADROOM = factNumber('rds.storage.autoscaling.threshold-recommended') / 100;
/** When the bulk load runs (minutes after 00:00), and for how long. */
export const BULK_START = 12 * 60;
export const BULK_MINUTES = 60;
/** How long storage optimization takes after a change, unless told otherwise. */
export const DEFAULT_OPTIMIZE_MINUTES = 2 * 60;

/** What the reader sets, in whole GiB (rate in GiB per hour, to one decimal). */
export interface Params {
  readonly allocated: number;
  readonly max: number;
  readonly rate: number;
  readonly bulk: number;
}

export const LIMITS = {
  allocated: { min: 20, max: 10_000, step: 1 },
  max: { min: 22, max: 65_536, step: 1 },
  rate: { min: 0, max: 500, step: 0.5 },
  bulk: { min: 0, max: 5_000, step: 1 },
} as const;

export type ParamName = keyof Params;
export const PARAM_NAMES: readonly ParamName[] = ['allocated', 'max', 'rate', 'bulk'];

export const DEFAULT_PARAMS: Params = { allocated: 100, max: 126, rate: 2, bulk: 0 };

/** The smallest maximum storage threshold AWS accepts for an allocation. */
export function minThreshold(allocated: number): number {
  return Math.ceil(allocated * (1 + MIN_HEADROOM) - 1e-9);
}

/** The threshold AWS recommends at least (26 % above the allocation). */
export function recommendedThreshold(allocated: number): number {
  return Math.ceil(allocated * (1 + RECOMMENDED_HEADROOM) - 1e-9);
}

function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(Math.max(value, min), max);
}

/** Rounds to the control's step and keeps it within bounds. */
export function clampParam(name: ParamName, value: number): number {
  const { min, max, step } = LIMITS[name];
  const stepped = Math.round(clamp(value, min, max) / step) * step;
  return Math.round(clamp(stepped, min, max) * 10) / 10;
}

/** Params AWS would accept: in range, and a threshold at least 10 % above the allocation. */
export function normalise(params: Params): Params {
  const allocated = clampParam('allocated', params.allocated);
  return {
    allocated,
    max: Math.max(clampParam('max', params.max), minThreshold(allocated)),
    rate: clampParam('rate', params.rate),
    bulk: clampParam('bulk', params.bulk),
  };
}

export function isValid(params: Params): boolean {
  const fixed = normalise(params);
  return PARAM_NAMES.every((name) => fixed[name] === params[name]);
}

/** Which candidate decided an increase. */
export type Candidate = 'fixed' | 'share' | 'predicted';

export interface Increase {
  readonly type: 'increase';
  /** Minutes after 00:00. */
  readonly minute: number;
  readonly from: number;
  readonly to: number;
  /** The three candidates, in GiB. */
  readonly fixed: number;
  readonly share: number;
  readonly predicted: number;
  readonly winner: Candidate;
  /** The increase the rule asked for (rounded up to whole GiB). */
  readonly wanted: number;
  /** True when the maximum storage threshold cut the increase short. */
  readonly capped: boolean;
  /** Free space just before the increase. */
  readonly freeBefore: number;
}

/** All three conditions held, but the allocation already stood at the maximum. */
export interface Blocked {
  readonly type: 'blocked';
  readonly minute: number;
  readonly allocated: number;
}

export interface FullSpan {
  /** First minute with a refused write. */
  readonly from: number;
  /** Last minute with a refused write (inclusive). */
  readonly to: number;
  readonly refused: number;
}

export type DayEvent = Increase | Blocked;

export interface Day {
  readonly params: Params;
  /** Index = minute after 00:00 (0…1440); the value at the end of that minute. */
  readonly used: readonly number[];
  readonly allocated: readonly number[];
  readonly events: readonly DayEvent[];
  readonly full: readonly FullSpan[];
  /** GiB of writes refused over the day. */
  readonly refused: number;
  /** Index = minute: GiB of writes refused from 00:00 to the end of that minute. */
  readonly refusedBy: readonly number[];
}

const EPSILON = 1e-9;

export interface SimulateOptions {
  /** How long storage optimization runs after each change. */
  readonly optimizeMinutes?: number;
}

/** Writes asked for in minute `m` (from m to m + 1). */
export function demandAt(params: Params, m: number): number {
  const bulk = m >= BULK_START && m < BULK_START + BULK_MINUTES ? params.bulk / BULK_MINUTES : 0;
  return params.rate / 60 + bulk;
}

/** Runs the day. */
export function simulate(input: Params, options: SimulateOptions = {}): Day {
  const params = normalise(input);
  const optimize = Math.max(0, options.optimizeMinutes ?? DEFAULT_OPTIMIZE_MINUTES);
  let alloc = params.allocated;
  let used = alloc * (1 - START_FREE);
  const start = used;
  const usedAt: number[] = [used];
  const allocAt: number[] = [alloc];
  const refusedBy: number[] = [0];
  const events: DayEvent[] = [];
  const full: FullSpan[] = [];
  let refused = 0;
  let lowSince: number | null = null;
  let readyAt = -Infinity;
  let blocked = false;
  let span: { from: number; to: number; refused: number } | null = null;

  /** Used storage at a minute; before 00:00 the base rate ran, with room to spare. */
  const usedWhen = (m: number): number => (m >= 0 ? (usedAt[m] ?? used) : start + (params.rate / 60) * m);

  for (let m = 1; m <= MINUTES_PER_DAY; m += 1) {
    const want = demandAt(params, m - 1);
    const room = Math.max(0, alloc - used);
    const wrote = Math.min(want, room);
    const lost = want - wrote;
    used += wrote;
    if (lost > EPSILON) {
      refused += lost;
      if (span && span.to === m - 1) {
        span.to = m;
        span.refused += lost;
      } else {
        if (span) full.push(span);
        span = { from: m, to: m, refused: lost };
      }
    }

    const free = alloc - used;
    const low = free <= LOW_SHARE * alloc + EPSILON;
    if (!low) lowSince = null;
    else if (lowSince === null) lowSince = m;

    if (low && lowSince !== null && m - lowSince >= LOW_MINUTES && m >= readyAt) {
      if (alloc >= params.max) {
        if (!blocked) events.push({ type: 'blocked', minute: m, allocated: alloc });
        blocked = true;
      } else {
        const fixed = MIN_INCREASE;
        const share = INCREASE_SHARE * alloc;
        const predicted = Math.max(0, ((used - usedWhen(m - PREDICT_WINDOW)) * (PREDICT_HOURS * 60)) / PREDICT_WINDOW);
        const biggest = Math.max(fixed, share, predicted);
        const winner: Candidate = predicted > Math.max(fixed, share) ? 'predicted' : share > fixed ? 'share' : 'fixed';
        const wanted = Math.ceil(biggest - EPSILON);
        const to = Math.min(alloc + wanted, params.max);
        events.push({
          type: 'increase',
          minute: m,
          from: alloc,
          to,
          fixed,
          share,
          predicted,
          winner,
          wanted,
          capped: to < alloc + wanted,
          freeBefore: free,
        });
        alloc = to;
        readyAt = m + Math.max(COOLDOWN_MINUTES, optimize);
        lowSince = alloc - used <= LOW_SHARE * alloc + EPSILON ? m : null;
      }
    }
    usedAt.push(used);
    allocAt.push(alloc);
    refusedBy.push(refused);
  }
  if (span) full.push(span);
  return { params, used: usedAt, allocated: allocAt, events, full, refused, refusedBy };
}

/** The diagram's state: the reader's settings and how much of the day is showing. */
export interface AutoscalingState {
  readonly params: Params;
  /** Hours of the day shown (0…24). */
  readonly hour: number;
}

export type AutoscalingEvent =
  | { readonly type: 'set'; readonly name: ParamName; readonly value: number }
  | { readonly type: 'show'; readonly hour: number };

export function initial(params: Partial<Params> = {}, hour: number = HOURS_PER_DAY): AutoscalingState {
  return { params: normalise({ ...DEFAULT_PARAMS, ...params }), hour: clampHour(hour) };
}

export function clampHour(hour: number): number {
  return Math.trunc(clamp(hour, 0, HOURS_PER_DAY));
}

/**
 * Setting a value keeps the settings valid. Raising the allocation above
 * what the threshold allows raises the threshold with it (AWS refuses a
 * threshold less than 10 % above the allocation); a threshold set too low is
 * raised to the smallest one AWS accepts.
 */
export function step(state: AutoscalingState, event: AutoscalingEvent): AutoscalingState {
  switch (event.type) {
    case 'set': {
      const value = clampParam(event.name, event.value);
      return { ...state, params: normalise({ ...state.params, [event.name]: value }) };
    }
    case 'show':
      return { ...state, hour: clampHour(event.hour) };
  }
}

export function run(events: readonly AutoscalingEvent[], from: AutoscalingState = initial()): AutoscalingState {
  return events.reduce(step, from);
}

const days = new Map<string, Day>();

/** The simulated day for some settings (memoised: the view asks often). */
export function dayOf(params: Params): Day {
  const key = `${params.allocated}/${params.max}/${params.rate}/${params.bulk}`;
  const known = days.get(key);
  if (known) return known;
  const day = simulate(params);
  if (days.size > 32) days.clear();
  days.set(key, day);
  return day;
}

export function minuteOf(state: AutoscalingState): number {
  return state.hour * 60;
}

/** Events up to the minute showing. */
export function eventsShown(state: AutoscalingState): readonly DayEvent[] {
  const until = minuteOf(state);
  return dayOf(state.params).events.filter((e) => e.minute <= until);
}

export function increases(events: readonly DayEvent[]): readonly Increase[] {
  return events.filter((e): e is Increase => e.type === 'increase');
}

export type Condition = 'ok' | 'low' | 'full';

/** Everything the words need about one moment of the day. */
export interface Moment {
  readonly minute: number;
  readonly allocated: number;
  readonly used: number;
  readonly free: number;
  /** Free space as a share of the allocation (0…1). */
  readonly freeShare: number;
  readonly condition: Condition;
  /** Minutes until a change is allowed again (0: allowed now). */
  readonly waitLeft: number;
  /** The allocation stands at the maximum storage threshold. */
  readonly atMax: boolean;
}

export function momentAt(day: Day, minute: number): Moment {
  const m = Math.trunc(clamp(minute, 0, MINUTES_PER_DAY));
  const allocated = day.allocated[m] ?? day.params.allocated;
  const used = day.used[m] ?? 0;
  const free = Math.max(0, allocated - used);
  const lastChange = increases(day.events.filter((e) => e.minute <= m)).at(-1);
  const ready = lastChange ? lastChange.minute + COOLDOWN_MINUTES : 0;
  const isFull = day.full.some((span) => span.from <= m && m <= span.to) || free <= EPSILON;
  return {
    minute: m,
    allocated,
    used,
    free,
    freeShare: allocated > 0 ? free / allocated : 0,
    condition: isFull ? 'full' : free <= LOW_SHARE * allocated + EPSILON ? 'low' : 'ok',
    waitLeft: Math.max(0, ready - m),
    atMax: allocated >= day.params.max,
  };
}

/** The day's outcome, for summaries. */
export interface Outcome {
  readonly increases: number;
  readonly finalAllocated: number;
  readonly capped: boolean;
  readonly blockedAt: number | null;
  /** The minute the disk filled up (writes are refused from the next one). */
  readonly fullFrom: number | null;
  readonly fullMinutes: number;
  readonly refused: number;
}

export function outcomeOf(day: Day, until: number = MINUTES_PER_DAY): Outcome {
  const events = day.events.filter((e) => e.minute <= until);
  const grown = increases(events);
  const blocked = events.find((e): e is Blocked => e.type === 'blocked');
  const spans = day.full.filter((span) => span.from - 1 <= until);
  const last = Math.trunc(clamp(until, 0, MINUTES_PER_DAY));
  return {
    increases: grown.length,
    finalAllocated: day.allocated[last] ?? day.params.allocated,
    capped: grown.some((e) => e.capped),
    blockedAt: blocked?.minute ?? null,
    fullFrom: spans[0] ? spans[0].from - 1 : null,
    fullMinutes: spans.reduce((sum, span) => sum + Math.max(0, Math.min(span.to, until) - span.from + 1), 0),
    refused: day.refusedBy[last] ?? day.refused,
  };
}
