import { describe, expect, it } from 'vitest';
import { checkTour } from '../kit/testing/timeline';
import { applied, averageCpu, leaks, readerMembers, TARGET_CPU } from './model';
import { stateAt, TOUR } from './timeline';

describe('the endpoints tour', () => {
  checkTour(TOUR, stateAt);

  it('shows a stale read on a replica and a current one on the writer', () => {
    expect(stateAt(2).last).toMatchObject({ type: 'read', reads: [{ instance: 1, stale: true, value: 0, latest: 1 }] });
    expect(stateAt(3).last).toMatchObject({ type: 'read', reads: [{ instance: 'writer', stale: false, value: 1 }] });
    expect(applied(stateAt(4))).toBe(1);
    expect(stateAt(5).last).toMatchObject({ type: 'read', reads: [{ instance: 2, stale: false }] });
  });

  it('sends a whole burst to one replica when the pool has one connection', () => {
    const last = stateAt(7).last;
    expect(last?.type).toBe('read');
    if (last?.type !== 'read') return;
    expect(last.reads).toHaveLength(8);
    expect(new Set(last.reads.map((r) => r.instance))).toEqual(new Set([1]));
  });

  it('lands a wider pool on the analytics replica too, and sends the analytics app to its members', () => {
    expect(leaks(stateAt(8)).map((c) => c.replica)).toEqual([3]);
    expect(stateAt(9).last).toMatchObject({ type: 'report', read: { app: 'analytics', instance: 3 } });
    expect(
      stateAt(10)
        .analytics.map((c) => c.replica)
        .sort(),
    ).toEqual([2, 3]);
  });

  it('scales out under peak load, then back in when the load drops', () => {
    expect(averageCpu(stateAt(11))).toBeGreaterThan(TARGET_CPU);
    expect(
      stateAt(12)
        .replicas.filter((r) => r.readyAt !== null)
        .map((r) => r.id),
    ).toEqual([4, 5]);
    expect(readerMembers(stateAt(13))).toEqual([1, 2, 3, 4, 5]);
    expect(stateAt(13).service).toEqual(stateAt(12).service);
    expect(new Set(stateAt(14).service.map((c) => c.replica)).size).toBe(3);
    expect(stateAt(16).replicas.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    expect(stateAt(17).replicas.map((r) => r.id)).toEqual([1, 2, 3]);
  });
});
