import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_ACTIONS, MAX_STATE_LENGTH, readState, writeState } from '../kit/url-state';
import { codecFor, decodeLink, encodeLink, encodeSetup, laneOfSpec, PARAM, type FailoverLink } from './codec';
import { DEPLOYMENTS, type Setup } from './model';
import { planOf } from './timeline';
import { setups } from './model.arbitrary';

const defaults: Setup = {
  lanes: [
    { deployment: 'multi-az-instance', proxy: false },
    { deployment: 'replica-promotion', proxy: false },
  ],
  seed: 1,
};

// A link carries seeds up to MAX_ACTIONS re-rolls (the model draws timings for any seed).
const linkSetups = setups.map((setup) => ({ ...setup, seed: setup.seed % (MAX_ACTIONS + 1) }));
const links: fc.Arbitrary<FailoverLink> = linkSetups.chain((setup) =>
  fc.integer({ min: 0, max: planOf(setup).steps.length - 1 }).map((step) => ({ setup, step })),
);

describe('failover link codec', () => {
  it('encodes compactly, named after the diagram', () => {
    expect(encodeLink({ setup: defaults, step: 0 })).toBe('mi.rr.s1.t0');
    expect(encodeSetup({ lanes: [{ deployment: 'aurora', proxy: true }], seed: 42 })).toBe('aup.s42');
    expect(codecFor(defaults).name).toBe(PARAM);
    expect(PARAM).toBe('failover');
  });

  it('round-trips every setup and step through a URL', () => {
    const codec = codecFor(defaults);
    fc.assert(
      fc.property(links, (link) => {
        const url = new URL(writeState(codec, 'https://example.org/en/aurora/?x=1', link, 'failover-diagram'));
        expect(url.hash).toBe('#failover-diagram');
        expect(url.searchParams.get('x')).toBe('1');
        const raw = url.searchParams.get(PARAM) ?? '';
        expect(raw).toMatch(/^[A-Za-z0-9._-]+$/);
        expect(raw.length).toBeLessThan(MAX_STATE_LENGTH);
        const decoded = readState(codec, url.search);
        expect(decoded.error).toBeUndefined();
        expect(decoded.state).toEqual(link);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses anything it could not have written', () => {
    const bad = [
      '',
      'mi',
      'mi.s1',
      'mi.t0',
      's1.t0',
      'rrp.s1.t0', // no proxy for a manual promotion
      'mi.s01.t0', // leading zero
      'mi.s1.t00',
      'mi.mc.au.s1.t0', // three lanes
      'xx.s1.t0',
      'MI.s1.t0',
      'mi.s1.t-1',
      'mi.s1.t999', // past the timeline
      'mi.s1000000.t0',
      'mi..s1.t0',
      'mi.s1.t0.',
      'mip p.s1.t0',
    ];
    for (const raw of bad) expect(decodeLink(raw), raw).toBeNull();
    const last = planOf(defaults).steps.length - 1;
    expect(decodeLink(`mi.rr.s1.t${last}`)).not.toBeNull();
    expect(decodeLink(`mi.rr.s1.t${last + 1}`)).toBeNull();
  });

  it('shows the figure’s own default, with an error, for a malformed link', () => {
    const codec = codecFor(defaults);
    const decoded = readState(codec, '?failover=zz.s99.t9999%3Cscript%3E');
    expect(decoded.state).toEqual({ setup: defaults, step: 0 });
    expect(decoded.error?.kind).toBe('malformed');
    expect(readState(codec, '').state).toEqual({ setup: defaults, step: 0 });
    expect(readState(codec, '?failover=').error?.kind).toBe('malformed');
  });
});

describe('scenario props', () => {
  it('name a deployment, optionally behind RDS Proxy', () => {
    for (const d of DEPLOYMENTS) expect(laneOfSpec(d)).toEqual({ deployment: d, proxy: false });
    expect(laneOfSpec('aurora+proxy')).toEqual({ deployment: 'aurora', proxy: true });
    expect(laneOfSpec('multi-az-instance+proxy')).toEqual({ deployment: 'multi-az-instance', proxy: true });
    for (const bad of ['replica-promotion+proxy', 'aurora+', 'aurora+proxy+proxy', 'aurora+cache', 'rds', '']) {
      expect(laneOfSpec(bad), bad).toBeNull();
    }
  });
});

describe('number ranges', () => {
  it('reads seeds up to MAX_ACTIONS re-rolls, and refuses larger ones with the notice', () => {
    expect(decodeLink(`au.s${MAX_ACTIONS}.t0`)?.setup.seed).toBe(MAX_ACTIONS);
    for (const seed of [MAX_ACTIONS + 1, 999_999]) {
      expect(decodeLink(`au.s${seed}.t0`)).toBeNull();
      expect(readState(codecFor(defaults), `?failover=au.s${seed}.t0`).error?.kind).toBe('malformed');
    }
  });
});
