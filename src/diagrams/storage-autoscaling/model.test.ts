import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BULK_START,
  clampParam,
  COOLDOWN_MINUTES,
  DEFAULT_PARAMS,
  demandAt,
  increases,
  initial,
  isValid,
  LIMITS,
  LOW_MINUTES,
  LOW_SHARE,
  minThreshold,
  MINUTES_PER_DAY,
  momentAt,
  normalise,
  outcomeOf,
  recommendedThreshold,
  run,
  simulate,
  START_FREE,
  step,
  type Day,
  type Params,
} from './model';

const EPS = 1e-6;

/** Settings that keep a day interesting: small volumes, rates from idle to a flood. */
const paramsArb: fc.Arbitrary<Params> = fc
  .record({
    allocated: fc.integer({ min: LIMITS.allocated.min, max: 2_000 }),
    headroom: fc.double({ min: 0, max: 3, noNaN: true }),
    rate: fc.integer({ min: 0, max: 400 }).map((tenths) => Math.round(tenths / 5) / 2),
    bulk: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_500 })),
  })
  .map(({ allocated, headroom, rate, bulk }) =>
    normalise({ allocated, max: Math.round(allocated * (1.1 + headroom)), rate, bulk }),
  );

const at = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * An independent reading of the rule over a simulated day: for every minute,
 * were all three conditions true, and did the day grow exactly then?
 */
function checkRule(day: Day, optimize = 120): void {
  const { params } = day;
  let lowSince: number | null = null;
  let lastChange = -Infinity;
  for (let m = 1; m <= MINUTES_PER_DAY; m += 1) {
    const before = day.allocated[m - 1] ?? 0;
    const after = day.allocated[m] ?? 0;
    const used = day.used[m] ?? 0;
    const low = before - used <= LOW_SHARE * before + 1e-9;
    lowSince = low ? (lowSince ?? m) : null;
    const waited = m - lastChange >= Math.max(COOLDOWN_MINUTES, optimize);
    const due: boolean = low && lowSince !== null && m - lowSince >= LOW_MINUTES && waited && before < params.max;
    const grew = after > before;
    if (grew !== due) expect.fail(`at ${at(m)}: due ${due}, grew ${grew}`);
    if (grew) {
      const event = increases(day.events).find((e) => e.minute === m);
      expect(event).toBeDefined();
      if (!event) return;
      const past = m - 60 >= 0 ? (day.used[m - 60] ?? 0) : params.allocated * (1 - START_FREE) + (params.rate / 60) * (m - 60);
      const predicted = Math.max(0, (used - past) * 7);
      const wanted = Math.ceil(Math.max(10, 0.1 * before, predicted) - 1e-9);
      expect(event.predicted).toBeCloseTo(predicted, 6);
      expect(event.wanted).toBe(wanted);
      expect(after).toBe(Math.min(before + wanted, params.max));
      expect(event.capped).toBe(before + wanted > params.max);
      lastChange = m;
      lowSince = after - used <= LOW_SHARE * after + 1e-9 ? m : null;
    }
  }
}

describe('settings', () => {
  it('start from 100 GiB allocated, a 126 GiB threshold (the recommended 26 %) and 2 GiB an hour', () => {
    expect(DEFAULT_PARAMS).toEqual({ allocated: 100, max: 126, rate: 2, bulk: 0 });
    expect(recommendedThreshold(100)).toBe(126);
    expect(recommendedThreshold(1000)).toBe(1260);
    expect(isValid(DEFAULT_PARAMS)).toBe(true);
  });

  it('refuse a threshold less than 10 % above the allocation, as AWS does', () => {
    expect(minThreshold(100)).toBe(110);
    expect(minThreshold(1000)).toBe(1100);
    expect(minThreshold(105)).toBe(116);
    expect(normalise({ ...DEFAULT_PARAMS, max: 105 }).max).toBe(110);
    expect(isValid({ ...DEFAULT_PARAMS, max: 109 })).toBe(false);
    // Raising the allocation drags a threshold that is now too low up with it.
    const state = step(initial(), { type: 'set', name: 'allocated', value: 200 });
    expect(state.params).toEqual({ allocated: 200, max: 220, rate: 2, bulk: 0 });
    // A threshold set too low lands on the smallest one allowed.
    expect(step(initial(), { type: 'set', name: 'max', value: 20 }).params.max).toBe(110);
  });

  it('round to each control and stay in range', () => {
    expect(clampParam('rate', 2.26)).toBe(2.5);
    expect(clampParam('rate', -3)).toBe(0);
    expect(clampParam('allocated', 5)).toBe(20);
    expect(clampParam('allocated', Number.NaN)).toBe(20);
    expect(clampParam('max', 1e9)).toBe(65_536);
    fc.assert(
      fc.property(fc.double(), fc.constantFrom('allocated', 'max', 'rate', 'bulk' as const), (value, name) => {
        const clamped = clampParam(name, value);
        expect(clamped).toBeGreaterThanOrEqual(LIMITS[name].min);
        expect(clamped).toBeLessThanOrEqual(LIMITS[name].max);
        expect(clampParam(name, clamped)).toBe(clamped);
      }),
    );
  });
});

describe('the default day', () => {
  const day = simulate(DEFAULT_PARAMS);

  it('grows at 05:05 by the 7-hour prediction, 14 GiB', () => {
    const [first] = increases(day.events);
    expect(at(first?.minute ?? 0)).toBe('05:05');
    expect(first).toMatchObject({ from: 100, to: 114, fixed: 10, winner: 'predicted', wanted: 14, capped: false });
    expect(first?.share).toBeCloseTo(10, 9);
    expect(first?.predicted).toBeCloseTo(14, 9);
    // Free space first reached 10 % at 05:00; five minutes later the rule fired.
    expect(momentAt(day, 299).condition).toBe('ok');
    expect(momentAt(day, 300).condition).toBe('low');
    expect(day.allocated[304]).toBe(100);
  });

  it('is cut short by the threshold at 11:23, then stopped by it at 17:23, and fills at 23:00', () => {
    const [, second] = increases(day.events);
    expect(at(second?.minute ?? 0)).toBe('11:23');
    expect(second).toMatchObject({ from: 114, to: 126, wanted: 14, capped: true });
    const blocked = day.events.find((e) => e.type === 'blocked');
    // Low since 16:42, but the 6-hour wait after 11:23 ran until 17:23: then the threshold said no.
    expect(momentAt(day, 16 * 60 + 42).condition).toBe('low');
    expect(at(blocked?.minute ?? 0)).toBe('17:23');
    expect(day.events).toHaveLength(3);
    expect(day.full).toHaveLength(1);
    expect(at(day.full[0]?.from ?? 0)).toBe('23:01');
    expect(day.refused).toBeCloseTo(2, 6);
    expect(outcomeOf(day)).toMatchObject({ increases: 2, finalAllocated: 126, capped: true, fullMinutes: 60 });
  });

  it('waits out the 6 hours even while free space stays low (the rule is AND, not OR)', () => {
    for (let m = 16 * 60 + 47; m < 17 * 60 + 23; m += 1) {
      const moment = momentAt(day, m);
      expect(moment.condition).toBe('low');
      expect(moment.waitLeft).toBe(17 * 60 + 23 - m);
    }
  });

  it('would keep growing with a higher threshold', () => {
    const roomy = simulate({ ...DEFAULT_PARAMS, max: 400 });
    expect(increases(roomy.events).map((e) => [at(e.minute), e.from, e.to])).toEqual([
      ['05:05', 100, 114],
      ['11:23', 114, 128],
      ['17:41', 128, 142],
      ['23:59', 142, 157],
    ]);
    expect(roomy.full).toHaveLength(0);
    checkRule(roomy);
  });
});

describe('a bulk load right after an increase', () => {
  it('fills the disk during the 6-hour wait, and the next increase only comes after it', () => {
    const day = simulate({ allocated: 100, max: 200, rate: 1, bulk: 30 });
    const [first, second] = increases(day.events);
    expect(at(first?.minute ?? 0)).toBe('10:05');
    expect(first).toMatchObject({ from: 100, to: 110, winner: 'fixed' });
    expect(day.full[0]?.from).toBeGreaterThan(BULK_START);
    // Refused up to and including 16:05, when the next increase lands.
    expect(day.full[0]?.to).toBe(16 * 60 + 5);
    expect(at(second?.minute ?? 0)).toBe('16:05');
    // The past hour was all refused writes, so nothing is predicted: 10 % of 110 GiB wins.
    expect(second).toMatchObject({ from: 110, to: 121, winner: 'share', predicted: 0 });
    checkRule(day);
  });

  it('makes the 7-hour prediction the biggest candidate when the load lands in the last hour', () => {
    const day = simulate({ allocated: 1000, max: 3000, rate: 0, bulk: 250 });
    const [first] = increases(day.events);
    expect(first?.winner).toBe('predicted');
    expect(at(first?.minute ?? 0)).toBe('12:29');
    // 29 minutes of the load, 120.8 GiB, times seven: far more than 10 % of 1,000 GiB.
    expect(first?.predicted ?? 0).toBeCloseTo((250 / 60) * 29 * 7, 6);
    expect(first).toMatchObject({ from: 1000, to: 1846, wanted: 846 });
  });
});

describe('storage optimization', () => {
  it('delays the next change when it outlasts the 6 hours', () => {
    const quick = simulate({ ...DEFAULT_PARAMS, max: 400 }, { optimizeMinutes: 60 });
    const slow = simulate({ ...DEFAULT_PARAMS, max: 400 }, { optimizeMinutes: 9 * 60 });
    expect(increases(quick.events)[1]?.minute).toBe(11 * 60 + 23);
    expect(increases(slow.events)[1]?.minute).toBe(5 * 60 + 5 + 9 * 60);
    checkRule(slow, 9 * 60);
  });
});

describe('any day', () => {
  it('applies the rule exactly: every increase has all three conditions, and none is missed', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        checkRule(simulate(params));
      }),
      { numRuns: 150 },
    );
  });

  it('never shrinks, never passes the threshold, never overfills, and loses nothing unaccounted', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        const day = simulate(params);
        let demand = 0;
        for (let m = 0; m < MINUTES_PER_DAY; m += 1) demand += demandAt(params, m);
        const broken: string[] = [];
        for (let m = 0; m <= MINUTES_PER_DAY; m += 1) {
          const alloc = day.allocated[m] ?? 0;
          const used = day.used[m] ?? 0;
          if (used > alloc + EPS) broken.push(`${at(m)} overfilled`);
          if (alloc > Math.max(params.max, params.allocated)) broken.push(`${at(m)} past the threshold`);
          if (m > 0 && alloc < (day.allocated[m - 1] ?? 0)) broken.push(`${at(m)} shrank`);
          if (!Number.isInteger(alloc)) broken.push(`${at(m)} not whole GiB`);
        }
        expect(broken).toEqual([]);
        const start = params.allocated * (1 - START_FREE);
        expect((day.used[MINUTES_PER_DAY] ?? 0) + day.refused).toBeCloseTo(start + demand, 6);
        // Writes are refused only while the disk is full.
        for (const span of day.full) {
          for (let m = span.from; m <= span.to; m += 1) {
            const room = (day.allocated[m - 1] ?? 0) - (day.used[m - 1] ?? 0);
            if (room >= demandAt(params, m - 1) + EPS) broken.push(`${at(m)} refused with room`);
          }
        }
        expect(broken).toEqual([]);
        // Increases are at least 6 hours apart, and each is the largest candidate.
        const grown = increases(day.events);
        grown.forEach((e, i) => {
          if (i > 0) expect(e.minute - (grown[i - 1]?.minute ?? 0)).toBeGreaterThanOrEqual(COOLDOWN_MINUTES);
          expect(e.wanted).toBeGreaterThanOrEqual(Math.max(e.fixed, e.share, e.predicted) - EPS);
          expect(e.wanted).toBeLessThan(Math.max(e.fixed, e.share, e.predicted) + 1);
          expect(e.freeBefore).toBeLessThanOrEqual(LOW_SHARE * e.from + EPS);
        });
        // The threshold stops growth only at the threshold, once.
        const blocked = day.events.filter((e) => e.type === 'blocked');
        expect(blocked.length).toBeLessThanOrEqual(1);
        for (const b of blocked) expect(b.allocated).toBe(params.max);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and leaves its input alone', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        const frozen = Object.freeze({ ...params });
        expect(simulate(frozen)).toEqual(simulate(frozen));
      }),
      { numRuns: 20 },
    );
  });
});

describe('the state', () => {
  it('shows the whole day by default and can be moved through it', () => {
    expect(initial().hour).toBe(24);
    expect(run([{ type: 'show', hour: 5 }]).hour).toBe(5);
    expect(run([{ type: 'show', hour: 99 }]).hour).toBe(24);
    expect(run([{ type: 'show', hour: -1 }]).hour).toBe(0);
  });

  it('keeps any sequence of settings valid', () => {
    const setArb = fc.record({
      type: fc.constant('set' as const),
      name: fc.constantFrom('allocated' as const, 'max' as const, 'rate' as const, 'bulk' as const),
      value: fc.double({ min: -100, max: 100_000, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(setArb, { maxLength: 12 }), (events) => {
        const state = run(events);
        expect(isValid(state.params)).toBe(true);
        expect(state.params.max).toBeGreaterThanOrEqual(minThreshold(state.params.allocated));
      }),
    );
  });

  it('reports the day up to the hour showing', () => {
    const day = simulate(DEFAULT_PARAMS);
    expect(outcomeOf(day, 6 * 60)).toMatchObject({ increases: 1, finalAllocated: 114, blockedAt: null, fullFrom: null });
    expect(outcomeOf(day, 23 * 60 + 30).refused).toBeCloseTo(1, 6);
  });
});

describe('refused writes', () => {
  it('add up minute by minute, and match each full span', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        const day = simulate(params);
        expect(day.refusedBy[MINUTES_PER_DAY]).toBeCloseTo(day.refused, 9);
        for (const span of day.full) {
          expect((day.refusedBy[span.to] ?? 0) - (day.refusedBy[span.from - 1] ?? 0)).toBeCloseTo(span.refused, 9);
        }
      }),
      { numRuns: 50 },
    );
  });
});
