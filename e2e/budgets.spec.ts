import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { notePages } from './pages.ts';
import { recordTransfers, sum } from './weight.ts';

// Size budgets, held as sizes (bytes), never as timings. `npm run bench` prints the figures.
const KB = 1024;
const PAGE_JS = 10 * KB; // a page without diagrams, before the reader interacts
const PAGE_TOTAL = 26 * KB;
const ISLAND_JS = 30 * KB; // what one diagram adds when it hydrates

const { ko, en } = notePages();
const withDiagrams = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8').includes('<diagram-island');

for (const path of [...ko, ...en].filter((p) => !withDiagrams(p))) {
  test(`/${path}: a page without diagrams stays within ${PAGE_TOTAL / KB} KB, ${PAGE_JS / KB} KB of it JavaScript`, async ({ page }) => {
    const transfers = recordTransfers(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(sum(transfers, 'script'), transfers.map((t) => `${t.url} ${t.gzip}`).join('\n')).toBeLessThanOrEqual(PAGE_JS);
    expect(sum(transfers)).toBeLessThanOrEqual(PAGE_TOTAL);
  });
}

for (const path of [...ko, ...en].filter(withDiagrams)) {
  test(`/${path}: diagram code loads only when seen, and each island stays within ${ISLAND_JS / KB} KB`, async ({ page }) => {
    const transfers = recordTransfers(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const before = sum(transfers, 'script');
    const islands = page.locator('diagram-island');
    const count = await islands.count();
    expect(count).toBeGreaterThan(0);
    await expect(islands.first()).not.toHaveAttribute('data-island', 'mounted');
    for (let i = 0; i < count; i++) {
      const already = sum(transfers, 'script');
      await islands.nth(i).scrollIntoViewIfNeeded();
      await expect(islands.nth(i)).toHaveAttribute('data-island', 'mounted');
      await page.waitForLoadState('networkidle');
      expect(sum(transfers, 'script') - already, `island ${i + 1} on /${path}`).toBeLessThanOrEqual(ISLAND_JS);
    }
    expect(before).toBeLessThanOrEqual(PAGE_JS);
  });
}

test('no mermaid runtime is shipped to readers', () => {
  const scripts = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
  for (const file of scripts) {
    expect(readFileSync(join('dist/_astro', file), 'utf8'), file).not.toMatch(/mermaidAPI|securityLevel|flowchart-v2/);
  }
});
