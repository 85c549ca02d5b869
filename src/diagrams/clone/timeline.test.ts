import { describe, expect, it } from 'vitest';
import { checkTour } from '../kit/testing/timeline';
import { accounting, live, SIZES_GIB } from './model';
import { stateAt, TOUR } from './timeline';

describe('the guided tour', () => {
  checkTour(TOUR, stateAt);

  it('never asks the model for something it refuses', () => {
    TOUR.forEach((_, i) => expect(stateAt(i).last?.type).not.toBe('refused'));
  });

  it('tells the story the captions tell', () => {
    const totals = TOUR.map((_, i) => accounting(stateAt(i)));
    expect(totals.map((a) => a.total)).toEqual([6, 6, 7, 8, 8, 8, 9, 7, 7]);
    expect(totals.map((a) => a.shared)).toEqual([0, 6, 5, 4, 4, 6, 6, 5, 5]);
    expect(stateAt(1).last).toMatchObject({ type: 'clone', cluster: 0, made: 1 });
    expect(stateAt(2).last).toMatchObject({ type: 'write', to: 'B1', copied: true });
    expect(stateAt(4).last).toMatchObject({ type: 'write', from: 'D1', to: 'D2', copied: false });
    expect(stateAt(5).last).toMatchObject({ type: 'clone', cluster: 1, made: 2 });
    expect(stateAt(7).last).toEqual({ type: 'delete', cluster: 0, freed: ['B1', 'D'], kept: 4 });
    expect(live(stateAt(7)).map((c) => c.table.join(''))).toEqual(['ABCD2EF', 'ABCD2EF1']);
    expect(SIZES_GIB[stateAt(8).size]).toBe(10240);
  });

  it('reads an index that is not a number as the start, and keeps the reader’s size until the tour changes it', () => {
    expect(stateAt(Number.NaN)).toEqual(stateAt(0));
    expect(stateAt(3, 0).size).toBe(0);
    expect(stateAt(8, 0).size).toBe(3);
  });
});
