import { expect, test, type Page } from '@playwright/test';

async function openSearch(page: Page, name: RegExp) {
  await page.getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // The box has a real label of its own, not only a placeholder.
  const box = dialog.getByRole('searchbox', { name: /^(검색어|Search terms)$/ });
  await expect(box).toBeFocused();
  return { dialog, box };
}

/** Result links after a query (each links to one section). */
async function search(page: Page, query: string, list: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill(query);
  const results = dialog.getByRole('list', { name: list });
  await expect(results).toHaveAttribute('data-query', query, { timeout: 30_000 });
  return results.getByRole('link');
}

test('Korean search lists Korean sections only, each with its title and page, and announces the count', async ({ page }) => {
  await page.goto('');
  const { dialog } = await openSearch(page, /^검색/);
  const links = await search(page, '복제본', '검색 결과');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    expect(href).not.toMatch(/\/en\//);
    expect(href).not.toMatch(/#(page-title|self-check)$/);
  }
  expect(hrefs.some((h) => /#[a-z0-9-]+$/.test(h))).toBe(true);
  // Each result names its section and its page.
  await expect(links.first()).toHaveAccessibleName(/.+ .+/);
  await expect(dialog.getByRole('status')).toHaveText(/^결과 \d+개$/);
});

test('English search finds English sections only; a query with no match says so', async ({ page }) => {
  await page.goto('en/');
  const { dialog } = await openSearch(page, /^Search/);
  const links = await search(page, 'replica', 'Search results');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/\/en\//);

  await search(page, 'zzqqxx', 'Search results');
  await expect(dialog.getByRole('status')).toHaveText(/No section matches “zzqqxx”/);
  await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link')).toHaveCount(0);
});

test('the section that teaches a term comes before the glossary entry and the self-check questions', async ({ page }) => {
  await page.goto('');
  await openSearch(page, /^검색/);
  const links = await search(page, '장애조치', '검색 결과');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const teaching = hrefs.findIndex((h) => /#(multi-az-failover|failover)$/.test(h));
  const glossary = hrefs.findIndex((h) => /glossary\//.test(h));
  expect(teaching).toBe(0);
  if (glossary !== -1) expect(glossary).toBeGreaterThan(teaching);
});

test('search opens with / and with Ctrl+K, closes with Escape and returns focus', async ({ page }) => {
  await page.goto('rds-basics/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: /English/ }).focus();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: /English/ })).toBeFocused();
});

test('on a phone the results fit the screen; arrow keys and Enter open the section', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('en/');
  await openSearch(page, /^Search/);
  const links = await search(page, 'autoscaling', 'Search results');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  const box = await page.getByRole('dialog').boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);

  const href = (await links.first().getAttribute('href'))!;
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('Enter');
  const id = href.split('#')[1]!;
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});
