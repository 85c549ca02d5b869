/**
 * The quorum diagram's state in a link: `?quorum=6.t5.n3.A2.a1d1.a2d1.b1d2.C2.a1d1.b1d2`
 *
 *   6 | 3          the design shown (6 copies: Aurora, 3: classic)
 *   t5             the tour step
 *   n3             writes and reads issued so far (seeds who answers first)
 *   A2 … C2 …      each design's latest acknowledged write, followed by the
 *                  copies that are not up to date: id, d (down) or r (repairing),
 *                  and the newest write that copy holds. Up copies hold the latest.
 *
 * Ranges: n is at most MAX_ACTIONS (one per write or read); the tour step, the latest write (≤ n)
 * and each copy's write (≤ the latest) are bounded by those.
 *
 * Only canonical text decodes; anything else is null (the kit shows the default).
 */
import { MAX_ACTIONS, tourCodec, type TourLink, wholeIn } from '../kit/url-state';
import {
  azOf,
  initial,
  initialGroup,
  RULES,
  type Copy,
  type CopyId,
  type Design,
  type Group,
  type QuorumState,
} from './model';
import { TOUR } from './timeline';

export type QuorumLink = TourLink<QuorumState>;

const NUMBER = '(0|[1-9][0-9]{0,5})';
const SHOW = /^[63]$/;
const STEP = new RegExp(`^t${NUMBER}$`);
const OPS = new RegExp(`^n${NUMBER}$`);
const GROUP = new RegExp(`^([AC])${NUMBER}$`);
const COPY = new RegExp(`^([abc][12])([dr])${NUMBER}$`);

const LETTER: Readonly<Record<Design, string>> = { aurora: 'A', classic: 'C' };

function encodeGroup(group: Group): string[] {
  const tokens = [`${LETTER[group.design]}${group.latest}`];
  for (const copy of group.copies) {
    if (copy.health === 'up') continue;
    tokens.push(`${copy.id}${copy.health === 'down' ? 'd' : 'r'}${copy.version}`);
  }
  return tokens;
}

export function encodeLink(link: QuorumLink): string {
  const { state } = link;
  return [
    state.show === 'aurora' ? '6' : '3',
    `t${link.step}`,
    `n${state.ops}`,
    ...encodeGroup(state.groups.aurora),
    ...encodeGroup(state.groups.classic),
  ].join('.');
}

/** Reads one design's tokens; null if any is out of place or the group could not exist. */
function decodeGroup(design: Design, latestToken: string, copyTokens: readonly string[], ops: number): Group | null {
  const head = GROUP.exec(latestToken);
  if (!head || head[1] !== LETTER[design]) return null;
  const latest = Number(head[2]);
  if (latest > ops) return null;
  const rules = RULES[design];
  const changes = new Map<CopyId, Copy>();
  let lastIndex = -1;
  for (const token of copyTokens) {
    const match = COPY.exec(token);
    if (!match) return null;
    const id = match[1] as CopyId;
    const index = rules.copyIds.indexOf(id);
    if (index <= lastIndex) return null; // unknown in this design, repeated, or out of order
    lastIndex = index;
    const version = Number(match[3]);
    if (version > latest) return null;
    changes.set(id, { id, az: azOf(id), health: match[2] === 'd' ? 'down' : 'repairing', version });
  }
  const copies = initialGroup(design).copies.map((copy) => changes.get(copy.id) ?? { ...copy, version: latest });
  // An acknowledged write reached a write quorum, and copies never lose writes.
  const holders = copies.filter((copy) => copy.version === latest).length;
  if (latest > 0 && holders < rules.Vw) return null;
  return { design, copies, latest, last: null };
}

export function decodeLink(raw: string): QuorumLink | null {
  const tokens = raw.split('.');
  const [show, stepToken, opsToken] = tokens;
  if (!show || !SHOW.test(show) || !stepToken || !opsToken) return null;
  const step = STEP.exec(stepToken);
  const ops = OPS.exec(opsToken);
  if (!step || !ops) return null;
  const stepIndex = Number(step[1]);
  if (stepIndex >= TOUR.length) return null;
  const opCount = wholeIn(ops[1], 0, MAX_ACTIONS);
  if (opCount === null) return null;
  const rest = tokens.slice(3);
  const split = rest.findIndex((token) => token.startsWith('C'));
  if (split < 1) return null;
  const aurora = decodeGroup('aurora', rest[0] ?? '', rest.slice(1, split), opCount);
  const classic = decodeGroup('classic', rest[split] ?? '', rest.slice(split + 1), opCount);
  if (!aurora || !classic) return null;
  // Both designs live through the same failures: a copy present in both is down in both or in neither.
  for (const copy of classic.copies) {
    const twin = aurora.copies.find((c) => c.id === copy.id);
    if (!twin || (twin.health === 'down') !== (copy.health === 'down')) return null;
  }
  const state: QuorumState = {
    show: show === '6' ? 'aurora' : 'classic',
    ops: opCount,
    groups: { aurora, classic },
  };
  return { state, step: stepIndex };
}

export const quorumCodec = tourCodec('quorum', initial, encodeLink, decodeLink);
