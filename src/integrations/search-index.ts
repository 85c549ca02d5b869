import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parseGlossary } from '../lib/glossary-schema.ts';
import { recordHtml, recordsOf, type SearchRecord } from '../lib/search-sections.ts';
import { lexicon } from '../lib/search-variants.ts';
import { facts, getFact } from '../lib/facts.ts';

/** Pages as written to the output: `index.html` files outside Pagefind's, Astro's and the 404 folders. */
function builtPages(site: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!['pagefind', '_astro', 'figures', 'og', '404'].includes(name)) walk(path);
      } else if (name === 'index.html') out.push(path);
    }
  };
  walk(site);
  return out.sort();
}

/**
 * Index size: Pagefind splits its word index into chunks of about this many word locations; a search
 * fetches the chunk of each word it looks up. Pagefind's default (20 000) made one Korean chunk about
 * 45 KB gzip; smaller chunks keep the first search light on a phone.
 */
const INDEX_CHUNK_SIZE = '6000';

/**
 * After a build: indexes every section of every page as its own Pagefind record (see
 * `src/lib/search-sections.ts`; the facts a section shows come from the registry), one index per
 * language, and writes the keys the search box joins and splits queries by (`pagefind/keys.<lang>.json`).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
        const site = fileURLToPath(dir);
        const glossaryFile = fileURLToPath(new URL('../../content/glossary.json', import.meta.url));
        const glossary = parseGlossary(JSON.parse(readFileSync(glossaryFile, 'utf8')), 'content/glossary.json');
        const records: SearchRecord[] = [];
        for (const file of builtPages(site)) {
          const rel = relative(site, file).split(sep).join('/');
          const url = `/${rel.replace(/index\.html$/, '')}`;
          records.push(...recordsOf(readFileSync(file, 'utf8'), url));
        }
        if (records.length === 0) throw new Error(`search-index: found no pages with data-pagefind-body in ${site}`);

        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        for (const record of records) {
          const factOf = (id: string) => getFact(id, record.url);
          const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record, glossary, factOf) });
          if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
        }
        const out = join(site, 'pagefind');
        const written = await index.writeFiles({ outputPath: out });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();

        for (const locale of ['ko', 'en'] as const) {
          // Page titles (the intro records) and section headings.
          const headings = records.filter((r) => r.locale === locale && (r.kind === 'section' || r.kind === 'intro')).map((r) => r.title);
          writeFileSync(join(out, `keys.${locale}.json`), JSON.stringify(lexicon(glossary, headings, locale, facts())));
        }
        logger.info(`indexed ${records.length} sections of ${new Set(records.map((r) => r.url.split('#')[0])).size} pages`);
      },
    },
  };
}
