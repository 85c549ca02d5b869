import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { notePages } from './pages.ts';

test.describe('shareable section links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('every section heading has a visible link that copies its address', async ({ page, baseURL }) => {
    await page.goto('aurora/');
    const headings = page.locator('main article h2[id], main article h3[id]');
    const count = await headings.count();
    expect(count).toBeGreaterThan(3);
    const links = page.getByRole('link', { name: /절의 링크$/ });
    await expect(links).toHaveCount(count);
    const link = page.getByRole('link', { name: '"리더 엔드포인트" 절의 링크' });
    await expect(link).toBeVisible();
    await link.click();
    // The confirmation shows for 2.5 s: check it first, then the address and the clipboard.
    await expect(page.getByRole('status').filter({ hasText: '링크를 복사했습니다' })).toBeAttached();
    await expect(link).toHaveAttribute('data-copied', '링크를 복사했습니다');
    await expect(page).toHaveURL(/#reader-endpoint$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}aurora/#reader-endpoint`);
  });

  test('a shared section link stays on its section after switching language', async ({ page }) => {
    await page.goto('en/backups-restore-cloning/#backtrack');
    await expect(page.locator('#backtrack')).toBeInViewport();
    await page.getByRole('link', { name: '이 페이지를 한국어 버전으로 읽기' }).click();
    await expect(page).toHaveURL(/\/backups-restore-cloning\/#backtrack$/);
    await expect(page.locator('#backtrack')).toBeInViewport();
  });
});

test.describe('link previews', () => {
  // Messengers read a shared link's HTML without running its scripts: so is it read here, as served.
  const { ko, en } = notePages();
  const text = (html: string, pattern: RegExp): string | undefined =>
    pattern.exec(html)?.[1]?.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();
  for (const path of [...ko, ...en]) {
    test(`/${path} has Open Graph and Twitter card metadata with its own preview image`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      const meta = (attr: string, name: string) => text(html, new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`));
      const title = text(html, /<title>([^<]*)<\/title>/)!;
      const h1 = text(html, /<h1[^>]*>([\s\S]*?)<\/h1>/)!;
      expect(h1).toMatch(/\S/);
      expect(meta('property', 'og:title')).toBe(title);
      expect(title).toContain(h1);
      expect(meta('property', 'og:description')).toBe(meta('name', 'description'));
      expect(meta('name', 'twitter:card')).toBe('summary_large_image');
      const image = meta('property', 'og:image')!;
      expect(meta('name', 'twitter:image')).toBe(image);
      const lang = path.startsWith('en/') ? 'en' : 'ko';
      const slug = path.replace(/^en\//, '').replace(/\/$/, '') || 'index';
      expect(new URL(image).pathname).toBe(`/og/${lang}/${slug}.png`);
      const png = await request.get(`og/${lang}/${slug}.png`);
      expect(png.status()).toBe(200);
      const body = await png.body();
      expect(body.subarray(1, 4).toString()).toBe('PNG');
      expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
      expect([meta('property', 'og:image:width'), meta('property', 'og:image:height')]).toEqual(['1200', '630']);
      expect(meta('property', 'og:image:alt')).toContain(h1);
      // Messengers fetch the picture for every shared link: each stays within 100 KB.
      expect(body.length, `og/${lang}/${slug}.png`).toBeLessThanOrEqual(100 * 1024);
    });
  }

  test('preview images differ per page and per language', () => {
    const a = readFileSync(join('dist', 'og/ko/aurora.png'));
    const b = readFileSync(join('dist', 'og/en/aurora.png'));
    const c = readFileSync(join('dist', 'og/ko/elasticache.png'));
    expect(a.equals(b)).toBe(false);
    expect(a.equals(c)).toBe(false);
  });
});

test.describe('print', () => {
  test('prints the note without chrome, with figures as pictures and link addresses shown', async ({ page }) => {
    await page.goto('aurora/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const name of ['페이지 목록', '이 페이지의 내용', '이전 페이지와 다음 페이지']) {
      await expect(page.getByRole('navigation', { name })).toBeHidden();
    }
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.heading-link').first()).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The quorum diagram prints as its static picture, without its controls.
    const figure = page.locator('#quorum-diagram');
    await expect(figure.locator('svg').first()).toBeVisible();
    await expect(figure.getByRole('button').first()).toBeHidden();
    // Mermaid figures print in their light version, whatever the screen theme.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    const mermaid = page.locator('figure.static-figure').first();
    await expect(mermaid.locator('img.figure-light')).toBeVisible();
    await expect(mermaid.locator('img.figure-dark')).toBeHidden();
    const after = await page.locator('.prose a[href^="/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^"\s*<.*\/.*>"$|attr/);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
