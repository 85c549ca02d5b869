/** Test helpers for what a diagram says about its state (describe.ts). Only tests import this folder. */
import { expect, it } from 'vitest';
import fc from 'fast-check';
import type { TimelineStep } from '../clock';
import { LOCALES, type Bilingual } from '../strings';

/** Island words whose live region numbers the tour's steps and captions each (`live.tourStep`, `live.tour`). */
export interface TourWords {
  readonly live: {
    tourStep(index: number, length: number): string;
    readonly tour: { readonly [captionKey: string]: string };
  };
}

export interface SpeechChecks<St, E, S extends TourWords> {
  /** Runs of events a reader could make, and one event more. */
  readonly events: fc.Arbitrary<readonly E[]>;
  readonly event: fc.Arbitrary<E>;
  run(events: readonly E[]): St;
  step(state: St, event: E): St;
  /** The island's words in each language. */
  readonly strings: readonly S[];
  /** What the live region says after `event`, and the picture's title. */
  sentence(event: E, state: St, s: S): string;
  title(state: St, s: S): string;
  readonly steps: readonly TimelineStep[];
  stateAt(index: number): St;
  /** What the live region says on tour step `index`: it starts with `live.tourStep` and holds the step's caption. */
  tourText(index: number, state: St, s: S): string;
}

/**
 * Registers, inside the caller's `describe`: every event, after any run, is said in every language without
 * template leftovers (and so is the picture's title), and every tour step says its number and its caption.
 */
export function checkSpeech<St, E, S extends TourWords>(c: SpeechChecks<St, E, S>): void {
  it('always say something, in both languages, for any event', () => {
    fc.assert(
      fc.property(c.events, c.event, (list, e) => {
        const state = c.step(c.run(list), e);
        for (const s of c.strings) {
          const text = c.sentence(e, state, s);
          expect(text.trim().length).toBeGreaterThan(10);
          expect(text).not.toMatch(/undefined|NaN|\[object/);
          expect(c.title(state, s)).not.toMatch(/undefined|NaN/);
        }
      }),
    );
  });

  it('caption every tour step', () => {
    for (let i = 0; i < c.steps.length; i += 1) {
      for (const s of c.strings) {
        const text = c.tourText(i, c.stateAt(i), s);
        expect(text.startsWith(s.live.tourStep(i, c.steps.length))).toBe(true);
        expect(text).toContain(s.live.tour[c.steps[i]?.captionKey ?? 'start']);
      }
    }
  });
}

/** Fails unless `say` gives, in the words of each language, that language's sentence of `sentences`. */
export function expectSaid<S>(strings: Bilingual<S>, say: (s: S) => string, sentences: Bilingual<string>): void {
  for (const locale of LOCALES) expect(say(strings[locale]), locale).toBe(sentences[locale]);
}

/** Registers `it(title)`, inside the caller's `describe`: `say` says `sentences` in both languages (`expectSaid`). */
export function saysInBoth<S>(title: string, strings: Bilingual<S>, say: (s: S) => string, sentences: Bilingual<string>): void {
  it(title, () => expectSaid(strings, say, sentences));
}
