import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factAreas, facts, PLACEHOLDER } from '../src/lib/facts.ts';

/**
 * One number, one place: every fact in content/facts is shown somewhere (a page, a key-number box, a
 * callout, a question, the glossary, a diagram), and both generated pages cover every area.
 */
const root = join(import.meta.dirname, '..');
function files(dir: string, keep: (f: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'facts' && dir.endsWith('content') ? [] : files(path, keep);
    return keep(path) ? [path] : [];
  });
}
const users = [
  ...files(join(root, 'content'), (f) => /\.(mdx|json)$/.test(f)),
  ...files(join(root, 'src'), (f) => /\.(ts|astro)$/.test(f) && !/\.test\.ts$/.test(f)),
].filter((f) => !/content\/(en|ko)\/(sources|changes-since-2024)\.mdx$/.test(f));
const corpus = users.map((f) => readFileSync(f, 'utf8')).join('\n');
const mentioned = (id: string, text: string) => new RegExp(`(^|[^a-z0-9.-])${id.replace(/[.]/g, '\\.')}($|[^a-z0-9-]|\\.(?![a-z0-9]))`).test(text);

describe('the fact registry is used', () => {
  it('every fact is shown by a page, question, glossary entry or diagram', () => {
    const direct = new Set(facts().filter((f) => mentioned(f.id, corpus)).map((f) => f.id));
    // A fact a used fact's statement mentions with {fact:id} is shown wherever that statement is.
    for (const f of facts().filter((x) => direct.has(x.id))) {
      for (const text of [f.statement.ko, f.statement.en]) for (const m of text.matchAll(PLACEHOLDER)) if (m[2]) direct.add(m[2]);
    }
    const unused = facts().filter((f) => !direct.has(f.id)).map((f) => f.id);
    expect(unused, `facts nothing uses (use them or remove them): ${unused.join(', ')}`).toEqual([]);
  });

  it.each(['ko', 'en'])('the %s Sources page lists every area and What changed lists every area with a change', (locale) => {
    const sources = readFileSync(join(root, 'content', locale, 'sources.mdx'), 'utf8');
    const changes = readFileSync(join(root, 'content', locale, 'changes-since-2024.mdx'), 'utf8');
    for (const a of factAreas()) {
      expect(sources, `${relative(root, join('content', locale, 'sources.mdx'))} lacks <FactList area="${a.area}" kind="sources" />`).toContain(`<FactList area="${a.area}" kind="sources" />`);
      if (a.facts.some((f) => f.was || f.status === 'ending')) {
        expect(changes, `changes-since-2024.mdx lacks <FactList area="${a.area}" kind="changes" />`).toContain(`<FactList area="${a.area}" kind="changes" />`);
      }
    }
  });
});
