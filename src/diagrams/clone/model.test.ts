import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPureModel } from '../kit/testing/model';
import { event, events } from './model.arbitrary';
import {
  accounting,
  holdersOf,
  initial,
  live,
  MAX_CLUSTERS,
  ownPages,
  PAGE_COUNT,
  PAGE_LETTERS,
  pageId,
  parsePageId,
  readyMinutes,
  run,
  SETUP_MINUTES,
  sharedPages,
  SIZES_GIB,
  step,
  type CloneEvent,
  type CloneState,
} from './model';

/** Every state a sequence passes through, the start included. */
function trace(list: readonly CloneEvent[], from: CloneState = initial()): CloneState[] {
  const states = [from];
  for (const e of list) states.push(step(states[states.length - 1] as CloneState, e));
  return states;
}

function tables(state: CloneState): Map<number, readonly string[]> {
  return new Map(live(state).map((c) => [c.number, c.table]));
}

const cloneOf = (cluster: number): CloneEvent => ({ type: 'clone', cluster });
const write = (cluster: number, page: number): CloneEvent => ({ type: 'write', cluster, page });
const remove = (cluster: number): CloneEvent => ({ type: 'delete', cluster });

describe('page accounting', () => {
  it('holds in every state: shared + each cluster’s own = total', () => {
    fc.assert(
      fc.property(events, (list) => {
        for (const state of trace(list)) {
          const a = accounting(state);
          const own = a.own.reduce((sum, o) => sum + o.pages, 0);
          expect(a.shared + own).toBe(a.total);
          expect(a.total).toBe(state.pages.length);
          // The same count page by page: each stored page is shared or owned by exactly one cluster.
          const owned = live(state).flatMap((c) => ownPages(state, c.number));
          expect(sortedCopy([...sharedPages(state), ...owned])).toEqual(sortedCopy(state.pages));
        }
      }),
    );
  });

  it('never frees a page a live cluster points at, and frees every page none does', () => {
    fc.assert(
      fc.property(events, (list) => {
        for (const state of trace(list)) {
          const referenced = new Set(live(state).flatMap((c) => c.table));
          for (const id of referenced) expect(state.pages).toContain(id);
          for (const id of state.pages) expect(referenced.has(id)).toBe(true);
          expect(new Set(state.pages).size).toBe(state.pages.length);
        }
      }),
    );
  });

  it('frees a page only when the cluster acting on it was the last to point at it', () => {
    fc.assert(
      fc.property(events, event, (list, e) => {
        const before = run(list);
        const after = step(before, e);
        const freed = before.pages.filter((id) => !after.pages.includes(id));
        for (const id of freed) {
          expect(holdersOf(after, id)).toEqual([]);
          const heldBy = holdersOf(before, id);
          expect(heldBy).toHaveLength(1);
          expect(heldBy[0]).toBe('cluster' in e ? e.cluster : -1);
        }
      }),
    );
  });

  it('keeps every live cluster whole: one page for each letter, in order', () => {
    fc.assert(
      fc.property(events, (list) => {
        for (const state of trace(list)) {
          expect(live(state).length).toBeGreaterThanOrEqual(1);
          expect(state.clusters.length).toBeLessThanOrEqual(MAX_CLUSTERS);
          for (const cluster of live(state)) {
            expect(cluster.table).toHaveLength(PAGE_COUNT);
            cluster.table.forEach((id, letter) => expect(parsePageId(id)?.letter).toBe(letter));
          }
          for (const cluster of state.clusters.filter((c) => !c.alive)) expect(cluster.table).toEqual([]);
        }
      }),
    );
  });
});

describe('copy-on-write', () => {
  it('a clone points at its parent’s pages and adds no storage', () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 0, max: 9 }), (list, parent) => {
        const before = run(list);
        const after = step(before, cloneOf(parent));
        if (after.last?.type !== 'clone') return;
        const number = after.last.made;
        const made = after.clusters.find((c) => c.number === number);
        expect(made?.table).toEqual(before.clusters.find((c) => c.number === parent)?.table);
        expect(after.pages).toEqual(before.pages);
      }),
    );
  });

  it('a write changes only the writer’s view: a shared page adds one page, an own page adds none', () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: PAGE_COUNT - 1 }), (list, c, p) => {
        const before = run(list);
        const after = step(before, write(c, p));
        const last = after.last;
        if (last?.type !== 'write') {
          expect(after.clusters).toEqual(before.clusters);
          expect(after.pages).toEqual(before.pages);
          return;
        }
        const wasShared = holdersOf(before, last.from).length > 1;
        expect(last.copied).toBe(wasShared);
        expect(after.pages.length - before.pages.length).toBe(wasShared ? 1 : 0);
        expect(before.pages).not.toContain(last.to);
        const was = tables(before);
        for (const [number, table] of tables(after)) {
          if (number === c) expect(table).toEqual((was.get(number) ?? []).map((id, i) => (i === p ? last.to : id)));
          else expect(table).toEqual(was.get(number));
        }
      }),
    );
  });

  it('deleting a cluster leaves every other cluster whole and frees exactly the pages it alone held', () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 0, max: 9 }), (list, c) => {
        const before = run(list);
        const own = ownPages(before, c);
        const after = step(before, remove(c));
        if (after.last?.type !== 'delete') return;
        expect(after.last.freed).toEqual(own);
        expect(before.pages.length - after.pages.length).toBe(own.length);
        const was = tables(before);
        for (const [number, table] of tables(after)) expect(table).toEqual(was.get(number));
      }),
    );
  });

  it('follows the page’s own story: clone, writes on both sides, a clone of a clone, source deleted', () => {
    let state = initial();
    expect(state.pages).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    state = step(state, cloneOf(0));
    expect(accounting(state)).toMatchObject({ shared: 6, total: 6, fullCopies: 12 });
    state = step(state, write(0, 1));
    expect(state.last).toMatchObject({ type: 'write', from: 'B', to: 'B1', copied: true, others: [1] });
    state = step(state, write(1, 3));
    expect(state.clusters.map((c) => c.table.join(''))).toEqual(['AB1CDEF', 'ABCD1EF']);
    state = step(state, write(1, 3));
    expect(state.last).toMatchObject({ type: 'write', from: 'D1', to: 'D2', copied: false, others: [] });
    expect(accounting(state)).toEqual({
      shared: 4,
      own: [
        { cluster: 0, pages: 2 },
        { cluster: 1, pages: 2 },
      ],
      total: 8,
      fullCopies: 12,
    });
    state = step(state, cloneOf(1));
    expect(state.clusters[2]).toEqual({ number: 2, parent: 1, alive: true, table: ['A', 'B', 'C', 'D2', 'E', 'F'] });
    state = step(state, remove(0));
    expect(state.last).toEqual({ type: 'delete', cluster: 0, freed: ['B1', 'D'], kept: 4 });
    expect(state.clusters.filter((c) => c.alive).map((c) => c.table.join(''))).toEqual(['ABCD2EF', 'ABCD2EF']);
    expect(accounting(state)).toMatchObject({ shared: 6, total: 6 });
  });

  it('refuses what it cannot do, and says why', () => {
    expect(step(initial(), remove(0)).last).toEqual({ type: 'refused', event: remove(0), reason: 'last' });
    expect(step(initial(), write(3, 0)).last).toMatchObject({ reason: 'missing' });
    expect(step(initial(), write(0, PAGE_COUNT)).last).toMatchObject({ reason: 'page' });
    const full = run([cloneOf(0), cloneOf(0), cloneOf(1)]);
    expect(full.clusters).toHaveLength(MAX_CLUSTERS);
    expect(step(full, cloneOf(0)).last).toMatchObject({ reason: 'full' });
    // A deleted cluster's row is reused by the next clone.
    const reused = run([remove(1), cloneOf(2)], full);
    expect(reused.clusters.map((c) => c.number)).toEqual([0, 4, 2, 3]);
    expect(reused.clusters[1]?.parent).toBe(2);
    expect(step(reused, write(1, 0)).last).toMatchObject({ reason: 'missing' });
  });

  it('names pages by letter and revision and reads the names back', () => {
    expect(PAGE_LETTERS.map((_, i) => pageId(i, 0))).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(pageId(1, 12)).toBe('B12');
    expect(parsePageId('B12')).toEqual({ letter: 1, rev: 12 });
    for (const bad of ['', 'G', 'B0', 'B01', 'b1', 'AB']) expect(parsePageId(bad)).toBeNull();
  });

  checkPureModel({ events, event, run, step });
});

describe('the restore comparison', () => {
  it('gives a clone the same time at every size, and a restore a time that grows with size', () => {
    const clone = SIZES_GIB.map((gib) => readyMinutes('clone', gib));
    const restore = SIZES_GIB.map((gib) => readyMinutes('restore', gib));
    expect(new Set(clone)).toEqual(new Set([SETUP_MINUTES]));
    restore.forEach((minutes, i) => {
      expect(minutes).toBeGreaterThan(clone[i] ?? 0);
      if (i > 0) expect(minutes).toBeGreaterThan(restore[i - 1] ?? 0);
    });
    expect(restore).toEqual([11, 16, 70, 610, 6010]);
  });

  it('keeps the size chosen, and ignores sizes it does not offer', () => {
    expect(step(initial(), { type: 'size', size: 4 }).size).toBe(4);
    expect(step(initial(), { type: 'size', size: 9 }).size).toBe(initial().size);
    expect(initial({ size: -2 }).size).toBe(initial().size);
  });
});

function sortedCopy(ids: readonly string[]): string[] {
  return [...ids].sort();
}
