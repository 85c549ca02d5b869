/**
 * The checks every diagram's link codec shares, registered as `it(...)` blocks inside the caller's
 * `describe`. Only tests import this folder.
 */
import { expect, it as vitestIt } from 'vitest';
import type { Register } from './strings';
import fc from 'fast-check';
import { MAX_STATE_LENGTH, readState, writeState, type StateCodec } from '../url-state';

/** A link of a diagram whose state comes from events: the state and the tour step the link names. */
export interface TourLink<S> {
  readonly state: S;
  readonly step: number;
}

/** Links a reader can reach: the state after a list of events (folded with `run`) and any step of a tour of `steps` steps. */
export function tourLinks<E, S>(events: fc.Arbitrary<readonly E[]>, run: (events: readonly E[]) => S, steps: number): fc.Arbitrary<TourLink<S>> {
  return fc.record({ state: events.map((list) => run(list)), step: fc.integer({ min: 0, max: steps - 1 }) });
}

/** A state without its last outcome, which a link does not carry: it is not state. */
export const withoutLast = <S extends { readonly last: unknown }>(state: S): S => ({ ...state, last: null });

/** `kept` for a tour link: the link read back has its state without what is not state (the last outcome). */
export const keepState =
  <S>(bare: (state: S) => S) =>
  (link: TourLink<S>): TourLink<S> => ({ state: bare(link.state), step: link.step });

export interface CodecChecks<L> {
  /** Links a reader can reach: a state after some actions and a tour step. */
  links: fc.Arbitrary<L>;
  /** What a link reads back as: without what is not state (the last outcome); the link itself by default. */
  kept?: (link: L) => L;
  roundTripName?: string;
  roundTripRuns?: number;
  /** Texts the codec must refuse, each with what is wrong in a comment where it is not plain (an empty value and `garbage` are added). */
  refused: readonly string[];
  refusedName?: string;
  /** Characters the fuzzed texts are made of (the codec's own, so some texts are accepted). */
  alphabet: string;
  maxLength: number;
  /** More texts to fuzz with, besides random ones (say, real links with a character cut out). */
  texts?: fc.Arbitrary<string>;
  fuzzRuns?: number;
  /** More that must hold of every link the codec accepts (it already encodes back to the same text). */
  accepts?: (link: L) => void;
  acceptsName?: string;
  /** A malformed value: the page shows `fallback` and names the value in the error. */
  malformed: string;
  fallback: L;
}

export function checkCodec<L>(codec: StateCodec<L>, c: CodecChecks<L>, it: Register = vitestIt): void {
  const kept = c.kept ?? ((link: L) => link);

  it(c.roundTripName ?? 'round-trips every reachable state through a URL', () => {
    fc.assert(
      fc.property(c.links, (link) => {
        const url = new URL(writeState(codec, 'https://example.org/en/x/', link, `${codec.name}-diagram`));
        const decoded = readState(codec, url.search);
        expect(decoded.error).toBeUndefined();
        expect(decoded.state).toEqual(kept(link));
        const raw = url.searchParams.get(codec.name) ?? '';
        expect(raw).toMatch(/^[A-Za-z0-9._-]*$/);
        expect(raw.length).toBeLessThan(MAX_STATE_LENGTH);
      }),
      { numRuns: c.roundTripRuns ?? 100 },
    );
  });

  it(c.refusedName ?? 'refuses text that is not a state this diagram could reach', () => {
    for (const text of ['', 'garbage', ...c.refused]) expect(codec.decode(text), text).toBeNull();
  });

  it(c.acceptsName ?? 'never throws, and whatever it accepts is canonical', () => {
    const alphabet = fc.constantFrom(...c.alphabet.split(''));
    const random = [fc.string(), fc.array(alphabet, { maxLength: c.maxLength }).map((cs) => cs.join(''))];
    const texts = fc.oneof(...random, ...(c.texts ? [c.texts] : []));
    fc.assert(
      fc.property(texts, (text) => {
        const link = codec.decode(text);
        if (link === null) return;
        c.accepts?.(link);
        expect(codec.encode(link)).toBe(text);
      }),
      { numRuns: c.fuzzRuns ?? 100 },
    );
  });

  it('falls back to the default with an error for a malformed link', () => {
    const decoded = readState(codec, `?${codec.name}=${c.malformed}`);
    expect(decoded.state).toEqual(c.fallback);
    expect(decoded.error).toEqual({ kind: 'malformed', raw: c.malformed });
  });
}

/**
 * Links whose numbers lie beyond what the diagram allows (or what `MAX_ACTIONS` actions reach), each
 * `[what is wrong, text]`: the codec refuses each, and the page shows the notice for a malformed link.
 */
export function checkOutOfRange<L>(codec: StateCodec<L>, cases: [what: string, text: string][]): void {
  vitestIt.each(cases)('refuses %s with the notice', (_what, raw) => {
    expect(codec.decode(raw), raw).toBeNull();
    expect(readState(codec, `?${codec.name}=${raw}`).error?.kind).toBe('malformed');
  });
}
