import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// Every ```mermaid fence of a page becomes a built figure: two pre-rendered SVGs (light, dark) with the
// fence's caption and text alternative, and no mermaid code or runtime sent to the reader.
// A caption or alt text may hold `{fact:id}` placeholders, filled from the fact registry at build time.
const asText = (text: string) => new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{fact:[^}]+\}/g, '.+')}$`);

const slugs = readdirSync('content/ko').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));

// The figures as served, read from the HTML (whether each one loads and can be read in a browser is
// checked on a phone below).
for (const locale of ['ko', 'en'] as const) {
  test(`${locale}: every mermaid fence is built into a figure with its caption, text alternative and two pictures`, async ({ request }) => {
    for (const slug of slugs) {
      const path = `${locale === 'en' ? 'en/' : ''}${slug === 'index' ? '' : `${slug}/`}`;
      const source = readFileSync(`content/${locale}/${slug}.mdx`, 'utf8');
      const fences = [...source.matchAll(/^```mermaid (.*)$/gm)].map((m) => ({
        caption: /caption="([^"]*)"/.exec(m[1]!)?.[1],
        alt: /alt="([^"]*)"/.exec(m[1]!)?.[1],
      }));
      const html = await (await request.get(path)).text();
      expect(html, path).not.toMatch(/class="language-mermaid"|mermaid\.min\.js|mermaid\.esm/);
      const figures = html.split(/<figure class="[^"]*\bstatic-figure\b/).slice(1);
      expect(figures, `${path}: one figure per fence`).toHaveLength(fences.length);
      for (const [i, fence] of fences.entries()) {
        const figure = figures[i]!;
        const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(figure)?.[1]?.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim();
        expect(caption, `${path} figure ${i + 1}`).toMatch(asText(fence.caption!));
        const images = [...figure.matchAll(/<img [^>]*src="([^"]+)-(light|dark)\.svg"[^>]*alt="([^"]*)"/g)];
        expect(images.map((m) => m[2]), `${path} figure ${i + 1}: a light and a dark picture`).toEqual(['light', 'dark']);
        for (const [, base, scheme, alt] of images) {
          expect(alt!.replace(/&amp;/g, '&').replace(/&quot;/g, '"'), `${path} figure ${i + 1} alt`).toMatch(asText(fence.alt!));
          expect((await request.get(`${base!.replace(/^\//, '')}-${scheme}.svg`)).status(), `${base}-${scheme}.svg`).toBe(200);
        }
      }
    }
  });
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

// On a 360 px phone a wide figure keeps its text legible (at least 11 px: the figure's smallest text size
// times the scale it is drawn at) and scrolls sideways inside its frame, which keyboard users can focus
// and scroll; the page itself never gets wider than the screen.
test.describe('figures on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const locale of ['ko', 'en'] as const) {
    const withFigures = slugs.filter((slug) => /^```mermaid /m.test(readFileSync(`content/${locale}/${slug}.mdx`, 'utf8')));
    const path = (slug: string): string => `${locale === 'en' ? 'en/' : ''}${slug === 'index' ? '' : `${slug}/`}`;

    test(`${locale}: some figures are wider than a phone and get a scrolling frame`, () => {
      const frames = withFigures.flatMap((slug) => readFileSync(join('dist', path(slug), 'index.html'), 'utf8').match(/<section class="figure-frame" tabindex="0"/g) ?? []);
      expect(frames.length).toBeGreaterThan(0);
    });

    for (const slug of withFigures) {
      test(`${path(slug) || '/'} (${locale}): figure text stays at 11 px or more and only the figure scrolls`, async ({ page }) => {
        await page.goto(path(slug));
        expect(await page.evaluate(() => document.documentElement.scrollWidth), slug).toBeLessThanOrEqual(360);
        for (const img of await page.locator('img.figure-light').all()) {
          // Each picture loads when it comes into view, in the theme in use (light here).
          await img.scrollIntoViewIfNeeded();
          await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
          const src = (await img.getAttribute('src'))!;
          const minFont = Number(/data-min-font-px="([\d.]+)"/.exec(readFileSync(join('dist', src), 'utf8'))?.[1]);
          const { drawn, natural, frameScrolls } = await img.evaluate((el: HTMLImageElement) => ({
            drawn: el.getBoundingClientRect().width,
            natural: Number(el.getAttribute('width')),
            frameScrolls: el.parentElement!.scrollWidth > el.parentElement!.clientWidth + 1,
          }));
          expect(minFont * (drawn / natural), `${slug} ${src}`).toBeGreaterThanOrEqual(11);
          if (!frameScrolls) continue;
          const frame = page.getByRole('region', { name: (await img.locator('xpath=../../figcaption').textContent())!, exact: true });
          await frame.focus();
          await expect(frame).toBeFocused();
          // The arrow key scrolls the focused frame (pressed again if the page was still settling).
          await expect
            .poll(
              async () => {
                await page.keyboard.press('ArrowRight');
                return frame.evaluate((el) => el.scrollLeft);
              },
              { message: `${slug}: arrow key scrolls the figure`, intervals: [500] },
            )
            .toBeGreaterThan(0);
        }
      });
    }
  }
});
