/**
 * axe-core, run inside the page: its script is added once per page, then each check is one `axe.run`.
 * (@axe-core/playwright opens a second, blank page and adds axe again for every check, to merge results
 * across frames; the site has no frames, and that costs one to two seconds a check on a 2-core machine.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 level AA, as axe tags its rules. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules about colour alone: all that changes with the theme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeCheck {
  /** A CSS selector: check only what is inside it (default: the whole page). */
  readonly within?: string;
  /** Only these rules (default: every WCAG 2.2 AA rule). */
  readonly rules?: readonly string[];
}

/** What axe finds wrong, one readable line per rule broken: its id, its help text and up to three places. */
export async function axeViolations(page: Page, check: AxeCheck = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const options: RunOptions = {
    runOnly: check.rules ? { type: 'rule', values: [...check.rules] } : { type: 'tag', values: WCAG_AA },
    resultTypes: ['violations'],
  };
  return page.evaluate(
    async ({ within, options }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: RunOptions) => Promise<AxeResults> } }).axe;
      const results = await axe.run(within ? { include: [within] } : document, options);
      return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    },
    { within: check.within, options },
  );
}
