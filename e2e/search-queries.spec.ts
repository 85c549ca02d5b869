import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';

interface Query {
  q: string;
  expect: string[];
}
const queries = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as Record<'ko' | 'en', Query[]>;

/** `slug#id` of a result link (`index` for the home page), whatever the base path and language prefix. */
function anchorOf(href: string): string {
  const url = new URL(href, 'http://localhost/');
  const slug = url.pathname.replace(/^\/(rds-study\/)?(en\/)?/, '').replace(/\/$/, '') || 'index';
  return `${slug}#${url.hash.slice(1)}`;
}

/** Types a query into the search box and returns the first three result links' sections. */
async function top3(box: Locator, list: Locator, query: string): Promise<string[]> {
  await box.fill(query);
  // Polled often: the results of one query arrive in tens of milliseconds, and there are many queries.
  // The first query also loads Pagefind and the index: allow for a busy machine.
  await expect.poll(() => list.getAttribute('data-query'), { timeout: 30_000, intervals: [25] }).toBe(query);
  const hrefs = await list.getByRole('link').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map(anchorOf);
}

const SITES = [
  { locale: 'ko', path: '', opener: /^검색/, list: '검색 결과' },
  { locale: 'en', path: 'en/', opener: /^Search/, list: 'Search results' },
] as const;

for (const site of SITES) {
  test(`${site.locale}: learners' queries find the teaching section in the top 3 (at least 95 %)`, async ({ page }) => {
    const set = queries[site.locale];
    test.setTimeout(60_000 + set.length * 4_000);
    await page.goto(site.path);
    await page.getByRole('button', { name: site.opener }).click();
    const dialog = page.getByRole('dialog');
    const box = dialog.getByRole('searchbox');
    const list = dialog.getByRole('list', { name: site.list });
    const misses: string[] = [];
    for (const { q, expect: wanted } of set) {
      const got = await top3(box, list, q);
      if (!wanted.some((w) => got.includes(w))) misses.push(`  "${q}" → ${got.join(', ') || '(nothing)'}; wanted ${wanted.join(' or ')}`);
    }
    const found = set.length - misses.length;
    console.log(`search ${site.locale}: ${found}/${set.length} (${((100 * found) / set.length).toFixed(1)} %) with the teaching section in the top 3`);
    if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
    expect(found / set.length, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
}
