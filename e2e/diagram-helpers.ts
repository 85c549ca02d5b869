/**
 * What the per-diagram specs share: opening a page at a figure and waiting for its island, and walking
 * to a control with the keyboard. (The checks every diagram shares are in diagrams.contract.spec.ts.)
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
