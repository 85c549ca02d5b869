import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './pages.ts';

const pages = builtPages().map((p) => (p.endsWith('404.html') ? 'no-such-page/' : p === 'en/404/' ? 'en/no-such-page/' : p));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Only colours change with the theme: the dark theme is checked for the rules about colour (contrast, and
// links told apart from the text around them); every other rule once, in the light theme.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const violations = async (axe: AxeBuilder): Promise<string[]> => {
  const results = await axe.options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
};

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of pages) {
      const what = theme === 'light' ? 'WCAG 2.2 AA violation' : 'colour contrast violation';
      test(`axe finds no ${what} on /${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const axe = new AxeBuilder({ page });
        expect(await violations(theme === 'light' ? axe.withTags(TAGS) : axe.withRules(COLOUR_RULES))).toEqual([]);
      });
    }
  });
}

test.describe('at 360 px wide, with the mobile menu open and closed', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ['rds-basics/', 'en/aurora/']) {
    test(`axe finds no violation on /${path}`, async ({ page }) => {
      await page.goto(path);
      const check = () => violations(new AxeBuilder({ page }).withTags(TAGS));
      expect(await check()).toEqual([]);
      await page.getByRole('button', { name: /메뉴 열기|Open menu/ }).click();
      expect(await check()).toEqual([]);
    });
  }
});
