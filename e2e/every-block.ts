/**
 * A note's blocks are laid out and painted only near the screen (`content-visibility: auto` in
 * global.css), which also clips whatever sticks out of a block. Checks that judge the whole page at once
 * (axe, "nothing wider than the screen") first show every block as a reader who has scrolled to it sees it.
 */
import type { Page } from '@playwright/test';

export const EVERY_BLOCK_CSS = '.prose > * { content-visibility: visible !important; contain: none !important; }';

/** Lays out every block of the page, for as long as the page stays open. */
export async function showEveryBlock(page: Page): Promise<void> {
  await page.addStyleTag({ content: EVERY_BLOCK_CSS });
}
