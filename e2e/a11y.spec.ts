import { expect, test } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from './axe.ts';
import { builtPages } from './pages.ts';

const pages = builtPages().map((p) => (p.endsWith('404.html') ? 'no-such-page/' : p === 'en/404/' ? 'en/no-such-page/' : p));

// Only colours change with the theme: every rule is checked in the light theme, then the reader's system
// turns dark (the page follows it) and the rules about colour (contrast, links told apart from the text
// around them) are checked again.
for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA violation on /${path}, and no colour one in the dark theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await axeViolations(page), 'light theme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page, { rules: COLOUR_RULES }), 'dark theme').toEqual([]);
  });
}

test.describe('at 360 px wide, with the mobile menu open and closed', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ['rds-basics/', 'en/aurora/']) {
    test(`axe finds no violation on /${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: /메뉴 열기|Open menu/ }).click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('the check itself reports what it should: low contrast, in the whole page or within a part, and a missing label', async ({ page }) => {
  await page.setContent(
    '<html lang="en"><head><title>t</title></head><body><main><h1>t</h1><p id="pale" style="color:#bbb;background:#fff">pale words</p><p id="fine">fine words</p><input type="text"></main></body></html>',
  );
  expect((await axeViolations(page, { rules: COLOUR_RULES })).join('\n')).toMatch(/^color-contrast: .*#pale/);
  expect(await axeViolations(page, { within: '#fine', rules: COLOUR_RULES })).toEqual([]);
  expect((await axeViolations(page)).join('\n')).toMatch(/label/);
});
