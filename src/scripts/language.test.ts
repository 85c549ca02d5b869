import { describe, expect, it } from 'vitest';
import { idFromHash } from './language.ts';

describe('the id a URL fragment names', () => {
  it('decodes percent escapes', () => {
    expect(idFromHash('#storage-autoscaling')).toBe('storage-autoscaling');
    expect(idFromHash('#%EC%9D%BD%EA%B8%B0')).toBe('읽기');
    expect(idFromHash('')).toBe('');
  });

  it.each(['#%', '#%E0%A4%A', '#100%', '#%zz'])('reads a malformed escape (%s) as written instead of throwing', (hash) => {
    expect(idFromHash(hash)).toBe(hash.slice(1));
  });
});
