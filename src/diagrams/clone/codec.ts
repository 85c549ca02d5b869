/**
 * The cloning diagram's state in a link:
 * `?clone=t3.z2.m2.r0-1-0-1-0-0.k0-0-1-0-0-0-0.k1p0-0-0-0-1-0-0`
 *
 *   t3            the tour step
 *   z2            the database size for the comparison (index into SIZES_GIB)
 *   m2            the number the next clone gets
 *   r0-1-0-1-0-0  the last revision used for each page letter A–F
 *   k…            one token per row of the picture, in order: k and the cluster's
 *                 number, p and its parent's number (not for the source), then
 *                 either x (deleted) or the revision its six pages point at.
 *
 * Storage is not written down: it is exactly the pages the live clusters point
 * at, which the model guarantees. Only canonical text decodes; anything else
 * is null (the kit then shows the default and a notice).
 */
import { matchEach, MAX_ACTIONS, tourCodec, type TourLink, wholeIn } from '../kit/url-state';
import {
  DEFAULT_SIZE,
  initial,
  MAX_CLUSTERS,
  PAGE_COUNT,
  pageId,
  parsePageId,
  SIZES_GIB,
  sortPages,
  type Cluster,
  type CloneState,
} from './model';
import { TOUR } from './timeline';

export type CloneLink = TourLink<CloneState>;

const NUMBER = '(0|[1-9][0-9]{0,4})';
const STEP = new RegExp(`^t${NUMBER}$`);
const SIZE = new RegExp(`^z${NUMBER}$`);
const MADE = new RegExp(`^m${NUMBER}$`);
const REVS = new RegExp(`^r${NUMBER}(?:-${NUMBER}){${PAGE_COUNT - 1}}$`);
const CLUSTER = new RegExp(`^k${NUMBER}(?:p${NUMBER})?(x|(?:-${NUMBER}){${PAGE_COUNT}})$`);

function encodeCluster(cluster: Cluster): string {
  const head = `k${cluster.number}${cluster.parent === null ? '' : `p${cluster.parent}`}`;
  if (!cluster.alive) return `${head}x`;
  return head + cluster.table.map((id) => `-${parsePageId(id)?.rev ?? 0}`).join('');
}

export function encodeLink(link: CloneLink): string {
  const { state } = link;
  return [
    `t${link.step}`,
    `z${state.size}`,
    `m${state.made}`,
    `r${state.revs.join('-')}`,
    ...state.clusters.map(encodeCluster),
  ].join('.');
}

function decodeCluster(token: string, revs: readonly number[]): Cluster | null {
  const match = CLUSTER.exec(token);
  if (!match) return null;
  const number = Number(match[1]);
  const parent = match[2] === undefined ? null : Number(match[2]);
  // The source has no parent; a clone's parent was made before it.
  if ((number === 0) !== (parent === null)) return null;
  if (parent !== null && parent >= number) return null;
  if (match[3] === 'x') return { number, parent, alive: false, table: [] };
  const table: string[] = [];
  const values = (match[3] ?? '').slice(1).split('-').map(Number);
  for (let letter = 0; letter < PAGE_COUNT; letter += 1) {
    const rev = values[letter] ?? -1;
    if (rev < 0 || rev > (revs[letter] ?? 0)) return null;
    table.push(pageId(letter, rev));
  }
  return { number, parent, alive: true, table };
}

export function decodeLink(raw: string): CloneLink | null {
  const tokens = raw.split('.');
  const patterns = [STEP, SIZE, MADE, REVS] as const;
  const matched = matchEach(tokens, patterns);
  if (!matched) return null;
  const [step, size, made, revsMatch] = matched;
  const rows = tokens.slice(patterns.length);
  const stepIndex = Number(step[1]);
  const sizeIndex = Number(size[1]);
  // Each clone and each write is one action: at most MAX_ACTIONS of them.
  const next = wholeIn(made[1], 1, MAX_ACTIONS);
  if (stepIndex >= TOUR.length || sizeIndex >= SIZES_GIB.length || next === null) return null;
  const revs = revsMatch[0].slice(1).split('-').map((text) => wholeIn(text, 0, MAX_ACTIONS) ?? -1);
  if (revs.includes(-1)) return null;
  // Rows are added until the picture is full, then deleted rows are reused.
  if (rows.length !== Math.min(next, MAX_CLUSTERS)) return null;
  const clusters: Cluster[] = [];
  for (const token of rows) {
    const cluster = decodeCluster(token, revs);
    if (!cluster || cluster.number >= next || clusters.some((c) => c.number === cluster.number)) return null;
    clusters.push(cluster);
  }
  if (next <= MAX_CLUSTERS && clusters.some((cluster, i) => cluster.number !== i)) return null;
  if (!clusters.some((cluster) => cluster.alive)) return null;
  const state: CloneState = {
    clusters,
    pages: sortPages(clusters.flatMap((cluster) => cluster.table)),
    revs,
    made: next,
    size: sizeIndex,
    last: null,
  };
  return { state, step: stepIndex };
}

export const cloneCodec = tourCodec('clone', () => initial({ size: DEFAULT_SIZE }), encodeLink, decodeLink);
