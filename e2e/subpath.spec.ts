import { expect, test } from '@playwright/test';

// Runs against `npm run build:sub`: the site built with BASE_PATH=/rds-study/ and served under it.
test('the site works under a sub-path: pages, styles, figures, language switch, search', async ({ page, baseURL }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('rds-basics/');
  expect(new URL(page.url()).pathname).toBe('/rds-study/rds-basics/');
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position);
  expect(bg).toBe('sticky');

  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(3);
  for (const href of hrefs) expect(href).toMatch(/^\/rds-study\//);

  const images = await page.locator('img:visible').all();
  expect(images.length).toBeGreaterThan(0);
  for (const img of images) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  }

  await page.getByRole('navigation', { name: '페이지 목록' }).getByRole('link').first().click();
  await expect(page).toHaveURL(`${baseURL}`);

  await page.goto('rds-basics/#storage-autoscaling');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(`${baseURL}en/rds-basics/#storage-autoscaling`);

  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('replica');
  const first = page.getByRole('dialog').getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await expect(first).toBeVisible({ timeout: 30_000 });
  expect(await first.getAttribute('href')).toMatch(/^\/rds-study\/en\//);
  await first.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).pathname).toMatch(/^\/rds-study\/en\//);

  const missing = await page.goto('no-such-page/');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
  expect(failed.filter((f) => !f.includes('no-such-page'))).toEqual([]);
});
