/**
 * Words for a moment of the run: the captions that follow the steps, the
 * live region's sentences, the summaries. Pure functions of the plan, a step
 * and the strings.
 */
import {
  appView,
  laneAt,
  lostWrites,
  nodeOf,
  rtoOf,
  writeCounts,
  type LaneState,
  type Milestone,
  type Run,
} from './model';
import type { CaptionFacts, FailoverStrings, ResultFacts } from './strings';
import { stateAt, timeAt, type Plan } from './timeline';

export function captionFacts(run: Run, state: LaneState): CaptionFacts {
  return {
    lane: run.lane,
    next: state.next,
    tier: nodeOf(state, state.next)?.tier ?? null,
    lag: run.timings.lag,
    lost: lostWrites(state).length,
    timedOut: run.lane.proxy ? state.writes.filter((w) => w.failedAt !== null).length : 0,
  };
}

const results = new WeakMap<Run, ResultFacts>();

/** What the model measured over the whole run. */
export function resultOf(run: Run): ResultFacts {
  const known = results.get(run);
  if (known) return known;
  const final = laneAt(run, run.window.end);
  const result = { rto: rtoOf(final) ?? 0, rpo: final.rpo ?? 0, lost: writeCounts(final).lost };
  results.set(run, result);
  return result;
}

function caption(run: Run, state: LaneState, phase: Milestone | null, s: FailoverStrings): string {
  return s.captions[phase ?? 'normal'](captionFacts(run, state));
}

function named(plan: Plan, run: Run, text: string, s: FailoverStrings): string {
  return plan.runs.length > 1 ? `${s.lane(run.lane)}: ${text}` : text;
}

/** The caption of each lane at this step: what phase it is in and what that means. */
export function captionLines(plan: Plan, index: number, s: FailoverStrings): string[] {
  const states = stateAt(plan, index);
  return plan.runs.map((run, i) => {
    const state = states[i] ?? laneAt(run, timeAt(plan, index));
    return named(plan, run, caption(run, state, state.phase, s), s);
  });
}

/** What happens at this step: the caption of each milestone here, or, between milestones, each lane's status. */
export function stepSentence(plan: Plan, index: number, s: FailoverStrings): string {
  const step = plan.steps[index];
  const time = timeAt(plan, index);
  const states = stateAt(plan, index);
  const marks = step?.event?.marks ?? [];
  let lines: string[];
  if (index === 0) {
    lines = captionLines(plan, index, s);
  } else if (marks.length > 0) {
    lines = marks.map((mark) => {
      const run = plan.runs[mark.lane];
      const state = states[mark.lane];
      return run && state ? named(plan, run, caption(run, state, mark.type, s), s) : '';
    });
  } else {
    lines = states.map((state, i) => {
      const run = plan.runs[i];
      return run ? s.status(s.lane(run.lane), appView(state), writeCounts(state)) : '';
    });
  }
  return s.live.at(s.when(time), lines);
}

/**
 * "Multi-AZ DB instance: RTO 77 s, RPO 0 s" for each lane; with `time`, only for lanes that have
 * recovered by then (the others say their result is still to be measured).
 */
export function summaryLines(plan: Plan, s: FailoverStrings, time = Infinity): string[] {
  return plan.runs.map((run) => {
    const resumed = laneAt(run, run.window.end).resumedAt;
    return resumed !== null && time >= resumed
      ? s.live.summary(s.lane(run.lane), resultOf(run))
      : named(plan, run, s.resultPending, s);
  });
}

export const TABLE_ROWS = ['detect', 'promote', 'dns', 'proxy', 'rto', 'rpo', 'writes'] as const;
export type TableRow = (typeof TABLE_ROWS)[number];

export interface TableCells {
  readonly caption: string;
  /** Column headings: the lanes' names. */
  readonly head: readonly string[];
  readonly rows: Readonly<Record<TableRow, readonly string[]>>;
  /** The proxy row only matters when a lane has a proxy. */
  readonly proxyRow: boolean;
}

/** The milestone table of a plan: times after the failure, the measured RTO and RPO, the writes. */
export function tableCells(plan: Plan, s: FailoverStrings): TableCells {
  const cells = (f: (run: Run) => string): string[] => plan.runs.map(f);
  const proxyRow = plan.runs.some((run) => run.lane.proxy);
  return {
    caption: s.table.caption(plan.setup.seed),
    head: cells((run) => s.lane(run.lane)),
    proxyRow,
    rows: {
      detect: cells((run) => s.seconds(run.timings.detect)),
      promote: cells((run) => s.seconds(run.timings.promote)),
      dns: cells((run) => s.seconds(run.timings.dns)),
      proxy: cells((run) => (run.lane.proxy ? s.seconds(run.timings.proxy) : s.table.none)),
      rto: cells((run) => s.duration(resultOf(run).rto)),
      rpo: cells((run) => s.seconds(resultOf(run).rpo)),
      writes: cells((run) => {
        const c = writeCounts(laneAt(run, run.window.end));
        return s.table.writes(c.acked, c.late, c.lost);
      }),
    },
  };
}
