/**
 * Where study-group links are opened: a 360 × 780 phone, and a 1280 × 800 laptop for comparison.
 * No page is wider than the screen; every diagram's controls fit on it; and each diagram is kept as a
 * screenshot per viewport and theme (test artifacts, to look at after a run).
 */
import { expect, test, type Page } from '@playwright/test';
import { PLACEMENTS } from './diagram-placements';
import { builtPages } from './pages';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

const overflowOf = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const lang of ['ko', 'en'] as const) {
    test(`every ${lang} page fits without sideways scrolling`, async ({ page }) => {
      const pages = builtPages().filter((path) => !path.includes('404') && path.startsWith('en/') === (lang === 'en'));
      expect(pages.length).toBeGreaterThan(5);
      for (const path of pages) {
        await page.goto(path);
        expect(await overflowOf(page), path || '/').toBeLessThanOrEqual(0);
      }
    });
  }
});

for (const viewport of VIEWPORTS) {
  test.describe(`diagrams at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const path of [...new Set(PLACEMENTS.map((place) => place.path))]) {
      test(`${path}: controls fit the screen; screenshots in light and dark`, async ({ page }, testInfo) => {
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
          for (const scheme of ['light', 'dark'] as const) {
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
