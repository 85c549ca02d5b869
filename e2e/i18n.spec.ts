import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { notePages } from './pages.ts';

const { ko, en } = notePages();

// Head metadata is for crawlers and browsers before any script runs: read from the HTML as served.
test('every page declares its language, alternates, canonical URL and description', async ({ request }) => {
  const attr = (tag: string, name: string): string | undefined => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
  for (const path of [...ko, ...en]) {
    const html = await (await request.get(path)).text();
    const links = html.match(/<link [^>]*>/g) ?? [];
    const lang = path.startsWith('en/') ? 'en' : 'ko';
    expect(attr(/<html [^>]*>/.exec(html)?.[0] ?? '', 'lang'), path).toBe(lang);
    const canonical = links.filter((l) => attr(l, 'rel') === 'canonical').map((l) => attr(l, 'href'));
    expect(canonical, path).toHaveLength(1);
    expect(canonical[0], path).toMatch(new RegExp(`/${path.replace(/\//g, '\\/')}$`));
    const alternates = Object.fromEntries(
      links.filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang')).map((l) => [attr(l, 'hreflang'), attr(l, 'href')]),
    );
    const koPath = path.replace(/^en\//, '');
    expect(alternates.ko, path).toMatch(new RegExp(`/${koPath.replace(/\//g, '\\/')}$`));
    expect(alternates.en, path).toMatch(new RegExp(`/en/${koPath.replace(/\//g, '\\/')}$`));
    expect(alternates['x-default'], path).toBe(alternates.ko);
    const description = attr(/<meta name="description"[^>]*>/.exec(html)?.[0] ?? '', 'content');
    expect(description?.length ?? 0, path).toBeGreaterThan(30);
  }
});

test('the language link lands on the same section of the other language', async ({ page }) => {
  await page.goto('rds-basics/#storage-autoscaling');
  const koHeading = page.locator('#storage-autoscaling');
  await expect(koHeading).toBeInViewport();
  const koText = await koHeading.textContent();
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/rds-basics\/#storage-autoscaling$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const enHeading = page.locator('#storage-autoscaling');
  await expect(enHeading).toBeInViewport();
  expect(await enHeading.textContent()).not.toBe(koText);

  await page.getByRole('link', { name: '이 페이지를 한국어 버전으로 읽기' }).click();
  await expect(page).toHaveURL(/\/rds-basics\/#storage-autoscaling$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  // Sections below diagrams and figures: the pictures above them (and their islands, drawn for the phone
  // once seen) must not push the heading down after it has been scrolled to.
  for (const [path, id] of [
    ['aurora/', 'endpoints'],
    ['backups-restore-cloning/', 'cloning'],
  ] as const) {
    test(`after the language link, "${id}" sits just below the header and stays there`, async ({ page }) => {
      await page.goto(`${path}#${id}`);
      await page.locator('[data-lang-switch]').focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/en/${path}#${id}$`));
      const header = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
      const top = () => page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
      // scroll-margin-top is the header plus 1rem (16 px).
      await expect.poll(top).toBeCloseTo(header + 16, -1);
      // Islands within 200 px of the screen mount (kit/island.ts) and redraw for the phone (data-fit).
      await expect
        .poll(() =>
          page.locator('diagram-island').evaluateAll((islands) =>
            islands.every((el) => {
              const box = el.getBoundingClientRect();
              return box.bottom < -200 || box.top > innerHeight + 200 || el.hasAttribute('data-fit');
            }),
          ),
        )
        .toBe(true);
      expect(Math.abs((await top()) - (header + 16))).toBeLessThan(8);
    });
  }
});

// The address's hash (a malformed one too) must not stop the link carrying the section scrolled to.
for (const hash of ['', '#%', '#%E0%A4%A']) {
  test(`the language link follows the section the reader scrolled to (address hash "${hash}")`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`en/rds-basics/${hash}`);
    const ids = await page.locator('main h2[id], main h3[id]').evaluateAll((els) => els.map((e) => e.id));
    const target = ids[Math.min(2, ids.length - 1)]!;
    await page.locator(`#${target}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    // Keyboard activation: a mouse click from Playwright first scrolls the sticky header link "into view".
    await page.getByRole('link', { name: '이 페이지를 한국어 버전으로 읽기' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/rds-basics/#${target}$`));
    await expect(page.locator(`#${target}`)).toBeInViewport();
    expect(errors).toEqual([]);
  });
}

// Read from the HTML as served: the section ids are in the markup before any script runs.
test('both languages have the same pages and the same section ids', async ({ request }) => {
  const sectionIds = async (path: string): Promise<string[]> =>
    selectAll('main h2[id], main h3[id]', fromHtml(await (await request.get(path)).text())).map((el) => String(el.properties['id']));
  expect(en.map((p) => p.replace(/^en\//, ''))).toEqual(ko);
  for (const path of ko) {
    const koIds = await sectionIds(path);
    expect(koIds.length, path).toBeGreaterThan(0);
    expect(await sectionIds(`en/${path}`), path).toEqual(koIds);
  }
});
