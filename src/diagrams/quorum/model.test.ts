import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { event, events } from './model.arbitrary';
import {
  ALL_COPY_IDS,
  AZS,
  azDown,
  canRead,
  canWrite,
  counting,
  DESIGNS,
  initial,
  repairSource,
  repairing,
  RULES,
  run,
  scenarioVerdicts,
  shown,
  step,
  type CopyId,
  type Design,
  type Group,
  type Outcome,
  type QuorumEvent,
} from './model';
import { checkPureModel, stepChecker } from '../kit/testing/model';

/** The copies named by the bits of `mask` (bit i = ALL_COPY_IDS[i]). */
function subset(mask: number): CopyId[] {
  return ALL_COPY_IDS.filter((_, i) => (mask >> i) & 1);
}

const failAll = (ids: readonly CopyId[]): QuorumEvent => ({ type: 'fail', targets: ids.map((copy) => ({ copy })) });

const upIds = (group: Group): CopyId[] => counting(group).map((c) => c.id);

describe('the quorum rules', () => {
  it('are Aurora 6/4/3 and classic 3/2/2, and both satisfy Vw + Vr > V and 2·Vw > V', () => {
    expect(RULES.aurora).toMatchObject({ V: 6, Vw: 4, Vr: 3 });
    expect(RULES.classic).toMatchObject({ V: 3, Vw: 2, Vr: 2 });
    for (const design of DESIGNS) {
      const { V, Vw, Vr, copyIds } = RULES[design];
      expect(copyIds).toHaveLength(V);
      expect(Vw + Vr).toBeGreaterThan(V);
      expect(2 * Vw).toBeGreaterThan(V);
    }
  });

  it('place Aurora 2 copies in each AZ and classic 1', () => {
    const state = initial();
    for (const az of AZS) {
      expect(state.groups.aurora.copies.filter((c) => c.az === az)).toHaveLength(2);
      expect(state.groups.classic.copies.filter((c) => c.az === az)).toHaveLength(1);
    }
  });

  it('make every read set meet every write set, and every two write sets meet (all subsets)', () => {
    for (const design of DESIGNS) {
      const { Vw, Vr, copyIds } = RULES[design];
      const sets = Array.from({ length: 64 }, (_, mask) => subset(mask).filter((id) => copyIds.includes(id)));
      const writes = sets.filter((s) => s.length >= Vw);
      const reads = sets.filter((s) => s.length >= Vr);
      for (const w of writes) {
        for (const r of reads) expect(r.some((id) => w.includes(id))).toBe(true);
        for (const other of writes) expect(other.some((id) => w.includes(id))).toBe(true);
      }
    }
  });
});

describe('all 64 failure subsets', () => {
  const masks = Array.from({ length: 64 }, (_, mask) => mask);

  it.each(masks)('failed set #%i: counts, quorums and answers follow the rules in both designs', (mask) => {
    const failed = subset(mask);
    // A first write lands everywhere, then the failures, then a write and a read.
    const afterFailure = run([{ type: 'write' }, failAll(failed)]);
    for (const design of DESIGNS) {
      const group = afterFailure.groups[design];
      const { V, Vw, Vr, copyIds } = RULES[design];
      const lost = failed.filter((id) => copyIds.includes(id)).length;
      const left = V - lost;
      expect(counting(group)).toHaveLength(left);
      expect(canWrite(group)).toBe(left >= Vw);
      expect(canRead(group)).toBe(left >= Vr);
      for (const az of AZS) {
        const inAz = copyIds.filter((id) => id[0] === az);
        expect(azDown(group, az)).toBe(inAz.every((id) => failed.includes(id)));
      }

      const written = step(afterFailure, { type: 'write' }).groups[design];
      const w = written.last;
      expect(w?.type).toBe('write');
      if (w?.type !== 'write') continue;
      expect(w.ok).toBe(left >= Vw);
      expect([...w.acks].sort()).toEqual(upIds(group).sort());
      expect(written.latest).toBe(w.ok ? 2 : 1);
      for (const copy of written.copies) {
        const expected = failed.includes(copy.id) ? 1 : w.ok ? 2 : 1;
        expect(copy.version).toBe(expected);
      }

      const readState = step(afterFailure, { type: 'read' }).groups[design];
      const r = readState.last;
      expect(r?.type).toBe('read');
      if (r?.type !== 'read') continue;
      expect(r.ok).toBe(left >= Vr);
      if (r.ok) {
        expect(r.answers).toHaveLength(Vr);
        expect(r.value).toBe(1);
      } else {
        expect(r.answers).toHaveLength(left);
        expect(r.value).toBeNull();
      }
      for (const id of r.answers) expect(failed).not.toContain(id);
    }
  });

  it('classic designs see 8 distinct outcomes, one per subset of their 3 copies', () => {
    const seen = new Map<string, number>();
    for (const mask of masks) {
      const group = step(initial(), failAll(subset(mask))).groups.classic;
      const key = group.copies.map((c) => (c.health === 'down' ? 'd' : 'u')).join('');
      seen.set(key, counting(group).length);
    }
    expect(seen.size).toBe(8);
    for (const [key, left] of seen) {
      const group = step(initial(), failAll(RULES.classic.copyIds.filter((_, i) => key[i] === 'd'))).groups.classic;
      expect(canWrite(group)).toBe(left >= 2);
      expect(canRead(group)).toBe(left >= 2);
    }
  });
});

describe('why Aurora keeps six copies', () => {
  it('loses nothing to one copy in either design', () => {
    expect(scenarioVerdicts('copy')).toEqual({
      aurora: { counting: 5, V: 6, canWrite: true, canRead: true },
      classic: { counting: 2, V: 3, canWrite: true, canRead: true },
    });
  });

  it('keeps writing when an AZ is lost', () => {
    expect(scenarioVerdicts('az')).toEqual({
      aurora: { counting: 4, V: 6, canWrite: true, canRead: true },
      classic: { counting: 2, V: 3, canWrite: true, canRead: true },
    });
  });

  it('keeps reading when an AZ and one more copy are lost, where three copies cannot', () => {
    expect(scenarioVerdicts('azPlusOne')).toEqual({
      aurora: { counting: 3, V: 6, canWrite: false, canRead: true },
      classic: { counting: 1, V: 3, canWrite: false, canRead: false },
    });
  });
});

describe('failing and restoring', () => {
  it('fails a whole AZ, and a copy the classic design lacks only in Aurora', () => {
    const state = run([
      { type: 'fail', targets: [{ az: 'b' }] },
      { type: 'fail', targets: [{ copy: 'c2' }] },
    ]);
    expect(state.groups.aurora.copies.filter((c) => c.health === 'down').map((c) => c.id)).toEqual(['b1', 'b2', 'c2']);
    expect(state.groups.classic.copies.filter((c) => c.health === 'down').map((c) => c.id)).toEqual(['b1']);
    expect(azDown(state, 'b')).toBe(true);
    expect(azDown(state, 'c')).toBe(false);
  });

  it('brings a copy back as repairing: it does not count until repaired', () => {
    const down = run([{ type: 'write' }, { type: 'fail', targets: [{ az: 'a' }] }, { type: 'write' }]);
    const back = step(down, { type: 'restore', targets: [{ az: 'a' }] });
    expect(repairing(back.groups.aurora).map((c) => c.id)).toEqual(['a1', 'a2']);
    expect(counting(back.groups.aurora)).toHaveLength(4);
    expect(back.groups.aurora.copies.find((c) => c.id === 'a1')?.version).toBe(1);
    const repaired = step(back, { type: 'repair' });
    expect(counting(repaired.groups.aurora)).toHaveLength(6);
    expect(repaired.groups.aurora.copies.every((c) => c.version === 2)).toBe(true);
    expect(repaired.groups.aurora.last).toEqual({ type: 'repair', repaired: ['a1', 'a2'], waiting: [] });
  });

  it('reports what changed, and ignores a restore of a copy that is up', () => {
    const state = step(initial(), { type: 'restore', targets: [{ copy: 'a1' }] });
    expect(state.groups.aurora.last).toEqual({ type: 'restore', targets: [{ copy: 'a1' }], changed: [] });
    expect(counting(state)).toHaveLength(6);
  });

  it('makes a repairing copy wait when no up-to-date copy is in reach', () => {
    // Everything down, then one copy back: nobody can tell it what it missed.
    const alone = run([
      { type: 'write' },
      { type: 'fail', targets: AZS.map((az) => ({ az })) },
      { type: 'restore', targets: [{ copy: 'a1' }] },
    ]);
    expect(repairSource(alone.groups.aurora, 'a1')).toBeNull();
    const tried = step(alone, { type: 'repair' });
    expect(tried.groups.aurora.last).toEqual({ type: 'repair', repaired: [], waiting: ['a1'] });
    // Three copies back make a read quorum: together they must hold the latest write.
    const three = step(tried, { type: 'restore', targets: [{ copy: 'b1' }, { copy: 'c1' }] });
    const healed = step(three, { type: 'repair' });
    expect(counting(healed.groups.aurora).map((c) => c.id)).toEqual(['a1', 'b1', 'c1']);
    expect(counting(healed.groups.aurora).every((c) => c.version === 1)).toBe(true);
  });
});

describe('requests', () => {
  it('picks who answers first from a seeded RNG: same events, same answers', () => {
    const events: QuorumEvent[] = [{ type: 'write' }, { type: 'read' }, { type: 'write' }];
    expect(run(events)).toEqual(run(events));
    const orders = new Set<string>();
    let state = initial();
    for (let i = 0; i < 8; i += 1) {
      state = step(state, { type: 'write' });
      const last = state.groups.aurora.last;
      if (last?.type === 'write') orders.add(last.acks.join(''));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('lands a refused write nowhere', () => {
    const state = run([{ type: 'fail', targets: [{ az: 'a' }, { copy: 'b1' }] }, { type: 'write' }]);
    const aurora = state.groups.aurora;
    expect(aurora.last).toMatchObject({ type: 'write', ok: false, version: 1 });
    expect(aurora.latest).toBe(0);
    expect(aurora.copies.every((c) => c.version === 0)).toBe(true);
  });

  it('switches the shown design without touching either group', () => {
    const before = run([{ type: 'write' }, { type: 'fail', targets: [{ az: 'c' }] }]);
    const after = step(before, { type: 'show', design: 'classic' });
    expect(after.show).toBe('classic');
    expect(after.groups).toBe(before.groups);
    expect(shown(after).design).toBe('classic');
    expect(canWrite(after)).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// Properties over any sequence of reader actions.

/** Walks a sequence, calling `check` with the state before and after every event. */
/** Calls `visit(before, event, after)` at every step of any run. */
const everyStep = stepChecker(step, initial, events);

/** The properties the issue names get more runs than fast-check's default 100. */
const deep = { numRuns: 600 };

/** Calls `visit(outcome, before, after, design)` for each design's group after every `type` event of any run. */
function everyOutcome<T extends 'write' | 'read'>(
  type: T,
  visit: (last: Extract<Outcome, { type: T }>, before: Group, after: Group, design: Design) => void,
): void {
  everyStep((before, e, after) => {
    if (e.type !== type) return;
    for (const design of DESIGNS) {
      const last = after.groups[design].last;
      if (last?.type !== type) throw new Error(`a ${type} must leave a ${type} outcome`);
      visit(last as Extract<Outcome, { type: T }>, before.groups[design], after.groups[design], design);
    }
  }, deep);
}

describe('properties', () => {
  it('never acknowledges a write with fewer than Vw acknowledgements', () => {
    everyOutcome('write', (last, before, after, design) => {
      expect(new Set(last.acks).size).toBe(last.acks.length);
      expect([...last.acks].sort()).toEqual(upIds(before).sort());
      if (last.ok) {
        expect(last.acks.length).toBeGreaterThanOrEqual(RULES[design].Vw);
        expect(after.latest).toBe(before.latest + 1);
      } else {
        expect(last.acks.length).toBeLessThan(RULES[design].Vw);
        expect(after.copies).toEqual(before.copies);
      }
    });
  });

  it('never serves a read from fewer than Vr copies, and a served read returns the latest write', () => {
    everyOutcome('read', (last, group, _after, design) => {
      for (const id of last.answers) expect(upIds(group)).toContain(id);
      if (last.ok) {
        expect(last.answers.length).toBeGreaterThanOrEqual(RULES[design].Vr);
        expect(last.value).toBe(group.latest);
      } else {
        expect(last.answers.length).toBeLessThan(RULES[design].Vr);
        expect(last.value).toBeNull();
      }
    });
  });

  it('after a repair, every live copy that counts holds the latest write, and only hopeless copies wait', () => {
    fc.assert(
      fc.property(events, (list) => {
        const state = step(run(list), { type: 'repair' });
        for (const design of DESIGNS) {
          const group = state.groups[design];
          for (const copy of counting(group)) expect(copy.version).toBe(group.latest);
          for (const copy of repairing(group)) expect(repairSource(group, copy.id)).toBeNull();
        }
      }),
      deep,
    );
  });

  it('after restoring everything and repairing, every copy holds the latest write', () => {
    fc.assert(
      fc.property(events, (list) => {
        const all: QuorumEvent = { type: 'restore', targets: AZS.map((az) => ({ az })) };
        const state = run([all, { type: 'repair' }], run(list));
        for (const design of DESIGNS) {
          const group = state.groups[design];
          expect(group.copies.every((c) => c.health === 'up' && c.version === group.latest)).toBe(true);
        }
      }),
    );
  });

  it('keeps its invariants: the latest write sits on a write quorum, up copies are current, versions never run ahead', () => {
    everyStep((before, _e, after) => {
      for (const design of DESIGNS) {
        const group = after.groups[design];
        const holders = group.copies.filter((c) => c.version === group.latest).length;
        if (group.latest > 0) expect(holders).toBeGreaterThanOrEqual(RULES[design].Vw);
        for (const copy of group.copies) expect(copy.version).toBeLessThanOrEqual(group.latest);
        for (const copy of counting(group)) expect(copy.version).toBe(group.latest);
        expect(group.latest).toBeGreaterThanOrEqual(before.groups[design].latest);
      }
      // The same failures in both designs: the copies they share are down together.
      for (const copy of after.groups.classic.copies) {
        const twin = after.groups.aurora.copies.find((c) => c.id === copy.id);
        expect(twin?.health === 'down').toBe(copy.health === 'down');
      }
    }, deep);
  });

  it('does not count a restored copy until a repair step', () => {
    fc.assert(
      fc.property(events, fc.constantFrom(...ALL_COPY_IDS), (list, copy) => {
        const before = step(run(list), { type: 'fail', targets: [{ copy }] });
        const after = step(before, { type: 'restore', targets: [{ copy }] });
        for (const design of DESIGNS) {
          expect(counting(after.groups[design])).toHaveLength(counting(before.groups[design]).length);
        }
      }),
    );
  });

  checkPureModel({ events, event, run, step });
});
