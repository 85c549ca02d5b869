/**
 * Words for the state: the live region's sentences, the status lines, the
 * picture's title. Pure functions of model state and strings.
 */
import {
  canRead,
  canWrite,
  copyOf,
  counting,
  repairing,
  rulesOf,
  shown,
  type Design,
  type Group,
  type QuorumEvent,
  type QuorumState,
  type Target,
} from './model';
import type { QuorumStrings, StatusFacts } from './strings';
import { TOUR } from './timeline';

export function factsOf(group: Group): StatusFacts {
  return {
    count: counting(group).length,
    V: rulesOf(group).V,
    repairing: repairing(group).length,
    canWrite: canWrite(group),
    canRead: canRead(group),
  };
}

/** "4 of 6 copies reachable — writes and reads continue" */
export function statusOf(group: Group, s: QuorumStrings): string {
  return s.live.status(factsOf(group));
}

function targetNames(targets: readonly Target[], s: QuorumStrings): string[] {
  return targets.map((target) => ('az' in target ? s.live.targetAz(target.az) : s.live.targetCopy(target.copy)));
}

/** What just happened to the shown design, in one or two sentences. */
export function sentenceFor(event: QuorumEvent, state: QuorumState, s: QuorumStrings): string {
  const group = shown(state);
  const status = statusOf(group, s);
  if (event.type === 'show') return s.live.showing(group.design, rulesOf(group), status);
  const missing = 'targets' in event ? event.targets.find((t) => 'copy' in t && !copyOf(group, t.copy)) : undefined;
  if (missing && 'copy' in missing) return s.live.onlyInAurora(missing.copy);
  const last = group.last;
  switch (event.type) {
    case 'fail':
      return s.live.failed(targetNames(event.targets, s), status);
    case 'restore': {
      const changed = last?.type === 'restore' ? last.changed : [];
      return s.live.restored(targetNames(event.targets, s), changed, status);
    }
    case 'repair': {
      if (last?.type !== 'repair' || (last.repaired.length === 0 && last.waiting.length === 0)) {
        return s.live.nothingToRepair(status);
      }
      const parts: string[] = [];
      if (last.repaired.length > 0) parts.push(s.live.repaired(last.repaired, status));
      if (last.waiting.length > 0) parts.push(s.live.waiting(last.waiting));
      return parts.join(' ');
    }
    case 'write': {
      if (last?.type !== 'write') return status;
      const { Vw } = rulesOf(group);
      if (!last.ok) return s.live.writeFailed(last.acks.length, Vw);
      return s.live.writeOk(last.version, last.acks.slice(0, Vw), last.acks.length);
    }
    case 'read': {
      if (last?.type !== 'read') return status;
      if (!last.ok || last.value === null) return s.live.readFailed(last.answers.length, rulesOf(group).Vr);
      return s.live.readOk(last.answers, last.value);
    }
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The live text for a tour step: where we are, what happened, why it matters. */
export function tourText(index: number, state: QuorumState, s: QuorumStrings): string {
  const step = TOUR[index];
  if (!step) return capitalised(statusOf(shown(state), s)) + '.';
  const what = step.event ? sentenceFor(step.event, state, s) : `${capitalised(statusOf(shown(state), s))}.`;
  return `${s.live.tourStep(index, TOUR.length)} ${what} ${s.live.tour[step.captionKey][state.show]}`;
}

/** The picture's accessible title. */
export function pictureTitle(state: QuorumState, s: QuorumStrings): string {
  const group = shown(state);
  return s.picture.title(group.design, statusOf(group, s));
}

export interface PanelLines {
  readonly rules: string;
  readonly write: string;
  readonly read: string;
  readonly other: string;
}

/** The quorum panel under the picture: the rules, both quorums, and the other design. */
export function panelLines(state: QuorumState, s: QuorumStrings): PanelLines {
  const group = shown(state);
  const rules = rulesOf(group);
  const count = counting(group).length;
  const otherDesign: Design = state.show === 'aurora' ? 'classic' : 'aurora';
  return {
    rules: s.panel.rules(rules),
    write: s.panel.quorum('write', rules, count, canWrite(group)),
    read: s.panel.quorum('read', rules, count, canRead(group)),
    other: s.panel.other(otherDesign, statusOf(state.groups[otherDesign], s)),
  };
}
