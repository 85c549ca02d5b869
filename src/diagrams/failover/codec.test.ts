import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_ACTIONS, readState } from '../kit/url-state';
import { checkCodec, checkOutOfRange } from '../kit/testing/codec';
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

  checkCodec(codecFor(defaults), {
    links,
    roundTripName: 'round-trips every setup and step through a URL',
    roundTripRuns: 200,
    refused: [
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
    ],
    refusedName: 'refuses anything it could not have written',
    alphabet: 'acimnprst0123456789.',
    maxLength: 20,
    malformed: 'zz.s99.t9999',
    fallback: { setup: defaults, step: 0 },
  });

  it('reads the last step of a plan, and no step past it', () => {
    const last = planOf(defaults).steps.length - 1;
    expect(decodeLink(`mi.rr.s1.t${last}`)).not.toBeNull();
    expect(decodeLink(`mi.rr.s1.t${last + 1}`)).toBeNull();
  });

  it('shows the figure’s own default, with an error, for a link that is not its own or is empty', () => {
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
  it('reads seeds up to MAX_ACTIONS re-rolls', () => {
    expect(decodeLink(`au.s${MAX_ACTIONS}.t0`)?.setup.seed).toBe(MAX_ACTIONS);
  });
  checkOutOfRange(codecFor(defaults), [
    ['a seed beyond MAX_ACTIONS re-rolls', `au.s${MAX_ACTIONS + 1}.t0`],
    ['seed 999999', 'au.s999999.t0'],
  ]);
});
