import { describe, expect, it } from 'vitest';
import { dataAttributes } from './attributes';

describe('dataAttributes', () => {
  it('names each entry as a data- attribute, in order, keeping its value', () => {
    expect(Object.entries(dataAttributes({ region: 'us-east-1', setup: 'mi.s3' }))).toEqual([
      ['data-region', 'us-east-1'],
      ['data-setup', 'mi.s3'],
    ]);
    expect(dataAttributes({})).toEqual({});
  });
});
