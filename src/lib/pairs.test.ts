import { describe, expect, it } from 'vitest';
import { compareOutlines, emptyPages, missingTranslations } from './pairs.ts';

const h = (depth: number, slug: string, text = slug) => ({ depth, slug, text });

describe('compareOutlines', () => {
  const ko = { file: 'content/ko/a.mdx', headings: [h(2, 'one', '하나'), h(3, 'two', '둘')] };

  it('accepts a pair with the same sections, levels and ids', () => {
    expect(compareOutlines(ko, { file: 'content/en/a.mdx', headings: [h(2, 'one', 'One'), h(3, 'two', 'Two')] })).toBeUndefined();
  });

  it('names both files and the section when an id differs', () => {
    const msg = compareOutlines(ko, { file: 'content/en/a.mdx', headings: [h(2, 'one'), h(3, 'second')] });
    expect(msg).toContain('content/ko/a.mdx');
    expect(msg).toContain('content/en/a.mdx');
    expect(msg).toContain('#second');
  });

  it('fails when a level differs', () => {
    expect(compareOutlines(ko, { file: 'content/en/a.mdx', headings: [h(2, 'one'), h(2, 'two')] })).toMatch(/h3 #two.*h2 #two/);
  });

  it('fails when one side has an extra section', () => {
    const msg = compareOutlines(ko, { file: 'content/en/a.mdx', headings: [h(2, 'one'), h(3, 'two'), h(2, 'three')] });
    expect(msg).toMatch(/content\/en\/a\.mdx has a section the other language lacks.*#three/);
  });
});

describe('missingTranslations', () => {
  it('names the file that has no counterpart and the file to create', () => {
    const problems = missingTranslations(
      [
        { locale: 'ko', slug: 'a', file: 'content/ko/a.mdx' },
        { locale: 'en', slug: 'a', file: 'content/en/a.mdx' },
        { locale: 'ko', slug: 'b', file: 'content/ko/b.mdx' },
      ],
      ['ko', 'en'],
    );
    expect(problems).toEqual(['content/ko/b.mdx has no en counterpart: create content/en/b.mdx']);
  });
});

describe('emptyPages', () => {
  it('names each page without a body, however it is empty', () => {
    expect(
      emptyPages([
        { file: 'content/ko/a.mdx', body: '' },
        { file: 'content/en/a.mdx', body: '\n\n  \n' },
        { file: 'content/ko/b.mdx', body: '{/* to do */}\n' },
        { file: 'content/en/b.mdx', body: undefined },
        { file: 'content/ko/c.mdx', body: '\nSome text.\n' },
      ]),
    ).toEqual([
      'content/ko/a.mdx has no body: write the page under its front matter',
      'content/en/a.mdx has no body: write the page under its front matter',
      'content/ko/b.mdx has no body: write the page under its front matter',
      'content/en/b.mdx has no body: write the page under its front matter',
    ]);
  });
});
