import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import { cardHtml, OG_HEIGHT, OG_WIDTH, ogPath } from '../lib/og-card.ts';

const attr = (html: string, pattern: RegExp) => {
  const value = pattern.exec(html)?.[1];
  return value?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
};

/** After a build: photographs a link-preview card for every note page, in its language. No outside service. */
export function ogImages(): AstroIntegration {
  return {
    name: 'og-images',
    hooks: {
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
        const { chromium } = await import('playwright');
        const browser = await chromium.launch(chromiumLaunchOptions());
        const page = await browser.newPage({ viewport: { width: OG_WIDTH, height: OG_HEIGHT } });
        let count = 0;
        try {
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
            await page.setContent(cardHtml({ lang, site, title, topic }));
            const target = join(out, ogPath(lang, slug));
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, await page.screenshot({ type: 'png' }));
            count++;
          }
        } finally {
          await browser.close();
        }
        logger.info(`${count} preview images`);
      },
    },
  };
}
