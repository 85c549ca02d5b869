/**
 * Words for the state: live-region sentences, the status line and the
 * picture's title. Pure functions of model state and strings.
 */
import { lagBetween, lagOf, MAX_SECONDARIES, writable, type GlobalEvent, type GlobalState } from './model';
import type { GlobalStrings, Lagging, StatusFacts } from './strings';
import { TOUR } from './timeline';

export function laggingOf(state: GlobalState): Lagging[] {
  return state.secondaries.map((code) => ({ code, lagMs: lagOf(state, code) ?? 0 }));
}

export function statusFacts(state: GlobalState): StatusFacts {
  return {
    primary: state.primary,
    writable: writable(state),
    secondaries: laggingOf(state),
    max: MAX_SECONDARIES,
    cutOff: state.outage !== null && state.outage !== state.primary ? state.outage : null,
  };
}

export function statusOf(state: GlobalState, s: GlobalStrings): string {
  return s.live.status(statusFacts(state));
}

/** What just happened, in one or a few sentences. */
export function sentenceFor(event: GlobalEvent, state: GlobalState, s: GlobalStrings): string {
  const last = state.last;
  const count = state.secondaries.length;
  switch (event.type) {
    case 'add': {
      if (last?.type !== 'add') return statusOf(state, s);
      const parts: string[] = [];
      if (last.added.length > 0) {
        const added = last.added.map((code) => ({ code, lagMs: lagBetween(state.primary, code) }));
        parts.push(s.live.added(added, count, MAX_SECONDARIES));
      }
      if (last.refused.length > 0) parts.push(s.live.refused(last.refused, MAX_SECONDARIES));
      if (last.skipped.length > 0) parts.push(s.live.skipped(last.skipped));
      return parts.join(' ') || statusOf(state, s);
    }
    case 'remove':
      return last?.type === 'remove' && last.removed
        ? s.live.removed(event.region, count, MAX_SECONDARIES)
        : s.live.notSecondary(event.region);
    case 'outage':
      if (last?.type !== 'outage') return statusOf(state, s);
      return last.ok ? s.live.outage(last.region) : s.live.outageAlready(last.region);
    case 'recover': {
      if (last?.type !== 'recover' || last.region === null) return s.live.nothingDown;
      if (last.resumed) return s.live.resumed(last.region);
      if (last.rejoined) return s.live.rejoined(last.region, state.primary, lagBetween(state.primary, last.region));
      return s.live.stayedOut(last.region, MAX_SECONDARIES);
    }
    case 'failover': {
      if (last?.type !== 'failover') return statusOf(state, s);
      if (last.ok) return s.live.failover(last.from, last.to, last.rpoMs, last.lostWrites, last.rtoMs);
      if (last.reason === 'healthy') return s.live.failoverHealthy;
      return count === 0 ? s.live.noSecondary : s.live.notSecondary(last.to);
    }
    case 'switchover': {
      if (last?.type !== 'switchover') return statusOf(state, s);
      if (last.ok) return s.live.switchover(last.from, last.to, last.syncMs, last.slowest);
      if (last.reason === 'outage') return s.live.switchoverOutage;
      return count === 0 ? s.live.noSecondary : s.live.notSecondary(last.to);
    }
  }
}

/** The live text for a tour step: where we are, what happened, why it matters. */
export function tourText(index: number, state: GlobalState, s: GlobalStrings): string {
  const step = TOUR[index];
  if (!step) return statusOf(state, s);
  const what = step.event ? sentenceFor(step.event, state, s) : statusOf(state, s);
  return `${s.live.tourStep(index, TOUR.length)} ${what} ${s.live.tour[step.captionKey]}`;
}

/** The picture's accessible name. */
export function pictureTitle(state: GlobalState, s: GlobalStrings): string {
  return s.picture.title(statusOf(state, s));
}

/** The line under the strip about the last change of primary, if the last event was one. */
export function resultLine(state: GlobalState, s: GlobalStrings): string {
  const last = state.last;
  if (last?.type === 'failover' && last.ok) return s.picture.failover(last.rpoMs, last.lostWrites, last.rtoMs);
  if (last?.type === 'switchover' && last.ok) return s.picture.switchover(last.syncMs);
  return '';
}
