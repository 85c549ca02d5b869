/**
 * `npm run bench`: measures the built site and prints a table; writes the figures to bench/results.json.
 *
 * - build time (a full `astro build`, figures cached);
 * - per page: HTML, CSS and JavaScript bytes (gzip) before interaction, and after each diagram island hydrates;
 * - Pagefind: index size per language, bytes the first query fetches, median latency of 20 queries;
 * - each diagram's scripted run under 4× CPU throttling: long tasks (> 50 ms) and frames per second;
 * - Lighthouse (mobile) scores for one page of each template.
 *
 * Options: --skip-build (measure dist/ as it is), --skip-lighthouse, --run-seconds=N (default 30),
 * --search-only (just the search figures). BENCH_PORT sets the port of the server it starts (4490).
 *
 * `--vs-starlight` measures instead our site side by side with a default Starlight build of the same pages
 * (scripts/bench/vs-starlight.ts): bytes before interaction, first-search bytes and Lighthouse FCP, LCP
 * and performance, printed as medians and ratios. With it: --rounds=N (Lighthouse runs per page and site,
 * default 3), --pages=aurora/,en/ (default every note page), --reuse-starlight (skip regenerating and
 * rebuilding the reference), --starlight-dir=DIR (default <tmp>/rds-study-starlight), --skip-lighthouse.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../src/lib/chromium.ts';
import { recordTransfers as record, sum as total } from '../e2e/weight.ts';
import { lighthouseRun, serveDir } from './bench/measure.ts';
import { DEFAULT_STARLIGHT_DIR, vsStarlight } from './bench/vs-starlight.ts';

const args = new Set(process.argv.slice(2));
const runSeconds = Number([...args].find((a) => a.startsWith('--run-seconds='))?.split('=')[1] ?? 30);
const PORT = Number(process.env.BENCH_PORT ?? 4490);
/** Issue 16's goal for the bytes (gzip) the first search fetches, per language. */
const FIRST_SEARCH_GOAL = 150 * 1024;
const ORIGIN = `http://localhost:${PORT}`;
const KB = (n: number) => (n / 1024).toFixed(1);
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

function buildTime(): number | undefined {
  if (args.has('--skip-build')) return undefined;
  const start = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore' });
  if (result.status !== 0) throw new Error('astro build failed; run `npm run build` to see why');
  return (performance.now() - start) / 1000;
}

function pages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join('dist', dir))) {
      const rel = dir ? `${dir}/${name}` : name;
      if (statSync(join('dist', rel)).isDirectory()) {
        if (!['pagefind', '_astro', 'figures', '404'].includes(name)) walk(rel);
      } else if (name === 'index.html') out.push(dir ? `${dir}/` : '');
    }
  };
  walk('');
  return out.sort();
}

interface PageRow {
  page: string;
  html: number;
  css: number;
  js: number;
  other: number;
  islands: { name: string; js: number }[];
}

async function measurePage(browser: Browser, path: string): Promise<PageRow> {
  const page = await browser.newPage();
  const transfers = record(page);
  await page.goto(`${ORIGIN}/${path}`, { waitUntil: 'networkidle' });
  const html = transfers.filter((t) => t.type === 'document').reduce((s, t) => s + t.gzip, 0);
  // The stylesheet is inlined into each page; count its share of the HTML separately.
  const css = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join(''));
  const row: PageRow = {
    page: `/${path}`,
    html,
    css: gz(css),
    js: total(transfers, 'script'),
    other: total(transfers) - html - total(transfers, 'script'),
    islands: [],
  };
  const islands = page.locator('diagram-island');
  for (let i = 0; i < (await islands.count()); i++) {
    const before = total(transfers, 'script');
    const island = islands.nth(i);
    await island.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el?.getAttribute('data-island') === 'mounted', await island.elementHandle(), { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    row.islands.push({ name: (await island.getAttribute('data-diagram')) ?? `#${i + 1}`, js: total(transfers, 'script') - before });
  }
  await page.close();
  return row;
}

interface SearchRow {
  lang: string;
  indexBytes: number;
  firstQueryBytes: number;
  medianMs: number;
}

function indexBytes(lang: string): number {
  let sum = 0;
  for (const dir of ['index', 'fragment']) {
    for (const f of readdirSync(join('dist/pagefind', dir))) if (f.startsWith(`${lang}_`)) sum += statSync(join('dist/pagefind', dir, f)).size;
  }
  for (const f of readdirSync('dist/pagefind')) if (f.startsWith(`pagefind.${lang}_`) || f === `wasm.${lang}.pagefind`) sum += statSync(join('dist/pagefind', f)).size;
  return sum;
}

const QUERIES = {
  ko: ['복제본', '다중 AZ', '장애 조치', '스냅샷', '쿼럼', '역추적', '클론', '암호화', '프록시', '캐시', '세션', '리더보드', 'Aurora', '엔드포인트', '백업', '리전', '스토리지', '트랜잭션', 'IAM', 'Valkey'],
  en: ['replica', 'Multi-AZ', 'failover', 'snapshot', 'quorum', 'backtrack', 'clone', 'encryption', 'proxy', 'cache', 'session', 'leaderboard', 'Aurora', 'endpoint', 'backup', 'Region', 'storage', 'transaction', 'IAM', 'Valkey'],
} as const;

async function measureSearch(browser: Browser, lang: 'ko' | 'en'): Promise<SearchRow> {
  const page = await browser.newPage();
  const transfers = record(page);
  await page.goto(`${ORIGIN}/${lang === 'en' ? 'en/' : ''}`, { waitUntil: 'networkidle' });
  const before = total(transfers);
  await page.locator('[data-search-open]:visible').first().click();
  await page.locator('#search-input').fill(QUERIES[lang][0]);
  await page.locator('#search-results a').first().waitFor();
  await page.waitForLoadState('networkidle');
  const firstQueryBytes = total(transfers) - before;
  const times = await page.evaluate(async (queries) => {
    const pf = (await import(`${location.origin}/pagefind/pagefind.js`)) as {
      search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
    };
    const out: number[] = [];
    for (const q of queries) {
      const t0 = performance.now();
      const found = await pf.search(q);
      await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
      out.push(performance.now() - t0);
    }
    return out;
  }, [...QUERIES[lang]]);
  times.sort((a, b) => a - b);
  await page.close();
  return { lang, indexBytes: indexBytes(lang), firstQueryBytes, medianMs: (times[9]! + times[10]!) / 2 };
}

interface RunRow {
  page: string;
  diagram: string;
  longTasks: number;
  longestMs: number;
  fps: number;
}

/** Drives each diagram for a while under 4× CPU throttling: plays its tour when it has one, else presses its buttons. */
async function measureRuns(browser: Browser, paths: string[]): Promise<RunRow[]> {
  const rows: RunRow[] = [];
  for (const path of paths) {
    const page = await browser.newPage();
    await page.goto(`${ORIGIN}/${path}`, { waitUntil: 'networkidle' });
    const islands = page.locator('diagram-island');
    const count = await islands.count();
    for (let i = 0; i < count; i++) {
      const island = islands.nth(i);
      await island.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => el?.getAttribute('data-island') === 'mounted', await island.elementHandle());
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.evaluate(() => {
        const w = window as unknown as { __bench: { long: number[]; frames: number; stop: boolean } };
        w.__bench = { long: [], frames: 0, stop: false };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__bench.long.push(e.duration);
        }).observe({ type: 'longtask' });
        const tick = () => {
          w.__bench.frames++;
          if (!w.__bench.stop) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const start = Date.now();
      const buttons = island.locator('button:enabled');
      const play = island.getByRole('button', { name: /^(재생|Play)$/ });
      if (await play.count()) await play.first().click();
      let k = 0;
      while (Date.now() - start < runSeconds * 1000) {
        if (!(await play.count())) {
          const n = await buttons.count();
          if (n) await buttons.nth(k++ % n).click({ timeout: 2000 }).catch(() => undefined);
        }
        await page.waitForTimeout(700);
      }
      const result = await page.evaluate(() => {
        const w = window as unknown as { __bench: { long: number[]; frames: number; stop: boolean } };
        w.__bench.stop = true;
        return w.__bench;
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      rows.push({
        page: `/${path}`,
        diagram: (await island.getAttribute('data-diagram')) ?? '?',
        longTasks: result.long.length,
        longestMs: Math.round(Math.max(0, ...result.long)),
        fps: Math.round(result.frames / ((Date.now() - start) / 1000)),
      });
    }
    await page.close();
  }
  return rows;
}

async function lighthouse(paths: string[]): Promise<Record<string, Record<string, number>>> {
  if (args.has('--skip-lighthouse')) return {};
  const scores: Record<string, Record<string, number>> = {};
  for (const path of paths) scores[`/${path}`] = (await lighthouseRun(`${ORIGIN}/${path}`)).scores;
  return scores;
}

const option = (name: string) => [...args].find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

function printSearch(search: SearchRow[]): void {
  console.log('\nSearch (Pagefind)');
  console.log('| language | index on disk KB | first query fetches KB | median of 20 queries ms |');
  console.log('|---|---:|---:|---:|');
  for (const s of search) console.log(`| ${s.lang} | ${KB(s.indexBytes)} | ${KB(s.firstQueryBytes)} | ${s.medianMs.toFixed(1)} |`);
  for (const s of search) {
    const ok = s.firstQueryBytes <= FIRST_SEARCH_GOAL;
    console.log(`first search, ${s.lang}: ${KB(s.firstQueryBytes)} KB gzip (goal ≤ ${KB(FIRST_SEARCH_GOAL)} KB): ${ok ? 'within the goal' : 'OVER THE GOAL'}`);
  }
}

const build = args.has('--search-only') ? undefined : buildTime();
if (args.has('--vs-starlight')) {
  await vsStarlight({
    rounds: Number(option('rounds') ?? 3),
    lighthouse: !args.has('--skip-lighthouse'),
    reuseStarlight: args.has('--reuse-starlight'),
    only: option('pages')?.split(',').map((p) => p.replace(/^\//, '')),
    dir: option('starlight-dir') ?? DEFAULT_STARLIGHT_DIR,
  });
  process.exit(0);
}
const server = await serveDir('dist', PORT);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  if (args.has('--search-only')) printSearch([await measureSearch(browser, 'ko'), await measureSearch(browser, 'en')]);
  else await measureAll(browser);
} finally {
  await browser.close();
  server.kill();
}

async function measureAll(browser: Browser): Promise<void> {
  const all = pages();
  const rows: PageRow[] = [];
  for (const p of all) rows.push(await measurePage(browser, p));
  const search = [await measureSearch(browser, 'ko'), await measureSearch(browser, 'en')];
  const diagramPages = rows.filter((r) => r.islands.length && !r.page.startsWith('/en/')).map((r) => r.page.slice(1));
  const runs = await measureRuns(browser, diagramPages);
  const plain = rows.find((r) => !r.islands.length && r.page !== '/' && r.page !== '/glossary/')?.page.slice(1) ?? '';
  const templates = ['', plain, diagramPages[0] ?? 'aurora/', 'glossary/', '404.html'];
  const scores = await lighthouse(templates);

  console.log(`\nBuild: ${build === undefined ? 'skipped' : `${build.toFixed(1)} s`}\n`);
  console.log('Page weight before interaction, gzip KB (CSS is inlined in the HTML; "other" = images, icons)');
  console.log('| page | HTML | of it CSS | JS | other | total | islands (JS added when seen) |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const islands = r.islands.map((i) => `${i.name} +${KB(i.js)}`).join(', ') || '—';
    console.log(`| ${r.page} | ${KB(r.html)} | ${KB(r.css)} | ${KB(r.js)} | ${KB(r.other)} | ${KB(r.html + r.js + r.other)} | ${islands} |`);
  }
  printSearch(search);
  console.log(`\nDiagram runs (${runSeconds} s each, 4× CPU throttling)`);
  console.log('| page | diagram | long tasks > 50 ms | longest ms | frames/s |');
  console.log('|---|---|---:|---:|---:|');
  for (const r of runs) console.log(`| ${r.page} | ${r.diagram} | ${r.longTasks} | ${r.longestMs} | ${r.fps} |`);
  if (Object.keys(scores).length) {
    console.log('\nLighthouse (mobile)');
    console.log('| page | performance | accessibility | best practices | SEO |');
    console.log('|---|---:|---:|---:|---:|');
    for (const [p, s] of Object.entries(scores)) {
      console.log(`| ${p} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`);
    }
  }
  mkdirSync('bench', { recursive: true });
  const when = new Date().toISOString();
  writeFileSync('bench/results.json', `${JSON.stringify({ when, buildSeconds: build, pages: rows, search, runs, lighthouse: scores }, null, 2)}\n`);
  console.log('\nWritten to bench/results.json');
}
