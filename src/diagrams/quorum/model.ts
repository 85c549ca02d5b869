/**
 * The quorum model: one Aurora protection group (6 copies of a 10 GiB
 * segment, 2 in each of 3 AZs; write 4 of 6, read 3 of 6), and, for
 * comparison, a classic 3-copy design (1 per AZ; write 2 of 3, read 2 of 3).
 * Every event happens to both designs at once, so switching between them
 * compares the same failures. Pure: no DOM, no d3, no clock; the only
 * randomness (which copy answers first) comes from a seeded RNG.
 *
 * Copies are durable: a failed copy is unreachable, not wiped; it keeps the
 * writes it had. A copy that comes back is `repairing`: it does not count
 * towards any quorum until a repair step catches it up from its peers.
 * A write that misses its quorum is not acknowledged and lands nowhere.
 */
import { mixSeed, mulberry32, shuffled } from '../kit/rng';
import { factNumber } from '../../lib/fact-values';

export type Design = 'aurora' | 'classic';
export type Az = 'a' | 'b' | 'c';
export type CopyId = 'a1' | 'a2' | 'b1' | 'b2' | 'c1' | 'c2';
export type Health = 'up' | 'down' | 'repairing';

export const DESIGNS: readonly Design[] = ['aurora', 'classic'];
export const AZS: readonly Az[] = ['a', 'b', 'c'];
export const ALL_COPY_IDS: readonly CopyId[] = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2'];

export interface Rules {
  /** Copies in the group (V). */
  readonly V: number;
  /** Write quorum (Vw). */
  readonly Vw: number;
  /** Read quorum (Vr). */
  readonly Vr: number;
  readonly copyIds: readonly CopyId[];
}

/** Aurora's numbers come from the fact registry; the classic 3-copy design is the diagram's own contrast. */
export const RULES: Readonly<Record<Design, Rules>> = {
  aurora: {
    V: factNumber('aurora.storage.copies'),
    Vw: factNumber('aurora.storage.quorum.write'),
    Vr: factNumber('aurora.storage.quorum.read'),
    copyIds: ALL_COPY_IDS,
  },
  classic: { V: 3, Vw: 2, Vr: 2, copyIds: ['a1', 'b1', 'c1'] },
};

export interface Copy {
  readonly id: CopyId;
  readonly az: Az;
  readonly health: Health;
  /** The newest acknowledged write this copy holds (0: none yet). */
  readonly version: number;
}

export type Target = { readonly az: Az } | { readonly copy: CopyId };

export type QuorumEvent =
  | { readonly type: 'fail'; readonly targets: readonly Target[] }
  | { readonly type: 'restore'; readonly targets: readonly Target[] }
  | { readonly type: 'repair' }
  | { readonly type: 'write' }
  | { readonly type: 'read' }
  | { readonly type: 'show'; readonly design: Design };

export type Outcome =
  | {
      readonly type: 'write';
      readonly ok: boolean;
      /** The number the write gets if acknowledged. */
      readonly version: number;
      /** Copies that answered, in arrival order; the first Vw make the quorum. */
      readonly acks: readonly CopyId[];
    }
  | {
      readonly type: 'read';
      readonly ok: boolean;
      /** The copies the read used (the first Vr to answer), or all that answered if too few. */
      readonly answers: readonly CopyId[];
      /** The newest write among the answers; null when the read failed. */
      readonly value: number | null;
    }
  | { readonly type: 'repair'; readonly repaired: readonly CopyId[]; readonly waiting: readonly CopyId[] }
  | { readonly type: 'fail' | 'restore'; readonly targets: readonly Target[]; readonly changed: readonly CopyId[] };

export interface Group {
  readonly design: Design;
  readonly copies: readonly Copy[];
  /** The newest acknowledged write. */
  readonly latest: number;
  /** What the last event did to this group. */
  readonly last: Outcome | null;
}

export interface QuorumState {
  /** Which design the reader is looking at. */
  readonly show: Design;
  /** Writes and reads issued so far; seeds who answers first. */
  readonly ops: number;
  readonly groups: Readonly<Record<Design, Group>>;
}

export function azOf(id: CopyId): Az {
  return id[0] as Az;
}

export function rulesOf(group: Group): Rules {
  return RULES[group.design];
}

export function initialGroup(design: Design): Group {
  return {
    design,
    copies: RULES[design].copyIds.map((id) => ({ id, az: azOf(id), health: 'up', version: 0 })),
    latest: 0,
    last: null,
  };
}

export function initial(params: { readonly show?: Design } = {}): QuorumState {
  return {
    show: params.show ?? 'aurora',
    ops: 0,
    groups: { aurora: initialGroup('aurora'), classic: initialGroup('classic') },
  };
}

/** The group the reader is looking at. */
export function shown(state: QuorumState): Group {
  return state.groups[state.show];
}

function groupOf(subject: QuorumState | Group): Group {
  return 'groups' in subject ? shown(subject) : subject;
}

/** Copies that count towards a quorum: reachable and caught up. */
export function counting(subject: QuorumState | Group): readonly Copy[] {
  return groupOf(subject).copies.filter((copy) => copy.health === 'up');
}

export function reachable(subject: QuorumState | Group): readonly Copy[] {
  return groupOf(subject).copies.filter((copy) => copy.health !== 'down');
}

export function repairing(subject: QuorumState | Group): readonly Copy[] {
  return groupOf(subject).copies.filter((copy) => copy.health === 'repairing');
}

export function canWrite(subject: QuorumState | Group): boolean {
  const group = groupOf(subject);
  return counting(group).length >= rulesOf(group).Vw;
}

export function canRead(subject: QuorumState | Group): boolean {
  const group = groupOf(subject);
  return counting(group).length >= rulesOf(group).Vr;
}

/** Every copy of the AZ is down. */
export function azDown(subject: QuorumState | Group, az: Az): boolean {
  return groupOf(subject)
    .copies.filter((copy) => copy.az === az)
    .every((copy) => copy.health === 'down');
}

export function copyOf(group: Group, id: CopyId): Copy | undefined {
  return group.copies.find((copy) => copy.id === id);
}

/** The copies of a group a target names (none if the design has no such copy). */
export function resolveTargets(group: Group, targets: readonly Target[]): CopyId[] {
  const ids = new Set<CopyId>();
  for (const target of targets) {
    for (const copy of group.copies) {
      if ('az' in target ? copy.az === target.az : copy.id === target.copy) ids.add(copy.id);
    }
  }
  return group.copies.map((copy) => copy.id).filter((id) => ids.has(id));
}

/**
 * Where a repairing copy can catch up from, or null if it must wait:
 * a copy that stayed up holds every acknowledged write; failing that, any
 * Vr reachable copies (itself included) must hold the latest write between
 * them, because Vr + Vw > V and copies never lose what they acknowledged.
 */
export function repairSource(group: Group, id: CopyId): number | null {
  const self = copyOf(group, id);
  if (!self || self.health !== 'repairing') return null;
  const peersUp = group.copies.filter((copy) => copy.id !== id && copy.health === 'up');
  if (peersUp.length > 0) return Math.max(...peersUp.map((copy) => copy.version));
  const around = reachable(group);
  if (around.length >= rulesOf(group).Vr) return Math.max(...around.map((copy) => copy.version));
  return null;
}

function setHealth(group: Group, ids: readonly CopyId[], from: readonly Health[], to: Health): [Group, CopyId[]] {
  const changed: CopyId[] = [];
  const copies = group.copies.map((copy) => {
    if (!ids.includes(copy.id) || !from.includes(copy.health)) return copy;
    changed.push(copy.id);
    return { ...copy, health: to };
  });
  return [{ ...group, copies }, changed];
}

function fail(group: Group, targets: readonly Target[]): Group {
  const [next, changed] = setHealth(group, resolveTargets(group, targets), ['up', 'repairing'], 'down');
  return { ...next, last: { type: 'fail', targets, changed } };
}

function restore(group: Group, targets: readonly Target[]): Group {
  const [next, changed] = setHealth(group, resolveTargets(group, targets), ['down'], 'repairing');
  return { ...next, last: { type: 'restore', targets, changed } };
}

function repair(group: Group): Group {
  let current = group;
  const repaired: CopyId[] = [];
  // Until nothing moves: a copy repaired in one pass can be the source in the next.
  for (let moved = true; moved;) {
    moved = false;
    for (const copy of current.copies) {
      const source = repairSource(current, copy.id);
      if (source === null) continue;
      current = {
        ...current,
        copies: current.copies.map((c) => (c.id === copy.id ? { ...c, health: 'up', version: source } : c)),
      };
      repaired.push(copy.id);
      moved = true;
    }
  }
  const waiting = repairing(current).map((copy) => copy.id);
  const order = (ids: readonly CopyId[]): CopyId[] => group.copies.map((c) => c.id).filter((id) => ids.includes(id));
  return { ...current, last: { type: 'repair', repaired: order(repaired), waiting } };
}

/** Who answers, in arrival order: each counting copy gets a seeded latency. */
function answerOrder(group: Group, ops: number): CopyId[] {
  const rng = mulberry32(mixSeed(ops, DESIGNS.indexOf(group.design), 0x51));
  return shuffled(
    counting(group).map((copy) => copy.id),
    rng,
  );
}

function write(group: Group, ops: number): Group {
  const acks = answerOrder(group, ops);
  const version = group.latest + 1;
  if (acks.length < rulesOf(group).Vw) {
    return { ...group, last: { type: 'write', ok: false, version, acks } };
  }
  return {
    ...group,
    latest: version,
    copies: group.copies.map((copy) => (copy.health === 'up' ? { ...copy, version } : copy)),
    last: { type: 'write', ok: true, version, acks },
  };
}

function read(group: Group, ops: number): Group {
  const order = answerOrder(group, ops);
  const { Vr } = rulesOf(group);
  if (order.length < Vr) {
    return { ...group, last: { type: 'read', ok: false, answers: order, value: null } };
  }
  const answers = order.slice(0, Vr);
  const value = Math.max(...answers.map((id) => copyOf(group, id)?.version ?? 0));
  return { ...group, last: { type: 'read', ok: true, answers, value } };
}

function stepGroup(group: Group, event: QuorumEvent, ops: number): Group {
  switch (event.type) {
    case 'fail':
      return fail(group, event.targets);
    case 'restore':
      return restore(group, event.targets);
    case 'repair':
      return repair(group);
    case 'write':
      return write(group, ops);
    case 'read':
      return read(group, ops);
    case 'show':
      return group;
  }
}

export function step(state: QuorumState, event: QuorumEvent): QuorumState {
  if (event.type === 'show') return { ...state, show: event.design };
  const ops = event.type === 'write' || event.type === 'read' ? state.ops + 1 : state.ops;
  return {
    ...state,
    ops,
    groups: {
      aurora: stepGroup(state.groups.aurora, event, ops),
      classic: stepGroup(state.groups.classic, event, ops),
    },
  };
}

export function run(events: readonly QuorumEvent[], from: QuorumState = initial()): QuorumState {
  return events.reduce(step, from);
}

/** The three failure cases the issue names, as targets. */
export type ScenarioKey = 'copy' | 'az' | 'azPlusOne';
export const SCENARIOS: Readonly<Record<ScenarioKey, readonly Target[]>> = {
  copy: [{ copy: 'a1' }],
  az: [{ az: 'a' }],
  azPlusOne: [{ az: 'a' }, { copy: 'b1' }],
};

export interface Verdict {
  readonly counting: number;
  readonly V: number;
  readonly canWrite: boolean;
  readonly canRead: boolean;
}

export function verdictOf(group: Group): Verdict {
  return { counting: counting(group).length, V: rulesOf(group).V, canWrite: canWrite(group), canRead: canRead(group) };
}

/** How each design fares in a scenario, from a healthy start. */
export function scenarioVerdicts(key: ScenarioKey): Readonly<Record<Design, Verdict>> {
  const state = step(initial(), { type: 'fail', targets: SCENARIOS[key] });
  return { aurora: verdictOf(state.groups.aurora), classic: verdictOf(state.groups.classic) };
}
