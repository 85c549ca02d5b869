import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchEach, MAX_STATE_LENGTH, readState, tourCodec, wholeIn, writeState, type StateCodec } from './url-state';

interface Counter {
  readonly n: number;
}

const codec: StateCodec<Counter> = {
  name: 'demo',
  initial: () => ({ n: 0 }),
  encode: (state) => `n${state.n}`,
  decode: (raw) => {
    const match = /^n(\d{1,4})$/.exec(raw);
    return match ? { n: Number(match[1]) } : null;
  },
};

describe('readState', () => {
  it('gives the default, without an error, when the parameter is absent', () => {
    expect(readState(codec, '')).toEqual({ state: { n: 0 } });
    expect(readState(codec, '?other=1')).toEqual({ state: { n: 0 } });
  });

  it('reads a valid state', () => {
    expect(readState(codec, '?demo=n12')).toEqual({ state: { n: 12 } });
    expect(readState(codec, 'x=1&demo=n3')).toEqual({ state: { n: 3 } });
  });

  it('falls back to the default with an error for malformed text', () => {
    for (const search of ['?demo=', '?demo=zzz', '?demo=n12345', '?demo=n1%20', '?demo=%E0%A4%A']) {
      const decoded = readState(codec, search);
      expect(decoded.state).toEqual({ n: 0 });
      expect(decoded.error?.kind).toBe('malformed');
    }
  });

  it('refuses over-long values unread', () => {
    const decoded = readState(codec, `?demo=${'n'.repeat(MAX_STATE_LENGTH + 1)}`);
    expect(decoded).toEqual({ state: { n: 0 }, error: { kind: 'too-long', length: MAX_STATE_LENGTH + 1 } });
  });

  it('never throws, even when the decoder does', () => {
    const throwing: StateCodec<Counter> = {
      ...codec,
      decode: () => {
        throw new Error('boom');
      },
    };
    expect(readState(throwing, '?demo=n1')).toEqual({ state: { n: 0 }, error: { kind: 'malformed', raw: 'n1' } });
    fc.assert(
      fc.property(fc.string(), (search) => {
        const decoded = readState(codec, search);
        return typeof decoded.state.n === 'number';
      }),
    );
  });
});

describe('writeState', () => {
  it('sets the parameter, keeps the others, and can set the fragment', () => {
    const href = writeState(codec, 'https://example.org/base/aurora/?x=1&demo=n1#top', { n: 7 }, 'figure');
    const url = new URL(href);
    expect(url.pathname).toBe('/base/aurora/');
    expect(url.searchParams.get('x')).toBe('1');
    expect(url.searchParams.get('demo')).toBe('n7');
    expect(url.hash).toBe('#figure');
  });

  it('round-trips through readState', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (n) => {
        const url = new URL(writeState(codec, 'https://example.org/p/', { n }));
        return readState(codec, url.search).state.n === n;
      }),
    );
  });
});

describe('wholeIn', () => {
  it('reads a whole number within its range', () => {
    expect(wholeIn('0', 0, 10)).toBe(0);
    expect(wholeIn('10', 0, 10)).toBe(10);
    expect(wholeIn('7', 7, 7)).toBe(7);
  });

  it('refuses numbers outside the range', () => {
    expect(wholeIn('11', 0, 10)).toBeNull();
    expect(wholeIn('0', 1, 10)).toBeNull();
    expect(wholeIn('999999', 0, 10_000)).toBeNull();
    expect(wholeIn('9'.repeat(40), 0, Number.MAX_SAFE_INTEGER)).toBeNull();
  });

  it('refuses text a codec would not write', () => {
    for (const text of [undefined, '', '-1', '+1', '01', '1.5', '1e3', ' 1', 'x']) expect(wholeIn(text, -10, 10)).toBeNull();
  });

  it('round-trips every number in range', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => wholeIn(String(n), 0, 1_000_000) === n));
  });
});

describe('matchEach', () => {
  const patterns = [/^t([0-9]+)$/, /^([ab])$/] as const;

  it('matches each leading token against the pattern in its place, ignoring the tokens after them', () => {
    const matched = matchEach(['t12', 'b', 'rest'], patterns);
    expect(matched?.map((m) => m[1])).toEqual(['12', 'b']);
  });

  it('refuses a token that does not match, one in the wrong place, and one missing', () => {
    expect(matchEach(['t12', 'c'], patterns)).toBeNull();
    expect(matchEach(['b', 't12'], patterns)).toBeNull();
    expect(matchEach(['t12'], patterns)).toBeNull();
    expect(matchEach([undefined, 'a'], patterns)).toBeNull();
  });
});

describe('an out-of-range link', () => {
  const ranged: StateCodec<Counter> = { ...codec, decode: (raw) => { const n = wholeIn(raw.slice(1), 0, 100); return raw.startsWith('n') && n !== null ? { n } : null; } };
  it('gets the default state and the same notice as a malformed one', () => {
    expect(readState(ranged, '?demo=n100')).toEqual({ state: { n: 100 } });
    expect(readState(ranged, '?demo=n101')).toEqual({ state: { n: 0 }, error: { kind: 'malformed', raw: 'n101' } });
  });
});

describe('tourCodec', () => {
  const codec = tourCodec(
    'demo',
    () => 7,
    (link) => `${link.state}t${link.step}`,
    (raw) => {
      const match = /^([0-9])t([0-9])$/.exec(raw);
      return match ? { state: Number(match[1]), step: Number(match[2]) } : null;
    },
  );

  it('starts at the model’s first state on the first tour step', () => {
    expect(codec.name).toBe('demo');
    expect(codec.initial()).toEqual({ state: 7, step: 0 });
    expect(readState(codec, '').state).toEqual({ state: 7, step: 0 });
  });

  it('carries a state and a tour step through a link, and falls back to the start on a bad one', () => {
    const href = writeState(codec, 'https://example.org/aurora/', { state: 3, step: 4 });
    expect(readState(codec, new URL(href).search)).toEqual({ state: { state: 3, step: 4 } });
    expect(readState(codec, '?demo=x').state).toEqual({ state: 7, step: 0 });
  });
});
