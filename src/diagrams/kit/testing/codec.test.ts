import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { StateCodec } from '../url-state';
import { checkCodec } from './codec';

/** A codec of a count 0-9, one digit; `lax` also takes what it could not have written. */
function digits(lax: boolean): StateCodec<number> {
  return {
    name: 'demo',
    initial: () => 0,
    encode: (n) => String(n),
    decode: (raw) => (/^[0-9]$/.test(raw) ? Number(raw) : lax ? 0 : null),
  };
}

function refusal(codec: StateCodec<number>, refused: readonly string[]): () => void {
  let body = (): void => {};
  checkCodec(
    codec,
    { links: fc.integer({ min: 0, max: 9 }), refused, alphabet: '0123456789', maxLength: 2, malformed: 'x', fallback: 0 },
    (name, registered) => {
      if (name.startsWith('refuses')) body = registered;
    },
  );
  return body;
}

describe('checkCodec', () => {
  it('passes a codec that refuses what it could not have written', () => {
    expect(refusal(digits(false), ['10'])).not.toThrow();
  });

  it('fails a codec that takes an empty value or a word, even when the diagram lists neither', () => {
    expect(refusal(digits(true), [])).toThrow();
  });
});
