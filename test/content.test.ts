import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Checks on the notes themselves: nothing of the 2024 note is lost, every figure is redrawn, facts are current. */
const ROOT = join(import.meta.dirname, '..');
const CONTENT = join(ROOT, 'content');
const SEED = join(ROOT, '..', 'shared', 'seed');
const read = (path: string) => readFileSync(join(CONTENT, path), 'utf8');
const slugs = readdirSync(join(CONTENT, 'ko')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));

interface Section {
  id: string;
  depth: number;
  body: string;
}

/** A page's sections: each `##`/`###` heading with everything up to the next heading at its level or above. */
function sections(text: string): Section[] {
  const lines = text.split('\n');
  const heads = lines.flatMap((line, i) => {
    const m = /^(#{2,3}) .*\{\/\*\s*#([a-z0-9-]+)\s*\*\/\}\s*$/.exec(line);
    return m ? [{ i, depth: m[1]!.length, id: m[2]! }] : [];
  });
  return heads.map((h, k) => {
    const end = heads.slice(k + 1).find((n) => n.depth <= h.depth)?.i ?? lines.length;
    return { id: h.id, depth: h.depth, body: lines.slice(h.i, end).join('\n') };
  });
}

function section(locale: string, target: string): Section | undefined {
  const [slug, id] = target.split('#');
  const file = `${locale}/${slug}.mdx`;
  if (!existsSync(join(CONTENT, file))) return undefined;
  return sections(read(file)).find((s) => s.id === id);
}

describe('the note map', () => {
  const headings = readFileSync(join(CONTENT, 'note-map', 'note-headings.txt'), 'utf8').trim().split('\n');
  const map: Record<string, string> = Object.assign(
    {},
    ...readdirSync(join(CONTENT, 'note-map'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(CONTENT, 'note-map', f), 'utf8')) as Record<string, string>),
  );

  // The 2024 note is not part of the repository: it lives in ../shared/seed next to it (CI has it there).
  it('lists every heading of the original note', (ctx) => {
    if (!existsSync(SEED)) {
      const why = `skipped: the original note is not at ${SEED} (../shared/seed next to the repository)`;
      console.warn(`the note map against the original note: ${why}`);
      ctx.skip(why);
    }
    const seed = readdirSync(SEED).map((f) => readFileSync(join(SEED, f), 'utf8')).join('\n');
    const fromSeed = [...seed.matchAll(/^#{1,3} (.+)$/gm)].map((m) => m[1]!.trim());
    expect(headings).toEqual(fromSeed);
  });

  it.each(headings)('"%s" has a home in both languages', (heading) => {
    const target = map[heading];
    expect(target, `no entry in content/note-map/*.json for "${heading}"`).toBeDefined();
    for (const locale of ['ko', 'en']) {
      expect(section(locale, target!), `content/${locale}/${target!.replace('#', '.mdx has no section #')}`).toBeDefined();
    }
  });

  it('maps nothing that is not a heading of the note', () => {
    expect(Object.keys(map).filter((k) => !headings.includes(k))).toEqual([]);
  });
});

describe('figures of the note', () => {
  const figures = JSON.parse(read('figures.json')) as { figure: string; noteImage: string; page: string }[];
  const components = /<(Quorum|Failover|Clone|Restore|StorageAutoscaling|Caching|SessionStore|Leaderboard|Endpoints|GlobalDatabase)\b/;

  it('lists all 18 images the note references', () => {
    expect(figures).toHaveLength(18);
    expect(new Set(figures.map((f) => f.noteImage)).size).toBe(18);
  });

  it.each(figures)('$figure is redrawn in $page, in both languages', ({ page }) => {
    for (const locale of ['ko', 'en']) {
      const s = section(locale, page);
      expect(s, `content/${locale}/${page} does not exist`).toBeDefined();
      expect(/```mermaid/.test(s!.body) || components.test(s!.body), `content/${locale}/${page} has no figure`).toBe(true);
    }
  });
});

describe('every page', () => {
  const generated = ['index', 'glossary', 'sources', 'changes-since-2024'];
  it.each(slugs.filter((s) => !generated.includes(s)))('%s ends with a key-numbers box built from the fact registry, in both languages', (slug) => {
    for (const locale of ['ko', 'en']) {
      const text = read(`${locale}/${slug}.mdx`);
      expect(text, `content/${locale}/${slug}.mdx`).toMatch(/<KeyNumbers facts="[a-z0-9. -]+" \/>\s*$/);
    }
  });
});

describe('facts as of today', () => {
  // Statements of the 2024 note that are no longer true. They may appear only inside a "changed since 2024"
  // callout, which says what changed and cites the source.
  const stale: [string, RegExp][] = [
    ['Global Database: up to 5 secondary Regions', /(최대\s*5개의?\s*보조|up to (?:5|five) secondary)/i],
    ['Aurora storage up to 128 TB as the current limit', /(10\s*GB에서\s*128\s*TB|10 ?GB to 128 ?TB|128 ?TB까지 자동)/i],
    ['MySQL only 5 read replicas', /(MySQL(에서는|은)?\s*5개만|MySQL (?:allows )?only (?:5|five))/i],
    ['storage autoscaling "or" rule', /(5분 이상 지속되거나|lasts? (?:for )?5 minutes or)/i],
    ['ElastiCache IAM only for Redis', /(Redis에서만 IAM|IAM (?:authentication )?only (?:for|with) Redis)/i],
  ];
  const changedCallouts = (text: string) =>
    [...text.matchAll(/<Callout type="changed"[^>]*?\/>|<Callout type="changed"[^>]*[^/]>[\s\S]*?<\/Callout>/g)].map((m) => m[0]);

  for (const slug of slugs) {
    for (const locale of ['ko', 'en']) {
      it(`content/${locale}/${slug}.mdx teaches no outdated figure outside a "changed" callout`, () => {
        let text = read(`${locale}/${slug}.mdx`);
        for (const callout of changedCallouts(text)) text = text.replace(callout, '');
        const found = stale.filter(([, re]) => re.test(text)).map(([what]) => what);
        expect(found).toEqual([]);
      });
    }
  }

  it('a "changed since 2024" callout is built from registry facts (which carry the source)', () => {
    for (const slug of slugs) {
      for (const locale of ['ko', 'en']) {
        for (const callout of changedCallouts(read(`${locale}/${slug}.mdx`))) {
          expect(callout.split('\n')[0], `content/${locale}/${slug}.mdx`).toMatch(/fact="[a-z0-9. -]+"/);
        }
      }
    }
  });
});
