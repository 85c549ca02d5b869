import { expect, test } from '@playwright/test';

test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the theme follows the system until chosen, then the choice persists across pages', async ({ page }) => {
  await page.goto('');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const toggle = page.getByRole('button', { name: '다크 모드' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(darkBg);

  await page.getByRole('navigation', { name: '페이지 목록' }).getByRole('link').nth(1).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.goto('en/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('with a dark system theme and an unrecognised stored theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the page follows the system, and the toggle still works', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('theme', 'solarized');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('en/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test('the sidebar lists the pages in order and marks the current one', async ({ page }) => {
  await page.goto('rds-basics/');
  const nav = page.getByRole('navigation', { name: '페이지 목록' });
  const links = nav.getByRole('link');
  expect(await links.count()).toBeGreaterThan(1);
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(nav.locator('[aria-current="page"]')).toHaveAttribute('href', /\/rds-basics\/$/);
});

test('the table of contents links to every section, and previous/next walk the pages', async ({ page }) => {
  await page.goto('rds-basics/');
  const toc = page.getByRole('navigation', { name: '이 페이지의 내용' });
  const hrefs = await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const ids = await page.locator('main article h2[id], main article h3[id]').evaluateAll((els) =>
    els.filter((e) => e.id !== 'key-numbers').map((e) => `#${e.id}`),
  );
  expect(hrefs.slice(0, ids.length)).toEqual(ids);
  const pager = page.getByRole('navigation', { name: '이전 페이지와 다음 페이지' });
  const next = pager.getByRole('link', { name: /다음/ });
  const nextHref = await next.getAttribute('href');
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${nextHref}$`));
  await page.getByRole('navigation', { name: '이전 페이지와 다음 페이지' }).getByRole('link', { name: /이전/ }).click();
  await expect(page).toHaveURL(/\/rds-basics\/$/);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('rds-basics/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the mobile menu keeps focus inside while open and closes on Escape', async ({ page }) => {
    await page.goto('rds-basics/');
    const nav = page.getByRole('navigation', { name: '페이지 목록' });
    await expect(nav).toBeHidden();
    const open = page.getByRole('button', { name: '메뉴 열기' });
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await open.click();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    const menu = page.getByRole('dialog', { name: '페이지 목록' });
    await expect(menu).toBeVisible();
    // The dialog holds the navigation landmark; the <nav> keeps its own role.
    await expect(menu.getByRole('navigation', { name: '페이지 목록' })).toBeVisible();
    await expect(page.locator('nav[role]')).toHaveCount(0);
    await expect(menu.locator('[aria-current="page"]')).toBeFocused();
    const count = await menu.locator('a, button').count();
    for (let i = 0; i < count + 2; i++) {
      await page.keyboard.press('Tab');
      expect(await menu.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await menu.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(open).toBeFocused();
    await expect(open).toHaveAttribute('aria-expanded', 'false');
  });

  test('the page fits without sideways scrolling', async ({ page }) => {
    for (const path of ['', 'rds-basics/', 'en/rds-basics/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page is readable and navigable', async ({ page }) => {
  await page.goto('rds-basics/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '페이지 목록' })).toBeVisible();
  await expect(page.getByRole('button', { name: '메뉴 열기' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Read this page in English' })).toBeVisible();
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByRole('navigation', { name: '페이지 목록' }).getByRole('link').first()).toBeVisible();
  });
});

test('no request leaves the site origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  for (const path of ['', 'rds-basics/', 'en/rds-basics/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('Aurora');
  await expect(page.getByRole('dialog').getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible({ timeout: 30_000 });
  expect(foreign).toEqual([]);
});

test('unknown addresses get the 404 page of their language', async ({ page }) => {
  const ko = await page.goto('no-such-page/');
  expect(ko?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByRole('link', { name: '첫 페이지로' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  const en = await page.goto('en/no-such-page/');
  expect(en?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
