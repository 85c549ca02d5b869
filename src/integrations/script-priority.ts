import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../lib/site-check.ts';

/** An external module script as Astro writes it for a page's bundled `<script>`. */
const MODULE_SCRIPT = /<script type="module"(?![^>]*\bfetchpriority=)([^>]*\ssrc=)/g;

/**
 * The page's own scripts (menu, theme, search button, a diagram's loader) are modules: the browser runs
 * them only once the HTML is parsed, so the first paint never waits for them; yet it fetches them at
 * high priority, next to what the paint does need. Marked low, they are fetched after it. A script
 * that already names a priority keeps it.
 */
export function lowPriorityScripts(html: string): { html: string; count: number } {
  let count = 0;
  const out = html.replace(MODULE_SCRIPT, (_match, rest: string) => {
    count++;
    return `<script type="module" fetchpriority="low"${rest}`;
  });
  return { html: out, count };
}

/** After a build: every page's module scripts are fetched at low priority (see `lowPriorityScripts`). */
export function scriptPriority(): AstroIntegration {
  return {
    name: 'script-priority',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = htmlFiles(out).map((file) => join(out, file));
        let scripts = 0;
        for (const file of files) {
          const { html, count } = lowPriorityScripts(readFileSync(file, 'utf8'));
          if (count > 0) writeFileSync(file, html);
          scripts += count;
        }
        if (scripts === 0) throw new Error(`script-priority: found no module script in the ${files.length} pages of ${out}`);
        logger.info(`${scripts} module scripts in ${files.length} pages fetched at low priority`);
      },
    },
  };
}
