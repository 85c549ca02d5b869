import { describe, expect, it } from 'vitest';
import { checkTour } from '../kit/testing/timeline';
import { TIMELINE_MINUTES, verdictsAt, type Mechanism } from './model';
import { stateAt, TOUR } from './timeline';

const ok = (index: number): Mechanism[] => verdictsAt(stateAt(index)).filter((v) => v.ok).map((v) => v.mechanism);

describe('the guided tour', () => {
  checkTour(TOUR, stateAt);

  it('stays on the timeline', () => {
    for (const step of TOUR) if (step.event?.type === 'moment') expect(step.event.ago).toBeLessThanOrEqual(TIMELINE_MINUTES);
  });

  it('shows what each caption says', () => {
    expect(ok(0)).toEqual(['pitr', 'backtrack']);
    expect(ok(1)).toEqual(['clone']);
    expect(ok(2)).toEqual(['backtrack']);
    expect(ok(3)).toEqual(['pitr', 'backtrack']);
    expect(ok(4)).toEqual(['pitr', 'backtrack']);
    expect(ok(5)).toEqual(['pitr']);
    expect(ok(6)).toEqual(['pitr', 'snapshot']);
    expect(ok(7)).toEqual(['snapshot']);
    expect(ok(8)).toEqual(['pitr', 'snapshot']);
    expect(ok(9)).toEqual(['pitr', 'snapshot']);
    expect(stateAt(10)).toMatchObject({ engine: 'rds-mysql', retention: 14 });
    expect(verdictsAt(stateAt(10)).find((v) => v.mechanism === 'pitr')?.result).toBe('newInstance');
    expect(ok(11)).toEqual(['snapshot']);
    expect(stateAt(11).retention).toBe(0);
  });

  it('reads an index that is not a number as the start', () => {
    expect(stateAt(Number.NaN)).toEqual(stateAt(0));
  });
});
