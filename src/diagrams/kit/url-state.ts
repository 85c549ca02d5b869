/**
 * Diagram state in the URL: one query parameter named after the diagram
 * (`?quorum=…`). Reading never throws: a missing parameter gives the default
 * state, an unreadable one gives the default state and an error to show.
 */

export interface StateCodec<S> {
  /** The query parameter, e.g. `quorum`. */
  readonly name: string;
  initial(): S;
  /** Only URL-safe characters: letters, digits, `-`, `.`, `_`. */
  encode(state: S): string;
  /** null when the text is not a state this diagram can show. May throw; callers catch. */
  decode(raw: string): S | null;
}

/** What a guided diagram's link carries: the model's state and the tour step. */
export interface TourLink<St> {
  readonly state: St;
  /** Tour step. */
  readonly step: number;
}

/** The codec of a guided diagram's link, which starts at the model's `initial()` on the tour's first step. */
export function tourCodec<St>(
  name: string,
  initial: () => St,
  encode: (link: TourLink<St>) => string,
  decode: (raw: string) => TourLink<St> | null,
): StateCodec<TourLink<St>> {
  return { name, initial: () => ({ state: initial(), step: 0 }), encode, decode };
}

export type StateError =
  { readonly kind: 'malformed'; readonly raw: string } | { readonly kind: 'too-long'; readonly length: number };

export interface Decoded<S> {
  readonly state: S;
  readonly error?: StateError;
}

/**
 * Every number a codec reads has a range, so a link can only show a state a reader could have reached.
 * Counters a reader drives (writes, reads, rounds, sessions issued, seeds re-rolled, waits) have no
 * natural end; a link may record at most this many actions of one kind. A link beyond a range is
 * refused like a malformed one: the default state and the notice.
 */
export const MAX_ACTIONS = 10_000;

/**
 * `text` as a whole number within [min, max], written as a codec writes it (digits only, no sign, no
 * leading zero); null otherwise, including when `text` is undefined.
 */
export function wholeIn(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || text.length > 15 || !/^(0|[1-9][0-9]*)$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/**
 * The fixed leading tokens of a link, each matched against the pattern in its place (`tokens[i]` against
 * `patterns[i]`); null when one is missing or does not match.
 */
export function matchEach<const P extends readonly RegExp[]>(
  tokens: readonly (string | undefined)[],
  patterns: P,
): { readonly [K in keyof P]: RegExpExecArray } | null {
  const matches: RegExpExecArray[] = [];
  for (const [i, pattern] of patterns.entries()) {
    const match = pattern.exec(tokens[i] ?? '');
    if (!match) return null;
    matches.push(match);
  }
  return matches as unknown as { readonly [K in keyof P]: RegExpExecArray };
}

/** Longer values are refused unread. */
export const MAX_STATE_LENGTH = 512;

const SAFE = /^[A-Za-z0-9._-]*$/;

/** Reads the diagram's parameter from a query string (`location.search`). */
export function readState<S>(codec: StateCodec<S>, search: string): Decoded<S> {
  let raw: string | null = null;
  try {
    raw = new URLSearchParams(search).get(codec.name);
  } catch {
    return { state: codec.initial(), error: { kind: 'malformed', raw: '' } };
  }
  if (raw === null) return { state: codec.initial() };
  if (raw.length > MAX_STATE_LENGTH) {
    return { state: codec.initial(), error: { kind: 'too-long', length: raw.length } };
  }
  if (raw !== '' && SAFE.test(raw)) {
    try {
      const state = codec.decode(raw);
      if (state !== null) return { state };
    } catch {
      // fall through: an unreadable state is reported, never thrown
    }
  }
  return { state: codec.initial(), error: { kind: 'malformed', raw } };
}

/**
 * The same page with this state in its parameter; other parameters are kept.
 * `hash` (without '#') replaces the fragment, e.g. to land on the figure.
 */
export function writeState<S>(codec: StateCodec<S>, href: string, state: S, hash?: string): string {
  const url = new URL(href);
  url.searchParams.set(codec.name, codec.encode(state));
  if (hash !== undefined) url.hash = hash;
  return url.toString();
}
