/**
 * Measurements `npm run bench` makes of a built site, written once so that our site and the Starlight
 * reference are measured by the same code: serving a folder, the bytes a page loads before the reader
 * interacts, the bytes the first search fetches, and one Lighthouse (mobile) run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright';
import { recordTransfers, sum } from '../../e2e/weight.ts';
import { findChromium } from '../../src/lib/chromium.ts';

/** Serves a built folder with scripts/serve.ts (gzip, like a static host) until the child is killed. */
export function serveDir(dir: string, port: number, base = '/'): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve.ts', dir, String(port), base], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`scripts/serve.ts ${dir} ${port} exited with ${code}`)));
    child.stdout!.once('data', () => resolve(child));
  });
}

/**
 * Loads a page and lets it settle as it would before a reader acts: the network idle, then one idle
 * callback (Starlight fetches its search UI from one), then the network idle again. Headless Chromium can
 * otherwise be measured before a page's idle work has started.
 */
async function settle(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
  await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 5000 })));
  await page.waitForLoadState('networkidle');
}

export interface Weight {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}

/** gzip bytes of everything a page fetches until the network is idle, before any scroll or click. */
export async function pageWeight(browser: Browser, url: string): Promise<Weight> {
  const page = await browser.newPage();
  try {
    const transfers = recordTransfers(page);
    await settle(page, url);
    const html = sum(transfers, 'document');
    const css = sum(transfers, 'stylesheet');
    const js = sum(transfers, 'script');
    const total = sum(transfers);
    return { html, css, js, other: total - html - css - js, total };
  } finally {
    await page.close();
  }
}

/**
 * gzip bytes fetched from opening search with Ctrl+K to the first result on screen, after the page
 * has settled. Both sites search in a modal <dialog> with a text field and a list of result links, so the
 * same selectors serve both.
 */
export async function firstSearchBytes(browser: Browser, url: string, query: string): Promise<number> {
  const page = await browser.newPage();
  try {
    const transfers = recordTransfers(page);
    await settle(page, url);
    const before = sum(transfers);
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open] input').first().fill(query);
    await page.locator('dialog[open] li a[href]').first().waitFor();
    await page.waitForLoadState('networkidle');
    return sum(transfers) - before;
  } finally {
    await page.close();
  }
}

export interface LighthouseRun {
  /** First and Largest Contentful Paint, milliseconds (Lighthouse's simulated mobile throttling). */
  fcp: number;
  lcp: number;
  /** Category scores, 0–100. */
  scores: Record<string, number>;
}

/** One Lighthouse (pinned 13.5, mobile preset) run in a fresh system Chromium. */
export async function lighthouseRun(url: string, categories?: string[]): Promise<LighthouseRun> {
  const { default: run } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chromePath = findChromium();
  const chrome = await launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const result = await run(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      formFactor: 'mobile',
      ...(categories ? { onlyCategories: categories } : {}),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { audits, categories: cats, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
    return {
      fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
      lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
      scores: Object.fromEntries(Object.entries(cats).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)])),
    };
  } finally {
    chrome.kill();
  }
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
