import { describe, expect, it } from 'vitest';
import { checkTour } from '../kit/testing/timeline';
import { canRead, canWrite, counting, repairing, type Design } from './model';
import { stateAt, TOUR } from './timeline';

const summary = (index: number, design: Design) => {
  const group = stateAt(index, design).groups[design];
  return {
    count: counting(group).length,
    repairing: repairing(group).length,
    write: canWrite(group),
    read: canRead(group),
  };
};

describe('the guided tour', () => {
  checkTour(TOUR, stateAt);

  it('tells the Aurora story: AZ loss keeps writes, AZ + 1 keeps reads, repair brings copies back', () => {
    const aurora = TOUR.map((_, i) => summary(i, 'aurora'));
    expect(aurora[0]).toEqual({ count: 6, repairing: 0, write: true, read: true });
    expect(aurora[2]).toEqual({ count: 5, repairing: 0, write: true, read: true });
    expect(aurora[3]).toEqual({ count: 4, repairing: 0, write: true, read: true });
    expect(aurora[5]).toEqual({ count: 3, repairing: 0, write: false, read: true });
    expect(aurora[8]).toEqual({ count: 3, repairing: 2, write: false, read: true });
    expect(aurora[9]).toEqual({ count: 5, repairing: 0, write: true, read: true });
    expect(aurora[12]).toEqual({ count: 6, repairing: 0, write: true, read: true });
  });

  it('shows the same failures costing the classic design its reads', () => {
    expect(summary(3, 'classic')).toEqual({ count: 2, repairing: 0, write: true, read: true });
    expect(summary(5, 'classic')).toEqual({ count: 1, repairing: 0, write: false, read: false });
  });

  it('has each request step do what its caption says', () => {
    const outcome = (index: number, design: Design) => stateAt(index, design).groups[design].last;
    expect(outcome(1, 'aurora')).toMatchObject({ type: 'write', ok: true });
    expect(outcome(4, 'aurora')).toMatchObject({ type: 'write', ok: true });
    expect(outcome(6, 'aurora')).toMatchObject({ type: 'write', ok: false });
    expect(outcome(7, 'aurora')).toMatchObject({ type: 'read', ok: true, value: 2 });
    expect(outcome(7, 'classic')).toMatchObject({ type: 'read', ok: false });
    expect(outcome(10, 'aurora')).toMatchObject({ type: 'write', ok: true, version: 3 });
    expect(stateAt(12).groups.aurora.copies.every((c) => c.version === 3)).toBe(true);
  });

  it('keeps the design asked for', () => {
    expect(stateAt(4, 'classic').show).toBe('classic');
  });
});
