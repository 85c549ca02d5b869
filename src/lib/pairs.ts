/** A heading as Astro collects it from a rendered page. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface PageFile {
  file: string;
  headings: PageHeading[];
}

/** Headings that the pair check compares: the `##` and `###` sections (the page's own outline). */
const outline = (headings: PageHeading[]) => headings.filter((h) => h.depth === 2 || h.depth === 3);

/**
 * A page and its translation must have the same sections, in the same order, at the same level and with
 * the same anchor ids. Returns a message naming both files and the first difference, or undefined.
 */
export function compareOutlines(a: PageFile, b: PageFile): string | undefined {
  const ha = outline(a.headings);
  const hb = outline(b.headings);
  const n = Math.max(ha.length, hb.length);
  for (let i = 0; i < n; i++) {
    const x = ha[i];
    const y = hb[i];
    if (!x || !y) {
      const [longer, extra] = x ? [a.file, x] : [b.file, y!];
      return `${longer} has a section the other language lacks: h${extra.depth} "${extra.text}" (#${extra.slug}); compare ${a.file} and ${b.file}`;
    }
    if (x.slug !== y.slug || x.depth !== y.depth) {
      return `section ${i + 1} differs: ${a.file} has h${x.depth} #${x.slug} ("${x.text}") but ${b.file} has h${y.depth} #${y.slug} ("${y.text}")`;
    }
  }
  return undefined;
}

export interface SluggedFile {
  locale: string;
  slug: string;
  file: string;
}

/** Every page must exist in every language. Returns one message per missing counterpart. */
export function missingTranslations(files: SluggedFile[], locales: readonly string[]): string[] {
  const bySlug = new Map<string, Map<string, string>>();
  for (const f of files) {
    if (!bySlug.has(f.slug)) bySlug.set(f.slug, new Map());
    bySlug.get(f.slug)!.set(f.locale, f.file);
  }
  const problems: string[] = [];
  for (const [slug, present] of bySlug) {
    for (const locale of locales) {
      if (!present.has(locale)) {
        const [, existing] = [...present.entries()][0]!;
        problems.push(`${existing} has no ${locale} counterpart: create content/${locale}/${slug}.mdx`);
      }
    }
  }
  return problems;
}

/**
 * A page must have a body: text under its front matter. MDX comments and blank lines do not count.
 * Returns one message per empty page, naming its file.
 */
export function emptyPages(files: readonly { file: string; body: string | undefined }[]): string[] {
  return files
    .filter((f) => (f.body ?? '').replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '').trim() === '')
    .map((f) => `${f.file} has no body: write the page under its front matter`);
}
