import { describe, expect, it } from 'vitest';
import en from './en.json';
import ko from './ko.json';
import { uiSchema, useTranslations } from './index.ts';

describe('UI strings', () => {
  it('English has exactly the Korean keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    expect(uiSchema.safeParse(en).success).toBe(true);
  });
  it('the schema rejects a missing or an unknown key', () => {
    const { ['search.open']: _gone, ...missing } = ko;
    expect(uiSchema.safeParse(missing).success).toBe(false);
    expect(uiSchema.safeParse({ ...ko, 'search.opne': 'x' }).success).toBe(false);
  });
  it('translates per language', () => {
    expect(useTranslations('ko')('search.open')).toBe('검색');
    expect(useTranslations('en')('search.open')).toBe('Search');
  });
});
