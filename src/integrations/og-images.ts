import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import { cardHtml, OG_HEIGHT, OG_MAX_BYTES, OG_WIDTH, ogPath } from '../lib/og-card.ts';

const attr = (html: string, pattern: RegExp) => {
  const value = pattern.exec(html)?.[1];
  return value?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
};

/**
 * After a build: photographs a link-preview card for every note page, in its language. No outside service.
 * Each picture is kept in Astro's cache folder under a hash of its card, so a second build (the sub-path
 * build, or a rebuild where the page's title and description did not change) copies it instead of
 * starting a browser. A picture heavier than OG_MAX_BYTES fails the build.
 */
export function ogImages(): AstroIntegration {
  let cache = '';
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'og');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages: string[] = [];
        const walk = (d: string) => {
          for (const name of readdirSync(d)) {
            const p = join(d, name);
            if (statSync(p).isDirectory()) {
              if (!['pagefind', '_astro', 'figures', 'og'].includes(name)) walk(p);
            } else if (name === 'index.html') pages.push(p);
          }
        };
        walk(out);
        const cards: { file: string; target: string; html: string; cached: string }[] = [];
        for (const file of pages) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const rel = relative(out, dirname(file)).split(sep).join('/');
          const lang = rel === 'en' || rel.startsWith('en/') ? 'en' : 'ko';
          const slug = rel.replace(/^en\/?/, '') || 'index';
          const title = attr(html, /<h1[^>]*>([^<]+)<\/h1>/);
          const topic = attr(html, /<meta name="description" content="([^"]*)"/);
          const site = attr(html, /<a class="site-title"[^>]*>([^<]+)<\/a>/);
          if (!title || !topic || !site) throw new Error(`${file}: cannot read the title, description or site name for its preview image`);
          const card = cardHtml({ lang, site, title, topic });
          const key = createHash('sha256').update(`${OG_WIDTH}x${OG_HEIGHT}\n${card}`).digest('hex').slice(0, 16);
          cards.push({ file, target: join(out, ogPath(lang, slug)), html: card, cached: join(cache, `${key}.png`) });
        }
        const todo = cards.filter((c) => !existsSync(c.cached));
        if (todo.length) {
          mkdirSync(cache, { recursive: true });
          const { chromium } = await import('playwright');
          const browser = await chromium.launch(chromiumLaunchOptions());
          const page = await browser.newPage({ viewport: { width: OG_WIDTH, height: OG_HEIGHT } });
          try {
            for (const card of todo) {
              await page.setContent(card.html);
              const png = await page.screenshot({ type: 'png' });
              if (png.length > OG_MAX_BYTES) {
                throw new Error(`${card.file}: its preview image weighs ${png.length} bytes, over ${OG_MAX_BYTES}; shorten the card's text or simplify src/lib/og-card.ts`);
              }
              // Written under a temporary name first, so an interrupted build never leaves half a picture in the cache.
              writeFileSync(`${card.cached}.tmp`, png);
              renameSync(`${card.cached}.tmp`, card.cached);
            }
          } finally {
            await browser.close();
          }
        }
        for (const card of cards) {
          mkdirSync(dirname(card.target), { recursive: true });
          copyFileSync(card.cached, card.target);
        }
        logger.info(`${cards.length} preview images (${todo.length} drawn, ${cards.length - todo.length} from the cache)`);
      },
    },
  };
}
