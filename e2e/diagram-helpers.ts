/**
 * What the per-diagram specs share: the figure frame's words, opening a page at a figure and waiting for
 * its island, and walking to a control with the keyboard. (The checks every diagram shares are in
 * diagrams.contract.spec.ts.)
 */
import { expect, type Locator, type Page } from "@playwright/test";

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
