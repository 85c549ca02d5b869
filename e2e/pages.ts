import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The pages of a build, as paths relative to the site's base: `''`, `en/`, `aurora/`, `en/aurora/`, `404.html`… */
export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (!['pagefind', '_astro', 'figures'].includes(name)) walk(p);
      } else if (name.endsWith('.html')) {
        out.push(relative(dir, p).split(sep).join('/').replace(/index\.html$/, ''));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** Note pages only (no 404s), per language. */
export function notePages(dir = 'dist'): { ko: string[]; en: string[] } {
  const pages = builtPages(dir).filter((p) => !p.includes('404'));
  return { ko: pages.filter((p) => !p.startsWith('en/')), en: pages.filter((p) => p.startsWith('en/')) };
}
