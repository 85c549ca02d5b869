/**
 * What every diagram promises, checked at every placement (diagram-placements.ts):
 * it reads without JavaScript; with it, the keyboard alone drives the tour and
 * the live region says each step in words; nothing moves under reduced motion
 * (and something does without it); the share link reopens the same state; a
 * malformed or out-of-range link shows a notice and the default; axe finds
 * nothing (once per diagram: every rule in the light theme, the colour rules
 * in the dark one). A diagram's own behaviour is in
 * its own spec. Elements are found by role and accessible name.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openFigure, tabTo } from './diagram-helpers';
import { axeViolations, COLOUR_RULES } from './axe.ts';
import { PLACEMENTS, type Lang, type Placement } from './diagram-placements';

const WORDS: Readonly<Record<Lang, { live: string; notice: string; unreadable: RegExp; link: string }>> = {
  ko: { live: '다이어그램 상태', notice: '링크 알림', unreadable: /^링크에 담긴 .+ 읽을 수 없어 기본 .+ 시작합니다\.$/, link: '이 상태로 여는 링크' },
  en: {
    live: 'Diagram status',
    notice: 'Link notice',
    unreadable: /^The .+ in this link could not be read, so the diagram starts from its default .+\.$/,
    link: 'Link to this state',
  },
};

const figureOf = (page: Page, place: Placement): Locator => page.getByRole('figure', { name: place.caption });
const pictureOf = (figure: Locator): Locator => figure.getByRole('img').first();

/** Opens the page at the figure and waits until its island has taken over (its tour's Next is enabled). */
const open = (page: Page, place: Placement, query = ''): Promise<Locator> =>
  openFigure(page, { ...place, ready: (f) => f.getByRole('button', { name: place.next, exact: true }) }, query);

/** Records on <html> whether the picture ever reports a running transition. */
async function watchAnimations(figure: Locator): Promise<void> {
  await pictureOf(figure).evaluate((svg) => {
    const root = document.documentElement;
    delete root.dataset['sawAnimation'];
    const seen = (): void => {
      if (svg.getAttribute('data-animating') === 'true') root.dataset['sawAnimation'] = 'yes';
    };
    new MutationObserver(seen).observe(svg, { attributes: true, attributeFilter: ['data-animating'] });
    seen();
  });
}
const sawAnimation = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.dataset['sawAnimation'] === 'yes');

/** Axe over the figure: every rule, or (`colours`) only those about colour, for a second theme. */
async function axe(page: Page, figure: Locator, colours = false): Promise<void> {
  const within = `#${await figure.getAttribute('id')}`;
  expect(await axeViolations(page, colours ? { within, rules: COLOUR_RULES } : { within })).toEqual([]);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  const pages = [...new Set(PLACEMENTS.map((place) => place.path))];

  for (const path of pages) {
    test(`${path}: every diagram reads without JavaScript, in its section`, async ({ page }) => {
      await page.goto(path);
      for (const place of PLACEMENTS.filter((p) => p.path === path)) {
        const figure = figureOf(page, place);
        await expect(figure).toBeVisible();
        const inSection = await figure.evaluate((el, id) => {
          const heading = document.getElementById(id);
          return heading !== null && (heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        }, place.section);
        expect(inSection, `${place.diagram} follows #${place.section}`).toBe(true);
        await expect(pictureOf(figure)).toBeVisible();
        await expect(pictureOf(figure)).toHaveAccessibleName(/\S/);
        await expect(figure.getByRole('status', { name: WORDS[place.lang].live })).toHaveText(/\S/);
        // Controls that need JavaScript are there, labelled, and disabled; a line says why.
        await expect(figure.getByRole('button', { name: place.next, exact: true })).toBeDisabled();
        await expect(figure.getByRole('slider', { name: place.slider, exact: true })).toBeDisabled();
        await expect(figure.locator('noscript + *, noscript').first()).toBeAttached();
      }
    });
  }
});

test.describe('with JavaScript', () => {
  test.use({ reducedMotion: 'reduce' });
  const axeDone = new Set<string>();

  for (const place of PLACEMENTS) {
    const checkAxe = !axeDone.has(place.diagram);
    axeDone.add(place.diagram);

    test(`${place.path} ${place.diagram}: keyboard, words, reduced motion, links${checkAxe ? ', axe' : ''}`, async ({
      page,
    }) => {
      // Three page loads, a keyboard walk and (once per diagram) two axe runs: give it the slow budget.
      test.slow(checkAxe);
      const words = WORDS[place.lang];
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !/favicon/i.test(message.text())) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));

      // A malformed link: the default state and a notice.
      let figure = await open(page, place, `?${place.diagram}=zz%3Cscript%3E..`);
      const notice = figure.getByRole('status', { name: words.notice });
      const live = figure.getByRole('status', { name: words.live });
      const slider = figure.getByRole('slider', { name: place.slider, exact: true });
      await expect(notice).toHaveText(words.unreadable);
      await expect(slider).toHaveValue(place.start);

      // The keyboard alone walks the tour from its first step; each step is said in words; nothing moves.
      await watchAnimations(figure);
      if (place.start !== '0') {
        await tabTo(page, slider);
        await page.keyboard.press('Home');
        await expect(slider).toHaveValue('0');
      }
      const next = figure.getByRole('button', { name: place.next, exact: true });
      await tabTo(page, next);
      expect(await next.evaluate((el) => getComputedStyle(el).outlineStyle), 'focus is visible').not.toBe('none');
      let said = (await live.textContent()) ?? '';
      for (const value of ['1', '2']) {
        await page.keyboard.press('Enter');
        await expect(slider).toHaveValue(value);
        await expect(live).not.toHaveText(said);
        await expect(live).toHaveText(/\S/);
        said = (await live.textContent()) ?? '';
      }
      expect(await sawAnimation(page), 'nothing animates under reduced motion').toBe(false);
      expect(await figure.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);

      if (checkAxe) {
        await axe(page, figure);
        await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
        await axe(page, figure, true);
        // With motion allowed, a later step does move (so the check above can see motion). Some steps only
        // say something (a leaderboard query), so step on until one moves.
        await page.emulateMedia({ reducedMotion: 'no-preference' });
        await next.focus();
        await expect
          .poll(
            async () => {
              await page.keyboard.press('Enter');
              return sawAnimation(page);
            },
            { intervals: [600], timeout: 15_000 },
          )
          .toBe(true);
        await expect(pictureOf(figure)).toHaveAttribute('data-animating', 'false', { timeout: 15_000 });
      }

      // The share link reopens the same state, with no notice.
      const link = await figure.getByRole('textbox', { name: words.link }).inputValue();
      expect(new URL(link).searchParams.get(place.diagram)).toBeTruthy();
      const at = await slider.inputValue();
      const picture = await pictureOf(figure).evaluate((svg) => svg.querySelector('title')?.textContent ?? '');
      figure = await open(page, place, new URL(link).search);
      await expect(figure.getByRole('slider', { name: place.slider, exact: true })).toHaveValue(at);
      await expect(pictureOf(figure)).toHaveAccessibleName(picture);
      await expect(figure.getByRole('status', { name: words.notice })).toHaveText('');

      // A value out of range is refused like a malformed one.
      const far = new URL(link);
      const raw = far.searchParams.get(place.diagram) ?? '';
      const token = new RegExp(`(^|\\.)${place.stepToken}${at}(?=\\.|$)`);
      expect(raw, 'the link names its tour position').toMatch(token);
      far.searchParams.set(place.diagram, raw.replace(token, `$1${place.stepToken}999`));
      figure = await open(page, place, far.search);
      await expect(figure.getByRole('status', { name: words.notice })).toHaveText(words.unreadable);
      await expect(figure.getByRole('slider', { name: place.slider, exact: true })).toHaveValue(place.start);

      expect(errors).toEqual([]);
    });
  }
});
