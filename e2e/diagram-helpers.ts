/**
 * What the per-diagram specs share: the figure frame's words, opening a page at a figure and waiting for
 * its island, walking to a control with the keyboard and hearing the live region, and a state's round
 * trip through its share link. (The checks every diagram shares are in diagrams.contract.spec.ts.)
 */
import { expect, test, type BrowserContext, type Locator, type Page } from "@playwright/test";

export interface FigureAt {
  /** The page, relative to the base: 'aurora/', 'en/aurora/'. */
  readonly path: string;
  /** The figure's accessible name (its caption). */
  readonly caption: string;
  /** The id of the section that holds it (the address's hash). */
  readonly section: string;
  /** A control of its own that is enabled once the island has taken over. */
  readonly ready: (figure: Locator) => Locator;
}

/** Opens the page (with `query`), brings the figure into view and waits until its island has taken over. */
export async function openFigure(
  page: Page,
  at: FigureAt,
  query = "",
): Promise<Locator> {
  await page.goto(`${at.path}${query}#${at.section}`);
  const figure = page.getByRole("figure", { name: at.caption });
  await figure.scrollIntoViewIfNeeded();
  await expect(at.ready(figure)).toBeEnabled();
  return figure;
}

/** Presses Tab (or Shift+Tab) until `target` has the focus. */
export async function tabTo(
  page: Page,
  target: Locator,
  backwards = false,
): Promise<void> {
  for (let presses = 0; presses < 200; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error("the keyboard never reached the control");
}

/** A diagram's words in one language, as a spec lists them: where it is, its caption, and the frame's words. */
export interface DiagramWords extends FrameWords {
  /** The page, relative to the base: 'aurora/', 'en/aurora/'. */
  readonly path: string;
  /** The figure's accessible name (its caption). */
  readonly figure: string;
  /** The picture's accessible name (its title) in the opening state. */
  readonly picture: RegExp;
  /** Words from the description under the figure. */
  readonly description: string;
}

/** The words the figure frame gives every diagram: its live region, link notice, tour and share controls. */
export interface FrameWords {
  readonly live: string;
  readonly notice: string;
  readonly noticeText: string;
  readonly step: string;
  readonly next: string;
  readonly link: string;
  readonly copyLink: string;
  /** What the live region says after "Copy link": copied, or (where the browser refuses the clipboard) how to copy it by hand. */
  readonly copied: RegExp;
}

export const frameWords: { readonly en: FrameWords; readonly ko: FrameWords } = {
  en: {
    live: "Diagram status",
    notice: "Link notice",
    noticeText: "The diagram state in this link could not be read, so the diagram starts from its default state.",
    step: "Tour step",
    next: "Next step",
    link: "Link to this state",
    copyLink: "Copy link",
    copied: /^(Link copied\.|Could not copy the link; select it in the field and copy it yourself\.)$/,
  },
  ko: {
    live: "다이어그램 상태",
    notice: "링크 알림",
    noticeText: "링크에 담긴 다이어그램 상태를 읽을 수 없어 기본 상태로 시작합니다.",
    step: "둘러보기 단계",
    next: "다음 단계",
    link: "이 상태로 여는 링크",
    copyLink: "링크 복사",
    copied: /^(링크를 복사했습니다\.|링크를 복사하지 못했습니다\. 입력란의 링크를 선택해 직접 복사하세요\.)$/,
  },
};

/** A figure by its caption. */
export const figureOf = (page: Page, words: { readonly figure: string }): Locator =>
  page.getByRole("figure", { name: words.figure });

/**
 * `openFigure` for one diagram: its words name the page and the caption; `section` is the id of the
 * section that holds it on every page; `ready` is a control of its own that the island enables.
 */
export function diagramOpener<W extends { readonly path: string; readonly figure: string }>(
  section: string,
  ready: (figure: Locator, words: W) => Locator,
): DiagramOpener<W> {
  const open = (page: Page, words: W, query = "") =>
    openFigure(page, { path: words.path, caption: words.figure, section, ready: (f) => ready(f, words) }, query);
  const reopen = async (page: Page, words: W, link: string) => {
    await page.goto(link);
    const figure = figureOf(page, words);
    await figure.scrollIntoViewIfNeeded();
    await expect(ready(figure, words)).toBeEnabled();
    return figure;
  };
  return Object.assign(open, { reopen });
}

export interface DiagramOpener<W> {
  (page: Page, words: W, query?: string): Promise<Locator>;
  /** Opens a link as a reader who was sent it would (the whole address, hash included) and waits for the island. */
  reopen(page: Page, words: W, link: string): Promise<Locator>;
}

/** Presses "Copy link", checks what the live region says about it, and returns the link in the share field. */
export async function copyLink(figure: Locator, words: FrameWords): Promise<string> {
  await figure.getByRole("button", { name: words.copyLink }).click();
  await expect(figure.getByRole("status", { name: words.live })).toHaveText(words.copied);
  return figure.getByRole("textbox", { name: words.link }).inputValue();
}

/** The screen the per-diagram "on a phone" tests use. */
export const PHONE = { viewport: { width: 360, height: 780 } } as const;

/**
 * On a phone: the figure's picture, which must be its narrow layout (320 units wide), and its live region.
 */
export async function narrowPicture(
  figure: Locator,
  words: { readonly picture: RegExp | string; readonly live: string },
): Promise<{ picture: Locator; live: Locator }> {
  const picture = figure.getByRole("img", { name: words.picture });
  await expect(picture).toHaveAttribute("viewBox", /^0 0 320 /);
  return { picture, live: figure.getByRole("status", { name: words.live }) };
}

/** Whether `lower` is drawn under `upper` (stacked, not side by side). */
export async function drawnBelow(upper: Locator, lower: Locator): Promise<boolean> {
  const [a, b] = [await upper.boundingBox(), await lower.boundingBox()];
  return a !== null && b !== null && b.y > a.y + a.height - 1;
}

/** How a keyboard step reaches its control (`back`: Tab backwards) and what the control holds after it. */
export interface KeyOptions {
  readonly back?: boolean;
  /** The control's value (a field or drop-down). */
  readonly value?: string;
  /** The control's aria-valuetext (a slider). */
  readonly valuetext?: string;
}

/** One step of a keyboard walk: tab to a control, press a key, hear the live region (see `Keyboard.press`). */
export type KeyStep = readonly [control: Locator, key: string, said: string | RegExp, options?: KeyOptions];

/** What a reader does at the keyboard in one figure, and what its live region says back. */
export interface Keyboard {
  readonly live: Locator;
  /** Tabs to `control` and checks that the focus is drawn on it (an outline). */
  focus(control: Locator): Promise<void>;
  /**
   * Tabs to `control` (backwards with `back`), presses `key` and expects the live region to say `said` and the
   * control to hold `value` or `valuetext` where given.
   */
  press(control: Locator, key: string, said: string | RegExp, options?: KeyOptions): Promise<void>;
  /** `press` for each step in turn. */
  walk(steps: readonly KeyStep[]): Promise<void>;
  /**
   * The guided tour by keyboard: End reaches the last of its `length` steps (said `last`), Home the first
   * (`first`), and Next, reached backwards, the second (`second`).
   */
  tour(length: number, said: { readonly last: string | RegExp; readonly first: string | RegExp; readonly second: string | RegExp }): Promise<void>;
}

export function keyboardIn(page: Page, figure: Locator, words: FrameWords): Keyboard {
  const live = figure.getByRole("status", { name: words.live });
  const press = async (control: Locator, key: string, said: string | RegExp, options: KeyOptions = {}) => {
    await tabTo(page, control, options.back);
    await page.keyboard.press(key);
    await expect(live).toHaveText(said);
    if (options.value !== undefined) await expect(control).toHaveValue(options.value);
    if (options.valuetext !== undefined) await expect(control).toHaveAttribute("aria-valuetext", options.valuetext);
  };
  return {
    live,
    press,
    async walk(steps) {
      for (const [control, key, said, options] of steps) await press(control, key, said, options);
    },
    async focus(control) {
      await tabTo(page, control);
      expect(await control.evaluate((el) => getComputedStyle(el).outlineStyle), "focus is visible").not.toBe("none");
    },
    async tour(length, said) {
      const slider = figure.getByRole("slider", { name: words.step });
      await press(slider, "End", said.last, { valuetext: `Step ${length} of ${length}` });
      await page.keyboard.press("Home");
      await expect(live).toHaveText(said.first);
      await press(figure.getByRole("button", { name: words.next }), "Enter", said.second, { back: true });
    },
  };
}

/** In a list of what the live region says: the same words as after the action before (the region is cleared and refilled). */
export const AGAIN: unique symbol = Symbol("the same words again");
export type Said = string | RegExp | typeof AGAIN;

/**
 * Expects the figure's live region to say `opening`, then runs each action in turn and expects the region to
 * say the words at the same place in `said` (one entry for each action). Returns the live region.
 */
export async function hearEach(
  figure: Locator,
  words: FrameWords,
  opening: string,
  said: readonly Said[],
  acts: readonly (() => Promise<unknown>)[],
): Promise<Locator> {
  const live = figure.getByRole("status", { name: words.live });
  await expect(live).toHaveText(opening);
  expect(acts.length, "one entry of what is said for each action").toBe(said.length);
  let last: string | RegExp = opening;
  for (const [i, act] of acts.entries()) {
    const now = said[i] ?? AGAIN;
    if (now !== AGAIN) last = now;
    await act();
    await expect(live).toHaveText(last);
  }
  return live;
}

/** A diagram's words, with what its live region says in `liveRegionTests`: first, and after each action. */
export interface SpokenWords extends DiagramWords {
  readonly opening: string;
  readonly said: readonly Said[];
}

/**
 * Registers one test a language: the figure's live region (`region`, as the test names it) first says the
 * words' `opening`, then after each of the reader's `acts` what the words' `said` lists at the same place
 * (`hearEach`); `then` checks more after the last.
 */
export function liveRegionTests<W extends SpokenWords>(
  region: string,
  open: DiagramOpener<W>,
  languages: readonly W[],
  acts: (figure: Locator, words: W) => readonly (() => Promise<unknown>)[],
  then?: (figure: Locator, live: Locator, words: W) => Promise<void>,
): void {
  for (const words of languages) {
    test(`${words.path}: ${region} says each change in words`, async ({ page }) => {
      const figure = await open(page, words);
      const live = await hearEach(figure, words, words.opening, words.said, acts(figure, words));
      await then?.(figure, live, words);
    });
  }
}

/** Steps the tour on `presses` times with the arrow key and checks where it stands (`at`, its valuetext). */
export async function tourForward(figure: Locator, words: FrameWords, presses: number, at: string): Promise<void> {
  const slider = figure.getByRole("slider", { name: words.step });
  for (let i = 0; i < presses; i += 1) await slider.press("ArrowRight");
  await expect(slider).toHaveAttribute("aria-valuetext", at);
}

/**
 * A state's round trip through its share link: with the clipboard allowed, opens the figure, lets `set` put
 * it in a state, copies the link (its `param` must be `token`, or present where no token is given; its hash
 * `hash` where one is given), opens
 * the link as a reader who was sent it would and checks that no notice is shown. Returns the reopened
 * figure for the diagram's own checks.
 */
export async function roundTrip<W extends DiagramWords>(
  page: Page,
  context: BrowserContext,
  open: DiagramOpener<W>,
  words: W,
  share: { readonly param: string; readonly token?: string; readonly hash?: string },
  set: (figure: Locator) => Promise<void>,
): Promise<Locator> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]).catch(() => undefined);
  const figure = await open(page, words);
  await set(figure);
  const link = await copyLink(figure, words);
  const token = new URL(link).searchParams.get(share.param);
  if (share.token === undefined) expect(token, `the link has ?${share.param}=`).toBeTruthy();
  else expect(token).toBe(share.token);
  if (share.hash !== undefined) expect(new URL(link).hash).toBe(share.hash);
  const reopened = await open.reopen(page, words, link);
  await expect(reopened.getByRole("status", { name: words.notice })).toHaveText("");
  return reopened;
}
