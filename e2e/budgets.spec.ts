import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { notePages } from './pages.ts';
import { recordTransfers, sum } from './weight.ts';

// Size budgets, held as sizes (bytes), never as timings. `npm run bench` prints the figures.
const KB = 1024;
const PAGE_JS = 10 * KB; // a page without diagrams, before the reader interacts
const PAGE_TOTAL = 20 * KB; // HTML, CSS and JavaScript; figures are budgeted one by one below
const FIGURE = 24 * KB; // one mermaid figure, which carries the subset of the font its labels use
// Reference pages grow with their data: the practice page carries every question (81 today) so that it
// works without JavaScript; the glossary every term; the sources page every fact of the registry.
const REFERENCE_TOTAL = { practice: 48 * KB, glossary: 36 * KB, sources: 36 * KB } as Record<string, number>;
const ISLAND_JS = 30 * KB; // what one diagram adds when it hydrates

const { ko, en } = notePages();
const withDiagrams = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8').includes('<diagram-island');

for (const path of [...ko, ...en].filter((p) => !withDiagrams(p))) {
  const limit = REFERENCE_TOTAL[path.replace(/^en\//, '').replace(/\/$/, '')] ?? PAGE_TOTAL;
  test(`/${path}: a page without diagrams stays within ${limit / KB} KB besides its figures, ${PAGE_JS / KB} KB of it JavaScript`, async ({ page }) => {
    const transfers = recordTransfers(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const list = transfers.map((t) => `${t.url} ${t.type} ${t.gzip}`).join('\n');
    expect(sum(transfers, 'script'), list).toBeLessThanOrEqual(PAGE_JS);
    const figures = transfers.filter((t) => t.type === 'image' && t.url.includes('/figures/'));
    for (const figure of figures) expect(figure.gzip, figure.url).toBeLessThanOrEqual(FIGURE);
    expect(sum(transfers) - sum(figures), list).toBeLessThanOrEqual(limit);
  });
}

for (const path of [...ko, ...en].filter(withDiagrams)) {
  test(`/${path}: diagram code loads only when seen, and each island stays within ${ISLAND_JS / KB} KB`, async ({ page }) => {
    const count = readFileSync(join('dist', path, 'index.html'), 'utf8').split('<diagram-island').length - 1;
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      // Each island alone (the others taken out of the page), so its cost includes everything it needs.
      const transfers = recordTransfers(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      const before = sum(transfers, 'script');
      expect(before, 'JavaScript before any diagram is seen').toBeLessThanOrEqual(PAGE_JS);
      await expect(page.locator('diagram-island')).toHaveCount(count);
      await expect(page.locator('diagram-island[data-island="mounted"]')).toHaveCount(0);
      const name = await page.locator('diagram-island').nth(i).getAttribute('data-diagram');
      await page.evaluate((keep) => {
        document.querySelectorAll('diagram-island').forEach((el, k) => k !== keep && el.remove());
      }, i);
      const island = page.locator('diagram-island');
      await island.scrollIntoViewIfNeeded();
      await expect(island).toHaveAttribute('data-island', 'mounted');
      await page.waitForLoadState('networkidle');
      expect(sum(transfers, 'script') - before, `island ${name} on /${path}`).toBeLessThanOrEqual(ISLAND_JS);
      page.removeAllListeners('response');
    }
  });
}

test('no mermaid runtime is shipped to readers', () => {
  const scripts = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
  for (const file of scripts) {
    expect(readFileSync(join('dist/_astro', file), 'utf8'), file).not.toMatch(/mermaidAPI|securityLevel|flowchart-v2/);
  }
});
