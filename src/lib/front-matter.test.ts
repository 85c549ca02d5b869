import { describe, expect, it } from 'vitest';
import { frontMatterProblems } from './front-matter.ts';

const page = (fields: string) => `---\n${fields}\n---\n\nBody.\n`;
const good = 'title: Aurora\ndescription: How Aurora stores six copies across three Availability Zones.\norder: 3';

describe('frontMatterProblems', () => {
  it('accepts a page that matches the schema', () => {
    expect(frontMatterProblems('content/en/aurora.mdx', page(good))).toEqual([]);
  });

  it('names the file and the line of a wrong field', () => {
    const problems = frontMatterProblems('content/en/aurora.mdx', page(good.replace('order: 3', 'order: first')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/en\/aurora\.mdx:4: order: .*number/);
  });

  it('names the line of an unknown field, and the opening line for a missing one', () => {
    expect(frontMatterProblems('a.mdx', page(`${good}\nslug: x`))).toEqual([
      'a.mdx:5: unknown field "slug" (fields: title, description, order, sidebarLabel)',
    ]);
    expect(frontMatterProblems('a.mdx', page(good.replace(/^title: .*\n/, '')))[0]).toMatch(/^a\.mdx:1: title is missing: /);
  });

  it('names the line of broken YAML', () => {
    expect(frontMatterProblems('a.mdx', page(`${good}\ntitle: [unclosed`))[0]).toMatch(/^a\.mdx:\d+: front matter is not valid YAML/);
  });
});
