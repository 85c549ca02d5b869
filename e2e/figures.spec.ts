import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// Every ```mermaid fence of a page becomes a built figure: two pre-rendered SVGs (light, dark) with the
// fence's caption and text alternative, and no mermaid code or runtime sent to the reader.
// A caption or alt text may hold `{fact:id}` placeholders, filled from the fact registry at build time.
const asText = (text: string) => new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{fact:[^}]+\}/g, '.+')}$`);

const slugs = readdirSync('content/ko').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));

for (const locale of ['ko', 'en'] as const) {
  for (const slug of slugs) {
    const path = `${locale === 'en' ? 'en/' : ''}${slug === 'index' ? '' : `${slug}/`}`;
    test(`${locale}/${slug}: every mermaid fence is built into a figure`, async ({ page }) => {
      const source = readFileSync(`content/${locale}/${slug}.mdx`, 'utf8');
      const fences = [...source.matchAll(/^```mermaid (.*)$/gm)].map((m) => ({
        caption: /caption="([^"]*)"/.exec(m[1]!)?.[1],
        alt: /alt="([^"]*)"/.exec(m[1]!)?.[1],
      }));
      const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
      expect(html).not.toMatch(/class="language-mermaid"|mermaid\.min\.js|mermaid\.esm/);
      await page.goto(path);
      const figures = page.locator('figure.static-figure');
      await expect(figures).toHaveCount(fences.length);
      for (const [i, fence] of fences.entries()) {
        const figure = figures.nth(i);
        await expect(figure.locator('figcaption')).toHaveText(asText(fence.caption!));
        const theme = await page.locator('html').getAttribute('data-theme');
        const img = figure.getByRole('img', { name: asText(fence.alt!) });
        await expect(img).toHaveCount(1);
        await img.scrollIntoViewIfNeeded();
        await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
        const src = (await img.getAttribute('src'))!;
        expect(src).toContain(`-${theme}.svg`);
        expect(existsSync(join('dist', src.replace(/-(light|dark)\.svg$/, '-light.svg')))).toBe(true);
        expect(existsSync(join('dist', src.replace(/-(light|dark)\.svg$/, '-dark.svg')))).toBe(true);
      }
    });
  }
}

test('figures follow the theme the reader picks', async ({ page }) => {
  await page.goto('rds-basics/');
  const figure = page.locator('figure.static-figure').first();
  await expect(figure.locator('img.figure-light')).toBeVisible();
  await expect(figure.locator('img.figure-dark')).toBeHidden();
  await page.getByRole('button', { name: '다크 모드' }).click();
  await expect(figure.locator('img.figure-dark')).toBeVisible();
  await expect(figure.locator('img.figure-light')).toBeHidden();
});
