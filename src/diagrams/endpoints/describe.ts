/**
 * Words for the state: live-region sentences, the status line, the
 * picture's title and the scaling panel. Pure functions of model state and
 * strings.
 */
import {
  applied,
  averageCpu,
  creating,
  customMembers,
  lagMs,
  leaks,
  MAX_REPLICAS,
  MIN_REPLICAS,
  MINUTE_MS,
  replicaOf,
  scaleInBelow,
  SCALE_IN_MINUTES,
  SCALE_OUT_MINUTES,
  TARGET_CPU,
  type App,
  type Connection,
  type EndpointsEvent,
  type EndpointsState,
  type ReplicaId,
  type ScalingChange,
} from './model';
import type { ChangeWords, ConnWords, EndpointsStrings, ScalingFacts, StatusFacts } from './strings';
import { TOUR } from './timeline';

export function connWords(app: App, conn: Connection): ConnWords {
  return { app, id: conn.id, replica: conn.replica };
}

export function statusFacts(state: EndpointsState): StatusFacts {
  return {
    replicas: state.replicas.length,
    creating: creating(state).length,
    lagMs: lagMs(state),
    latest: state.latest,
    applied: applied(state),
    cpu: averageCpu(state),
    target: TARGET_CPU,
  };
}

export function statusOf(state: EndpointsState, s: EndpointsStrings): string {
  return s.live.status(statusFacts(state));
}

/** A wait rounded to whole seconds, at least one. */
function seconds(ms: number): number {
  return Math.max(1000, Math.round(ms / 1000) * 1000);
}

/** What Auto Scaling is doing or waiting for. */
export function scalingFacts(state: EndpointsState): ScalingFacts {
  const building = state.replicas.filter((r) => r.readyAt !== null);
  if (building.length > 0) {
    const readyAt = Math.max(...building.map((r) => r.readyAt ?? 0));
    return { kind: 'creating', ids: building.map((r) => r.id), readyInMs: seconds(readyAt - state.now) };
  }
  if (state.now < state.cooldownUntil) return { kind: 'cooldown', leftMs: seconds(state.cooldownUntil - state.now) };
  const cpu = averageCpu(state);
  const count = state.replicas.length;
  if (cpu > TARGET_CPU) {
    return count >= MAX_REPLICAS
      ? { kind: 'steady', atMax: true }
      : { kind: 'above', minutes: state.above, needed: SCALE_OUT_MINUTES };
  }
  if (cpu < scaleInBelow()) {
    const canRemove = count > MIN_REPLICAS && state.replicas.some((r) => r.auto);
    return { kind: 'below', minutes: state.below, needed: SCALE_IN_MINUTES, canRemove };
  }
  return { kind: 'steady', atMax: false };
}

function changeWords(change: ScalingChange): ChangeWords {
  switch (change.kind) {
    case 'out':
      return { kind: 'out', atMs: change.at, cpu: change.cpu, added: change.added };
    case 'ready':
      return { kind: 'ready', atMs: change.at, replicas: change.replicas };
    case 'in':
      return {
        kind: 'in',
        atMs: change.at,
        cpu: change.cpu,
        removed: change.removed,
        moved: [
          ...change.moved.service.map((conn) => connWords('service', conn)),
          ...change.moved.analytics.map((conn) => connWords('analytics', conn)),
        ],
      };
  }
}

function served(reads: readonly { instance: 'writer' | ReplicaId }[]): [ReplicaId, number][] {
  const counts = new Map<ReplicaId, number>();
  for (const read of reads) {
    if (read.instance !== 'writer') counts.set(read.instance, (counts.get(read.instance) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]);
}

/** What just happened, in one or a few sentences. */
export function sentenceFor(event: EndpointsEvent, state: EndpointsState, s: EndpointsStrings): string {
  const last = state.last;
  const lag = lagMs(state);
  switch (event.type) {
    case 'write':
      return last?.type === 'write' ? s.live.write(last.version, lag) : statusOf(state, s);
    case 'read': {
      if (last?.type !== 'read' || last.reads.length === 0) return statusOf(state, s);
      const first = last.reads[0];
      if (!first) return statusOf(state, s);
      if (first.instance === 'writer') return s.live.readWriter(first.value);
      if (last.reads.length === 1 && first.conn !== null) {
        return s.live.readReplica(
          { app: 'service', id: first.conn, replica: first.instance },
          first.value,
          first.latest,
          lag,
        );
      }
      const stale = last.reads.filter((read) => read.stale).length;
      return s.live.burst(last.reads.length, state.service.length, served(last.reads), stale);
    }
    case 'report': {
      if (last?.type !== 'report') return statusOf(state, s);
      const read = last.read;
      if (!read || read.conn === null || read.instance === 'writer') return s.live.reportNowhere;
      return s.live.report({ app: 'analytics', id: read.conn, replica: read.instance }, read.value, read.latest);
    }
    case 'wait': {
      if (last?.type !== 'wait') return statusOf(state, s);
      const head = s.live.waited(last.ms);
      if (last.ms < MINUTE_MS && last.changes.length === 0) {
        const body =
          applied(state) === state.latest
            ? s.live.caughtUp(state.latest)
            : s.live.stillApplying(applied(state), state.latest);
        return `${head} ${body}`;
      }
      const changes = last.changes.map((change) => s.live.change(changeWords(change)));
      const now = s.live.scalingNow(averageCpu(state), s.picture.scaling(scalingFacts(state)));
      return [head, ...changes, now].join(' ');
    }
    case 'lag':
      return s.live.lag(lag);
    case 'load':
      return s.live.load(state.load, averageCpu(state), TARGET_CPU, scaleInBelow());
    case 'pool': {
      if (last?.type !== 'pool') return statusOf(state, s);
      const size = state.service.length;
      if (last.opened.length === 0)
        return s.live.poolShrank(
          size,
          last.closed.map((c) => connWords('service', c)),
        );
      const opened = last.opened.map((c) => connWords('service', c));
      const leaked = leaks(state).filter((c) => last.opened.some((o) => o.id === c.id));
      const leak = leaked.length > 0 ? ` ${s.live.leak(leaked.map((c) => connWords('service', c)))}` : '';
      return s.live.poolGrew(size, opened) + leak;
    }
    case 'reconnect': {
      const service = state.service.map((c) => connWords('service', c));
      const analytics = state.analytics.map((c) => connWords('analytics', c));
      const leaked = leaks(state);
      const leak = leaked.length > 0 ? ` ${s.live.leak(leaked.map((c) => connWords('service', c)))}` : '';
      return s.live.reconnected(service, analytics) + leak;
    }
    case 'member': {
      if (last?.type !== 'member') return statusOf(state, s);
      if (!last.changed) {
        const replica = replicaOf(state, event.replica);
        return s.live.memberUnchanged(event.replica, replica !== undefined && replica.readyAt !== null);
      }
      return s.live.member(
        last.replica,
        last.on,
        customMembers(state),
        state.analytics.map((c) => connWords('analytics', c)),
      );
    }
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The live text for a tour step: where we are, what happened, why it matters. */
export function tourText(index: number, state: EndpointsState, s: EndpointsStrings): string {
  const step = TOUR[index];
  if (!step) return statusOf(state, s);
  const what = step.event ? sentenceFor(step.event, state, s) : capitalised(statusOf(state, s));
  return `${s.live.tourStep(index, TOUR.length)} ${what} ${s.live.tour[step.captionKey]}`;
}

/** The picture's accessible name. */
export function pictureTitle(state: EndpointsState, s: EndpointsStrings): string {
  return s.picture.title(
    statusOf(state, s),
    state.service.map((c) => connWords('service', c)),
    state.analytics.map((c) => connWords('analytics', c)),
  );
}
