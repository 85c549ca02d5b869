/**
 * `npm run bench -- --vs-starlight`: our built site side by side with a default Starlight build of the
 * same pages (scripts/bench/starlight.ts), both served by scripts/serve.ts and measured by the same code
 * (scripts/bench/measure.ts). Prints medians and ratios (ours / Starlight: below 1 means ours is smaller or
 * sooner) and writes bench/vs-starlight.json.
 *
 * Lighthouse runs are interleaved: each round visits every page, ours and Starlight's back to back, the
 * order of the two swapped every round, so a burst of load on the machine hits both alike.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../src/lib/chromium.ts';
import { buildStarlight, STARLIGHT_VERSION } from './starlight.ts';
import { firstSearchBytes, lighthouseRun, median, pageWeight, serveDir, type LighthouseRun, type Weight } from './measure.ts';

export interface VsOptions {
  /** Lighthouse runs per page and site. */
  rounds: number;
  lighthouse: boolean;
  /** Reuse the Starlight build already in `dir` instead of generating and building it again. */
  reuseStarlight: boolean;
  /** Only these pages (e.g. `aurora/`, `en/`); default every note page in both languages. */
  only: string[] | undefined;
  dir: string;
}

const SITES = ['ours', 'starlight'] as const;
type Site = (typeof SITES)[number];
const PORTS: Record<Site, number> = { ours: 4492, starlight: 4493 };
const origin = (site: Site) => `http://localhost:${PORTS[site]}/`;
const QUERY = { ko: '복제본', en: 'replica' } as const;

/** Every note page, as a path under the root: '' and 'aurora/' (Korean), 'en/' and 'en/aurora/' (English). */
export function notePaths(): string[] {
  const out: string[] = [];
  for (const lang of ['ko', 'en'] as const) {
    for (const f of readdirSync(join('content', lang)).filter((n) => n.endsWith('.mdx')).sort()) {
      const slug = f.replace(/\.mdx$/, '');
      out.push(`${lang === 'en' ? 'en/' : ''}${slug === 'index' ? '' : `${slug}/`}`);
    }
  }
  return out;
}

const KB = (n: number) => (n / 1024).toFixed(1);
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) && Number.isFinite(b) ? (a / b).toFixed(2) : '—');
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

export async function vsStarlight(options: VsOptions): Promise<void> {
  const paths = options.only ?? notePaths();
  const starlightDist = options.reuseStarlight && existsSync(join(options.dir, 'dist/index.html')) ? join(options.dir, 'dist') : buildStarlight(process.cwd(), options.dir);
  for (const p of paths) {
    for (const [site, dir] of [['ours', 'dist'], ['starlight', starlightDist]] as const) {
      if (!existsSync(join(dir, p, 'index.html'))) throw new Error(`${site}: ${join(dir, p, 'index.html')} is missing (is /${p} one of the note pages?)`);
    }
  }
  const servers = [await serveDir('dist', PORTS.ours), await serveDir(starlightDist, PORTS.starlight)];
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const weights: Record<string, Record<Site, Weight>> = {};
    for (const p of paths) {
      weights[p] = { ours: await pageWeight(browser, origin('ours') + p), starlight: await pageWeight(browser, origin('starlight') + p) };
    }
    const search: Record<string, Record<Site, number>> = {};
    for (const lang of ['ko', 'en'] as const) {
      const p = lang === 'en' ? 'en/' : '';
      search[lang] = {
        ours: await firstSearchBytes(browser, origin('ours') + p, QUERY[lang]),
        starlight: await firstSearchBytes(browser, origin('starlight') + p, QUERY[lang]),
      };
    }
    await browser.close();

    const runs: Record<string, Record<Site, LighthouseRun[]>> = Object.fromEntries(paths.map((p) => [p, { ours: [], starlight: [] }]));
    const loadBefore = load();
    const started = Date.now();
    if (options.lighthouse) {
      for (let round = 0; round < options.rounds; round++) {
        const order = round % 2 ? (['starlight', 'ours'] as const) : (['ours', 'starlight'] as const);
        for (const p of paths) {
          for (const site of order) {
            runs[p]![site].push(await lighthouseRun(origin(site) + p, ['performance']));
          }
        }
        console.log(`bench: Lighthouse round ${round + 1}/${options.rounds} done (load average ${load()})`);
      }
    }
    const loadAfter = load();

    console.log(`\nOurs / Starlight ${STARLIGHT_VERSION} (default setup, same pages); ratio < 1: ours smaller or sooner\n`);
    console.log('Bytes before interaction, gzip KB');
    console.log('| page | ours | Starlight | ratio | ours HTML / CSS / JS | Starlight HTML / CSS / JS |');
    console.log('|---|---:|---:|---:|---|---|');
    for (const p of paths) {
      const { ours, starlight } = weights[p]!;
      console.log(`| /${p} | ${KB(ours.total)} | ${KB(starlight.total)} | ${ratio(ours.total, starlight.total)} | ${KB(ours.html)} / ${KB(ours.css)} / ${KB(ours.js)} | ${KB(starlight.html)} / ${KB(starlight.css)} / ${KB(starlight.js)} |`);
    }
    const med = (site: Site) => median(paths.map((p) => weights[p]![site].total));
    console.log(`| median | ${KB(med('ours'))} | ${KB(med('starlight'))} | ${ratio(med('ours'), med('starlight'))} | | |`);
    console.log('\nFirst search (open with Ctrl+K, type a word, first result shown), gzip KB fetched');
    console.log('| language | query | ours | Starlight | ratio |');
    console.log('|---|---|---:|---:|---:|');
    for (const lang of ['ko', 'en'] as const) {
      console.log(`| ${lang} | ${QUERY[lang]} | ${KB(search[lang]!.ours)} | ${KB(search[lang]!.starlight)} | ${ratio(search[lang]!.ours, search[lang]!.starlight)} |`);
    }
    const summary: Record<string, Record<Site, { fcp: number; lcp: number; performance: number }>> = {};
    if (options.lighthouse) {
      console.log(`\nLighthouse 13.5 mobile, median of ${options.rounds} interleaved runs (ms; performance 0–100)`);
      console.log(`load average (1, 5, 15 min) before: ${loadBefore}, after: ${loadAfter}; ${((Date.now() - started) / 60000).toFixed(1)} min`);
      console.log('| page | FCP ours | FCP Starlight | ratio | LCP ours | LCP Starlight | ratio | perf ours | perf Starlight |');
      console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
      for (const p of paths) {
        const m = (site: Site) => ({
          fcp: median(runs[p]![site].map((r) => r.fcp)),
          lcp: median(runs[p]![site].map((r) => r.lcp)),
          performance: median(runs[p]![site].map((r) => r.scores.performance ?? NaN)),
        });
        const o = m('ours');
        const s = m('starlight');
        summary[p] = { ours: o, starlight: s };
        console.log(`| /${p} | ${o.fcp.toFixed(0)} | ${s.fcp.toFixed(0)} | ${ratio(o.fcp, s.fcp)} | ${o.lcp.toFixed(0)} | ${s.lcp.toFixed(0)} | ${ratio(o.lcp, s.lcp)} | ${o.performance} | ${s.performance} |`);
      }
      const all = (site: Site, k: 'fcp' | 'lcp') => median(paths.map((p) => summary[p]![site][k]));
      console.log(`| median of pages | ${all('ours', 'fcp').toFixed(0)} | ${all('starlight', 'fcp').toFixed(0)} | ${ratio(all('ours', 'fcp'), all('starlight', 'fcp'))} | ${all('ours', 'lcp').toFixed(0)} | ${all('starlight', 'lcp').toFixed(0)} | ${ratio(all('ours', 'lcp'), all('starlight', 'lcp'))} | | |`);
    }
    mkdirSync('bench', { recursive: true });
    const when = new Date().toISOString();
    const record = { when, starlight: STARLIGHT_VERSION, rounds: options.rounds, loadBefore, loadAfter, weights, search, lighthouse: summary, runs };
    writeFileSync('bench/vs-starlight.json', `${JSON.stringify(record, null, 2)}\n`);
    console.log('\nWritten to bench/vs-starlight.json');
  } finally {
    if (browser.isConnected()) await browser.close();
    for (const s of servers) s.kill();
  }
}

export const DEFAULT_STARLIGHT_DIR = join(tmpdir(), 'rds-study-starlight');
