import { expect, test, type Page } from '@playwright/test';

async function openSearch(page: Page, name: RegExp) {
  await page.getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // The box is labelled by the dialog's title, not only by its title attribute (the placeholder text).
  const box = dialog.getByRole('textbox', { name: /^(사이트 검색|Search the site)$/ });
  await expect(box).toBeFocused();
  return { dialog, box };
}

/** Result links (pages and their sections) after a query. */
async function search(page: Page, query: string) {
  const dialog = page.getByRole('dialog');
  const box = dialog.getByRole('textbox');
  await box.fill(query);
  const links = dialog.locator('.pagefind-ui__result a[href]');
  await expect(links.first(), `results for "${query}"`).toBeVisible({ timeout: 10_000 });
  return links;
}

test('Korean search finds Korean pages only, with links to the matching section', async ({ page }) => {
  await page.goto('');
  await openSearch(page, /^검색/);
  const links = await search(page, '복제본');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).not.toMatch(/\/en\//);
  expect(hrefs.some((h) => /#[a-z0-9-]+$/.test(h))).toBe(true);
});

test('English search finds English pages only', async ({ page }) => {
  await page.goto('en/');
  await openSearch(page, /^Search/);
  const links = await search(page, 'replica');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/\/en\//);
});

for (const query of ['복제본을', '트랜잭션이', '스냅샷은']) {
  test(`a Korean query carrying a particle still matches: ${query}`, async ({ page }) => {
    await page.goto('');
    await openSearch(page, /^검색/);
    const links = await search(page, query);
    expect(await links.count()).toBeGreaterThan(0);
    const noun = query.slice(0, -1);
    const marks = await page.getByRole('dialog').locator('mark').allTextContents();
    // The noun is found where it carries another particle (or none), not only as typed.
    expect(marks.some((m) => m.startsWith(noun) && m !== query), marks.join(', ')).toBe(true);
  });
}

for (const [query, korean] of [['Read Replica', '읽기 전용 복제본'], ['Multi-AZ', '다중 AZ']] as const) {
  test(`an English term on the Korean site finds the Korean sections: ${query}`, async ({ page }) => {
    await page.goto('');
    await openSearch(page, /^검색/);
    const links = await search(page, query);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href).not.toMatch(/\/en\//);
    const text = await page.getByRole('dialog').locator('.pagefind-ui__results').innerText();
    expect(text.replace(/\s+/g, ' ')).toContain(korean.split(' ')[0]);
  });
}

test('search opens with / and with Ctrl+K, closes with Escape and returns focus', async ({ page }) => {
  await page.goto('rds-basics/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: /English/ }).focus();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: /English/ })).toBeFocused();
});

test('a result opens the page at the matching section', async ({ page }) => {
  await page.goto('en/');
  await openSearch(page, /^Search/);
  await search(page, 'autoscaling');
  const section = page.getByRole('dialog').locator('.pagefind-ui__result-nested a[href*="#"]').first();
  const href = (await section.getAttribute('href'))!;
  await section.click();
  const id = href.split('#')[1]!;
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});
