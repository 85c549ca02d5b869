/**
 * Where study-group links are opened: a 360 × 780 phone, and a 1280 × 800 laptop for comparison.
 * No page is wider than the screen; every diagram's controls fit on it; its labels are legible (≥ 11 px)
 * and inside the picture; the picture stays in sight while its own controls are used; and each diagram
 * is kept as a screenshot per viewport and theme (test artifacts, to look at after a run). CI, where no
 * one looks at them, skips the screenshots (half of this spec's time); SCREENSHOTS=1 keeps them there too.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PLACEMENTS } from './diagram-placements';
import { builtPages } from './pages';

const SCREENSHOTS = !process.env.CI || process.env.SCREENSHOTS === '1';
const VIEWPORTS = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

/** Every label of the picture as the reader sees it: at least 11 CSS px, and inside the picture. */
function smallOrOutsideText(figure: Locator): Promise<string[]> {
  return figure.evaluate((el) => {
    const svg = el.querySelector<SVGSVGElement>('[data-part="picture"]');
    if (!svg) return ['no picture'];
    const frame = svg.getBoundingClientRect();
    const out: string[] = [];
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      const words = (text.textContent ?? '').trim();
      const box = text.getBoundingClientRect();
      if (!words || box.width === 0) continue;
      const px = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1);
      if (px < 11) out.push(`"${words.slice(0, 30)}" at ${px.toFixed(1)} px`);
      if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) {
        out.push(`"${words.slice(0, 30)}" outside the picture`);
      }
    }
    return out;
  });
}

/**
 * Each of the diagram's own controls, scrolled into view as a reader would reach it: the picture above it
 * is still on screen (at least 80 % of it, below the site's sticky header).
 */
function pictureHiddenBehind(figure: Locator): Promise<string[]> {
  return figure.evaluate((el) => {
    const picture = el.querySelector<HTMLElement>('.dg-picture');
    const controls = el.querySelector<HTMLElement>('[data-part="controls"]');
    if (!picture || !controls) return ['no picture or controls'];
    const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
    const own = [...controls.querySelectorAll<HTMLElement>('button, input, select')].filter(
      (control) =>
        !control.closest('fieldset')?.querySelector('[data-part="play"], [data-part="copy-link"]') &&
        control.getBoundingClientRect().width > 0,
    );
    const out: string[] = [];
    for (const control of own) {
      control.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      const box = picture.getBoundingClientRect();
      const seen = Math.min(box.bottom, innerHeight) - Math.max(box.top, header);
      if (seen < box.height * 0.8) {
        const name = control.getAttribute('aria-label') ?? control.closest('label')?.textContent ?? control.textContent ?? '';
        out.push(`${control.tagName.toLowerCase()} "${name.trim().slice(0, 30)}": ${Math.max(0, Math.round(seen))} of ${Math.round(box.height)} px seen`);
      }
    }
    return out;
  });
}

const overflowOf = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Words (runs of letters and digits) that a table cell breaks over two lines: a narrow table should
 * scroll sideways inside itself instead. Breaks at punctuation (a hyphen, a slash, a bracket) are fine.
 */
const wordsSplitInTables = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const split: string[] = [];
    for (const table of document.querySelectorAll('main table')) {
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement?.closest('.sr-only')) continue;
        for (const word of node.data.matchAll(/[\p{L}\p{N}]+/gu)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) split.push(word[0]);
        }
      }
    }
    return split;
  });

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const lang of ['ko', 'en'] as const) {
    test(`every ${lang} page fits without sideways scrolling, and its tables keep each word on one line`, async ({ page }) => {
      const pages = builtPages().filter((path) => !path.includes('404') && path.startsWith('en/') === (lang === 'en'));
      expect(pages.length).toBeGreaterThan(5);
      for (const path of pages) {
        await page.goto(path);
        expect(await overflowOf(page), path || '/').toBeLessThanOrEqual(0);
        expect(await wordsSplitInTables(page), `words broken inside a table cell on ${path || '/'}`).toEqual([]);
      }
    });
  }
});

for (const viewport of VIEWPORTS) {
  test.describe(`diagrams at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const path of [...new Set(PLACEMENTS.map((place) => place.path))]) {
      test(`${path}: controls fit the screen${SCREENSHOTS ? '; screenshots in light and dark' : ''}`, async ({ page }, testInfo) => {
        await page.goto(path);
        for (const place of PLACEMENTS.filter((p) => p.path === path)) {
          const figure = page.getByRole('figure', { name: place.caption });
          await figure.scrollIntoViewIfNeeded();
          await expect(figure.getByRole('button', { name: place.next, exact: true })).toBeEnabled();
          // Every control of the figure lies within the screen (labels above their controls on a phone).
          const sticking = await figure.evaluate((el, width) => {
            const out: string[] = [];
            for (const control of el.querySelectorAll<HTMLElement>('select, input, button, label, legend')) {
              const box = control.getBoundingClientRect();
              if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
                out.push(`${control.tagName.toLowerCase()} "${(control.textContent ?? control.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`);
              }
            }
            return out;
          }, viewport.width);
          expect(sticking, `${place.diagram}: controls past the edge of the screen`).toEqual([]);
          expect.soft(await smallOrOutsideText(figure), `${place.diagram}: text too small or outside the picture`).toEqual([]);
          expect.soft(await pictureHiddenBehind(figure), `${place.diagram}: controls used out of sight of the picture`).toEqual([]);
          for (const scheme of SCREENSHOTS ? (['light', 'dark'] as const) : []) {
            await page.emulateMedia({ colorScheme: scheme });
            // Kept in test-results/ (the test's output folder) after every run, and attached to the report.
            const name = `${place.diagram}-${place.lang}-${viewport.name}-${scheme}.png`;
            await figure.screenshot({ animations: 'disabled', path: testInfo.outputPath(name) });
            await testInfo.attach(name, { path: testInfo.outputPath(name), contentType: 'image/png' });
          }
          await page.emulateMedia({ colorScheme: 'light' });
        }
        expect(await overflowOf(page), path).toBeLessThanOrEqual(0);
      });
    }
  });
}
