/**
 * Words for the state: the live region's sentences, the storage panel, the
 * picture's title. Pure functions of model state and strings.
 */
import {
  accounting,
  clusterOf,
  live,
  ownPages,
  PAGE_COUNT,
  PAGE_LETTERS,
  readyMinutes,
  sharedPages,
  sizeGiB,
  type CloneEvent,
  type CloneState,
} from './model';
import type { CloneStrings, Tally } from './strings';
import { TOUR } from './timeline';

export function tallyOf(state: CloneState, s: CloneStrings): Tally {
  const a = accounting(state);
  return {
    shared: a.shared,
    own: a.own.map((o) => ({ name: s.name(o.cluster), pages: o.pages })),
    total: a.total,
  };
}

/** "Storage: 5 shared + 1 Source's own + 1 Clone 1's own = 7 pages." */
export function tallyText(state: CloneState, s: CloneStrings): string {
  return s.live.tally(tallyOf(state, s));
}

export interface Estimate {
  readonly size: string;
  readonly clone: string;
  readonly restore: string;
}

export function estimateOf(state: CloneState, s: CloneStrings): Estimate {
  const gib = sizeGiB(state);
  return {
    size: s.size(gib),
    clone: s.duration(readyMinutes('clone', gib)),
    restore: s.duration(readyMinutes('restore', gib)),
  };
}

/** What the last event did, in one or two sentences and the storage count. */
export function sentenceFor(event: CloneEvent, state: CloneState, s: CloneStrings): string {
  const tally = tallyText(state, s);
  const last = state.last;
  if (!last) return tally;
  switch (last.type) {
    case 'write': {
      const facts = {
        writer: s.name(last.cluster),
        letter: PAGE_LETTERS[last.page] ?? '',
        from: last.from,
        to: last.to,
        others: last.others.map((n) => s.name(n)),
      };
      return last.copied ? s.live.copied(facts, tally) : s.live.inPlace(facts, tally);
    }
    case 'clone':
      return s.live.cloned(s.name(last.cluster), s.name(last.made), PAGE_COUNT, tally);
    case 'delete':
      return s.live.deleted(s.name(last.cluster), last.freed, last.kept, tally);
    case 'size': {
      const e = estimateOf(state, s);
      return s.live.size(e.size, e.clone, e.restore);
    }
    case 'refused':
      if (last.reason === 'full') return s.live.full;
      if (last.reason === 'last') return s.live.last;
      return event.type === 'size' ? tally : s.live.missing;
  }
}

/** The live text for a tour step: where we are, what it shows, the count. */
export function tourText(index: number, state: CloneState, s: CloneStrings): string {
  const step = TOUR[index];
  if (!step) return tallyText(state, s);
  const tail = step.event?.type === 'size' ? sentenceFor(step.event, state, s) : tallyText(state, s);
  return `${s.live.tourStep(index, TOUR.length)} ${s.live.tour[step.captionKey]} ${tail}`;
}

/** The picture's accessible title. */
export function pictureTitle(state: CloneState, s: CloneStrings): string {
  return s.picture.title(
    live(state).map((c) => s.name(c.number)),
    tallyText(state, s),
  );
}

export interface PanelLines {
  readonly shared: string;
  readonly own: readonly { readonly key: string; readonly text: string }[];
  readonly total: string;
  readonly compare: string;
}

/** The storage panel under the picture. */
export function panelLines(state: CloneState, s: CloneStrings): PanelLines {
  const a = accounting(state);
  const e = estimateOf(state, s);
  return {
    shared: s.panel.shared(a.shared, sharedPages(state)),
    own: live(state).map((c) => {
      const ids = ownPages(state, c.number);
      return { key: String(c.number), text: s.panel.own(s.name(c.number), ids.length, ids) };
    }),
    total: s.panel.total(a.total, live(state).length, a.fullCopies),
    compare: s.panel.compare(e.size, e.clone, e.restore),
  };
}

/** The cluster a control should act on: the one asked for if it is live, else the first live one. */
export function actingCluster(state: CloneState, wanted: number): number {
  return clusterOf(state, wanted)?.alive ? wanted : (live(state)[0]?.number ?? 0);
}
