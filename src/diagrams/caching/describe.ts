/**
 * Words for the state: the live region's sentences, the counters, the
 * picture's title. Pure functions of model state and strings.
 */
import {
  cacheSize,
  hitRatio,
  misses,
  shown,
  STRATEGIES,
  type CachingEvent,
  type CachingState,
  type Lane,
  type Strategy,
} from './model';
import type { CachingStrings, CounterFacts } from './strings';
import { TOUR } from './timeline';

export function countersOf(lane: Lane): CounterFacts {
  const { stats } = lane;
  return {
    reads: stats.reads,
    hits: stats.hits,
    misses: misses(stats),
    stale: stats.stale,
    ratio: hitRatio(stats),
    keys: cacheSize(lane),
  };
}

export function statusOf(state: CachingState, s: CachingStrings, strategy: Strategy = state.show): string {
  return s.live.status(strategy, countersOf(state.lanes[strategy]));
}

/** What the last event did to the pattern showing. */
export function sentenceFor(event: CachingEvent, before: CachingState, after: CachingState, s: CachingStrings): string {
  const lane = shown(after);
  const last = lane.last;
  if (event.type === 'show') return s.live.showing(after.show, statusOf(after, s));
  if (!last) return statusOf(after, s);
  switch (last.type) {
    case 'read': {
      const facts = countersOf(lane);
      const what =
        last.result === 'hit'
          ? s.live.hit(last.key, last.version)
          : last.result === 'stale'
            ? s.live.staleHit(last.key, last.version, after.db[last.key])
            : last.filled
              ? s.live.missFilled(last.key, last.version)
              : s.live.missNotFilled(last.key, last.version);
      return `${what} ${s.live.ratio(facts)}`;
    }
    case 'write': {
      if (last.cached) return s.live.writeCached(last.key, last.version);
      const held = shown(before).cache[last.key];
      return s.live.writeDbOnly(last.key, last.version, held ? held.version : null);
    }
    case 'wait':
      return s.live.wait(last.seconds, after.now, last.expired);
    case 'ttl':
      return s.live.ttl(last.ttl);
    case 'replace':
      return s.live.replace(last.dropped);
  }
}

export function tourText(index: number, before: CachingState, after: CachingState, s: CachingStrings): string {
  const step = TOUR[index];
  if (!step) return statusOf(after, s);
  const what = step.event ? sentenceFor(step.event, before, after, s) : statusOf(after, s);
  return `${s.live.tourStep(index, TOUR.length)} ${what} ${s.live.tour[step.captionKey]}`;
}

export function pictureTitle(state: CachingState, s: CachingStrings): string {
  return s.picture.title(state.show, countersOf(shown(state)));
}

export interface CompareRow {
  readonly strategy: Strategy;
  readonly name: string;
  readonly cells: readonly string[];
}

/** The same traffic under each pattern: hits, misses, stale reads, hit ratio, keys cached. */
export function compareRows(state: CachingState, s: CachingStrings): CompareRow[] {
  return STRATEGIES.map((strategy) => {
    const f = countersOf(state.lanes[strategy]);
    return {
      strategy,
      name: s.strategy[strategy],
      cells: [
        String(f.reads),
        String(f.hits),
        String(f.misses),
        String(f.stale),
        f.ratio === null ? s.counters.none : s.counters.percent(f.ratio),
        String(f.keys),
      ],
    };
  });
}
