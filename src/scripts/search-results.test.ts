import { describe, expect, it } from 'vitest';
import { exactFirst, find } from './search-results.ts';
import { Lexicon } from '../lib/search-terms.ts';

const result = (url: string, meta: Record<string, string>) => ({ url, excerpt: '', meta });

describe('exactFirst', () => {
  const intro = result('/en/backups/', { intro: 'Backups, restore, Backtrack and cloning', page: 'Backups' });
  const entry = result('/en/glossary/#term-backtrack', { entry: 'Backtrack', page: 'Glossary' });
  const other = result('/en/aurora/#overview', { title: 'Overview', heading: 'overview', terms: 'aurora' });
  const section = result('/en/backups/#backtrack', { title: 'Backtrack: rewinding in place', heading: 'backtrackrewindinginplace backtrack', terms: '' });

  it('puts a section whose title has the query word (punctuation aside) before the rest, keeping their order', () => {
    expect(exactFirst([intro, entry, other, section], 'backtrack').map((r) => r.url)).toEqual([
      '/en/backups/#backtrack',
      '/en/backups/',
      '/en/glossary/#term-backtrack',
      '/en/aurora/#overview',
    ]);
  });

  it('counts taught terms, and keeps Pagefind order when no section matches exactly', () => {
    expect(exactFirst([section, other], 'aurora').map((r) => r.url)).toEqual(['/en/aurora/#overview', '/en/backups/#backtrack']);
    expect(exactFirst([intro, entry], 'backtrack').map((r) => r.url)).toEqual(['/en/backups/', '/en/glossary/#term-backtrack']);
  });
});

describe('find', () => {
  /** A stand-in for Pagefind: a record matches when it has every word of the query. */
  const records = [
    { id: 'a', words: ['aurora', 'failover'], score: 3 },
    { id: 'b', words: ['aurora', 'storage'], score: 2 },
    { id: 'c', words: ['failover'], score: 5 },
  ];
  const pagefind = {
    search: async (q: string) => ({
      results: records
        .filter((r) => q.split(' ').every((w) => r.words.includes(w)))
        .map((r) => ({ id: r.id, score: r.score, data: async () => ({ url: r.id, excerpt: '', meta: {} }) })),
    }),
  };

  it('searches the whole query first', async () => {
    expect((await find(pagefind, 'aurora failover')).map((r) => r.id)).toEqual(['a']);
  });

  it('drops words that match nothing when the whole query finds nothing', async () => {
    expect((await find(pagefind, 'aurora failover takes')).map((r) => r.id)).toEqual(['a']);
  });

  it('ranks by how many words a record matches when no smaller query finds all', async () => {
    const ids = (await find(pagefind, 'storage failover', new Lexicon(['storage', 'failover']))).map((r) => r.id);
    expect(ids).toEqual(['c', 'a', 'b']);
  });
});
