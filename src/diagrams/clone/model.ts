/**
 * The cloning model: Aurora's copy-on-write clones, drawn as a cluster volume
 * of six pages (A–F), and, beside it, what a snapshot restore of the same
 * database would cost. Pure: no DOM, no d3, no clock, no randomness.
 *
 * Pages are named by their content: the original pages are A … F, and every
 * write makes a new revision of one page (B1, B2, …). A revision number is
 * never reused, so a page's name is also its identity in storage.
 *
 * - A clone points at exactly the pages its parent points at: nothing is
 *   copied and no storage is added.
 * - A write to a page that another cluster also points at gives the writer a
 *   new page of its own; the other clusters keep the old one. A write to a
 *   page only the writer points at rewrites it in place (no new page).
 * - Deleting a cluster frees the pages no remaining cluster points at, and
 *   only those: the other clusters stay whole.
 *
 * The picture has room for MAX_CLUSTERS rows; a deleted cluster stays as an
 * empty row until a new clone needs the room.
 */
import { factNumber } from '../../lib/fact-values';

export const PAGE_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const PAGE_COUNT = PAGE_LETTERS.length;
/** Rows in the picture: the source and up to three clones. (How many copy-on-write clones one copy can have: see the fact aurora.clone.max-copy-on-write.) */
export const MAX_CLUSTERS = 4;
/** Database sizes the comparison offers, GiB. */
export const SIZES_GIB: readonly number[] = [10, 100, 1024, 10240, 102400];
export const DEFAULT_SIZE = 2;

/** A page's name: its letter, then its revision unless it is the original ("B", "B1", "B2"). */
export type PageId = string;

export interface Cluster {
  /** 0 is the source; clones are numbered in the order they were made. */
  readonly number: number;
  /** The cluster it was cloned from; null for the source. */
  readonly parent: number | null;
  readonly alive: boolean;
  /** The page each letter points at (PAGE_COUNT entries); empty once deleted. */
  readonly table: readonly PageId[];
}

export type CloneEvent =
  | { readonly type: 'write'; readonly cluster: number; readonly page: number }
  | { readonly type: 'clone'; readonly cluster: number }
  | { readonly type: 'delete'; readonly cluster: number }
  | { readonly type: 'size'; readonly size: number };

export type RefusalReason =
  /** No such cluster, or it was deleted. */
  | 'missing'
  /** No such page. */
  | 'page'
  /** Every row of the picture holds a live cluster. */
  | 'full'
  /** The diagram keeps at least one cluster. */
  | 'last';

export type Outcome =
  | {
      readonly type: 'write';
      readonly cluster: number;
      readonly page: number;
      readonly from: PageId;
      readonly to: PageId;
      /** True when the page was shared and the writer got a new one; false when rewritten in place. */
      readonly copied: boolean;
      /** Clusters that still point at `from` (empty when rewritten in place). */
      readonly others: readonly number[];
    }
  | { readonly type: 'clone'; readonly cluster: number; readonly made: number }
  | { readonly type: 'delete'; readonly cluster: number; readonly freed: readonly PageId[]; readonly kept: number }
  | { readonly type: 'size'; readonly size: number }
  | { readonly type: 'refused'; readonly event: CloneEvent; readonly reason: RefusalReason };

export interface CloneState {
  /** The picture's rows, at most MAX_CLUSTERS. */
  readonly clusters: readonly Cluster[];
  /** Storage: every page allocated and not yet freed, sorted by letter, then revision. */
  readonly pages: readonly PageId[];
  /** The last revision used for each letter. */
  readonly revs: readonly number[];
  /** The number the next clone gets. */
  readonly made: number;
  /** Index into SIZES_GIB for the restore comparison. */
  readonly size: number;
  readonly last: Outcome | null;
}

export function pageId(letter: number, rev: number): PageId {
  return `${PAGE_LETTERS[letter] ?? '?'}${rev === 0 ? '' : rev}`;
}

const PAGE_ID = /^([A-F])([1-9][0-9]{0,5})?$/;

/** The letter index and revision of a page name, or null. */
export function parsePageId(id: string): { readonly letter: number; readonly rev: number } | null {
  const match = PAGE_ID.exec(id);
  if (!match) return null;
  const rev = match[2] === undefined ? 0 : Number(match[2]);
  return { letter: PAGE_LETTERS.indexOf(match[1] as (typeof PAGE_LETTERS)[number]), rev };
}

function comparePages(a: PageId, b: PageId): number {
  const pa = parsePageId(a);
  const pb = parsePageId(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return pa.letter - pb.letter || pa.rev - pb.rev;
}

export function sortPages(ids: Iterable<PageId>): PageId[] {
  return [...new Set(ids)].sort(comparePages);
}

export function initial(params: { readonly size?: number } = {}): CloneState {
  const table = PAGE_LETTERS.map((_, letter) => pageId(letter, 0));
  const size = params.size ?? DEFAULT_SIZE;
  return {
    clusters: [{ number: 0, parent: null, alive: true, table }],
    pages: table,
    revs: PAGE_LETTERS.map(() => 0),
    made: 1,
    size: Number.isInteger(size) && size >= 0 && size < SIZES_GIB.length ? size : DEFAULT_SIZE,
    last: null,
  };
}

export function clusterOf(state: CloneState, number: number): Cluster | undefined {
  return state.clusters.find((cluster) => cluster.number === number);
}

export function live(state: CloneState): readonly Cluster[] {
  return state.clusters.filter((cluster) => cluster.alive);
}

/** The live clusters that point at a page, by number. */
export function holdersOf(state: CloneState, id: PageId): number[] {
  return live(state)
    .filter((cluster) => cluster.table.includes(id))
    .map((cluster) => cluster.number);
}

export interface Accounting {
  /** Pages two or more live clusters point at. */
  readonly shared: number;
  /** Pages only one live cluster points at, per live cluster, in row order. */
  readonly own: readonly { readonly cluster: number; readonly pages: number }[];
  /** Pages in storage. */
  readonly total: number;
  /** What the same clusters would take as full copies. */
  readonly fullCopies: number;
}

export function sharedPages(state: CloneState): PageId[] {
  return state.pages.filter((id) => holdersOf(state, id).length >= 2);
}

export function ownPages(state: CloneState, number: number): PageId[] {
  return state.pages.filter((id) => {
    const holders = holdersOf(state, id);
    return holders.length === 1 && holders[0] === number;
  });
}

export function accounting(state: CloneState): Accounting {
  const clusters = live(state);
  return {
    shared: sharedPages(state).length,
    own: clusters.map((cluster) => ({ cluster: cluster.number, pages: ownPages(state, cluster.number).length })),
    total: state.pages.length,
    fullCopies: clusters.length * PAGE_COUNT,
  };
}

function refuse(state: CloneState, event: CloneEvent, reason: RefusalReason): CloneState {
  return { ...state, last: { type: 'refused', event, reason } };
}

function liveCluster(state: CloneState, number: number): Cluster | undefined {
  const cluster = clusterOf(state, number);
  return cluster?.alive ? cluster : undefined;
}

function write(state: CloneState, event: Extract<CloneEvent, { type: 'write' }>): CloneState {
  const writer = liveCluster(state, event.cluster);
  if (!writer) return refuse(state, event, 'missing');
  if (!Number.isInteger(event.page) || event.page < 0 || event.page >= PAGE_COUNT) return refuse(state, event, 'page');
  const from = writer.table[event.page] ?? pageId(event.page, 0);
  const others = holdersOf(state, from).filter((number) => number !== writer.number);
  const rev = (state.revs[event.page] ?? 0) + 1;
  const to = pageId(event.page, rev);
  const copied = others.length > 0;
  // Shared: a new page for the writer, the old one stays for the others. Own: rewritten in place.
  const kept = copied ? state.pages : state.pages.filter((id) => id !== from);
  return {
    ...state,
    clusters: state.clusters.map((cluster) =>
      cluster.number === writer.number
        ? { ...cluster, table: cluster.table.map((id, i) => (i === event.page ? to : id)) }
        : cluster,
    ),
    pages: sortPages([...kept, to]),
    revs: state.revs.map((value, i) => (i === event.page ? rev : value)),
    last: { type: 'write', cluster: writer.number, page: event.page, from, to, copied, others },
  };
}

function clone(state: CloneState, event: Extract<CloneEvent, { type: 'clone' }>): CloneState {
  const parent = liveCluster(state, event.cluster);
  if (!parent) return refuse(state, event, 'missing');
  const made: Cluster = { number: state.made, parent: parent.number, alive: true, table: parent.table };
  let clusters: Cluster[];
  if (state.clusters.length < MAX_CLUSTERS) {
    clusters = [...state.clusters, made];
  } else {
    // Reuse the row of the earliest deleted cluster.
    const ghost = state.clusters.findIndex((cluster) => !cluster.alive);
    if (ghost < 0) return refuse(state, event, 'full');
    clusters = state.clusters.map((cluster, i) => (i === ghost ? made : cluster));
  }
  return {
    ...state,
    clusters,
    made: state.made + 1,
    last: { type: 'clone', cluster: parent.number, made: made.number },
  };
}

function remove(state: CloneState, event: Extract<CloneEvent, { type: 'delete' }>): CloneState {
  const doomed = liveCluster(state, event.cluster);
  if (!doomed) return refuse(state, event, 'missing');
  if (live(state).length <= 1) return refuse(state, event, 'last');
  const clusters = state.clusters.map((cluster) =>
    cluster.number === doomed.number ? { ...cluster, alive: false, table: [] } : cluster,
  );
  const referenced = new Set(clusters.flatMap((cluster) => cluster.table));
  const freed = state.pages.filter((id) => !referenced.has(id));
  const pages = state.pages.filter((id) => referenced.has(id));
  return {
    ...state,
    clusters,
    pages,
    last: { type: 'delete', cluster: doomed.number, freed, kept: doomed.table.length - freed.length },
  };
}

export function step(state: CloneState, event: CloneEvent): CloneState {
  switch (event.type) {
    case 'write':
      return write(state, event);
    case 'clone':
      return clone(state, event);
    case 'delete':
      return remove(state, event);
    case 'size':
      if (!Number.isInteger(event.size) || event.size < 0 || event.size >= SIZES_GIB.length) {
        return { ...state, last: { type: 'size', size: state.size } };
      }
      return { ...state, size: event.size, last: { type: 'size', size: event.size } };
  }
}

export function run(events: readonly CloneEvent[], from: CloneState = initial()): CloneState {
  return events.reduce(step, from);
}

/**
 * Minutes until the new database is ready, as this diagram estimates them.
 * These are assumptions chosen to show the shape, not AWS figures: both ways
 * spend SETUP_MINUTES creating the cluster and its DB instance; a clone copies
 * nothing, while a snapshot restore copies the whole volume at COPY_GIB_PER_MINUTE.
 */
export const SETUP_MINUTES = factNumber('diagram.clone.setup');
export const COPY_GIB_PER_MINUTE = (factNumber('diagram.clone.snapshot-restore-rate') * 1024) / 60;

export type Method = 'clone' | 'restore';
export const METHODS: readonly Method[] = ['clone', 'restore'];

export function readyMinutes(method: Method, sizeGiB: number): number {
  if (method === 'clone') return SETUP_MINUTES;
  return Math.round(SETUP_MINUTES + Math.max(0, sizeGiB) / COPY_GIB_PER_MINUTE);
}

/** Storage a method adds the moment the new database exists, in pages of this picture. */
export function pagesAdded(method: Method): number {
  return method === 'clone' ? 0 : PAGE_COUNT;
}

export function sizeGiB(state: CloneState): number {
  return SIZES_GIB[state.size] ?? SIZES_GIB[DEFAULT_SIZE] ?? 1024;
}
