import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from './chromium.ts';
import { figureFont, fullFontFaces, subsetFontFaces } from './figure-font.ts';

/** Where rendered figures are written; served as `<base>figures/<key>-<theme>.svg`. */
export const FIGURE_DIR = join(process.cwd(), 'public', 'figures');
export const THEMES = ['light', 'dark'] as const;
export type FigureTheme = (typeof THEMES)[number];

const RENDER_VERSION = '2';

export interface FigureSource {
  code: string;
  file: string;
  line: number;
}

export interface FigureSize {
  width: number;
  height: number;
  /** The smallest text in the figure, in px at its natural size. */
  minFontPx: number;
}

/** No figure text is shown smaller than this (CSS px): a wide figure scrolls sideways instead. */
export const MIN_FIGURE_TEXT_PX = 11;

/** The narrowest a figure may be drawn so that its smallest text stays at MIN_FIGURE_TEXT_PX or more. */
export function minDisplayWidth(size: FigureSize): number {
  return Math.ceil(size.width * Math.min(1, MIN_FIGURE_TEXT_PX / size.minFontPx));
}

/**
 * The cache key of a figure: its mermaid source, the renderer's version and the identity of the font it is
 * measured with (package, version and file hash), so a new font never reuses boxes sized for the old one.
 */
export function figureKey(code: string, fontId: string = figureFont().id): string {
  return createHash('sha256').update(`${RENDER_VERSION}\n${fontId}\n${code.trim()}`).digest('hex').slice(0, 16);
}

export function figurePath(key: string, theme: FigureTheme): string {
  return join(FIGURE_DIR, `${key}-${theme}.svg`);
}

export function readFigureSize(key: string): FigureSize | undefined {
  const path = figurePath(key, 'light');
  if (!existsSync(path) || !existsSync(figurePath(key, 'dark'))) return undefined;
  const head = readFileSync(path, 'utf8').slice(0, 2000);
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(head);
  const font = /data-min-font-px="([\d.]+)"/.exec(head);
  if (!box || !font) return undefined;
  return { width: Math.ceil(Number(box[1])), height: Math.ceil(Number(box[2])), minFontPx: Number(font[1]) };
}

function themeConfig(theme: FigureTheme, family: string) {
  return {
    startOnLoad: false,
    theme: theme === 'dark' ? 'dark' : 'neutral',
    // Only the packaged font: a glyph it lacks would be measured with whatever the machine has.
    fontFamily: `"${family}"`,
    // SVG text, not HTML in <foreignObject>: its glyphs are what gets measured and subset below.
    htmlLabels: false,
    flowchart: { useMaxWidth: false },
    sequence: { useMaxWidth: false },
  } as const;
}

/**
 * Makes an SVG self-contained for use in `<img>`: fixed size, a background that matches its theme, and the
 * subset of the figure font its text needs (an `<img>` SVG may not load other files, but data URLs work).
 */
function finish(svg: string, theme: FigureTheme, fontFaces: string, minFontPx: number): string {
  const bg = theme === 'dark' ? '#161b22' : '#ffffff';
  return svg.replace(/<svg\b([^>]*)>/, (_m, attrs: string) => {
    const cleaned = attrs.replace(/\sstyle="[^"]*"/, '');
    return `<svg${cleaned} data-min-font-px="${minFontPx}" style="background-color:${bg}"><style>${fontFaces}</style>`;
  });
}

/** A label whose text sticks out of the shape drawn around it, in CSS px of the rendered figure. */
export interface LabelOverflow {
  text: string;
  by: number;
}

interface RenderResult {
  svg?: string;
  error?: string;
  overflows: LabelOverflow[];
  regular: string;
  bold: string;
  minFontPx: number;
}

/**
 * Runs inside the renderer page (serialised by Playwright, so self-contained): renders each diagram with
 * mermaid, lays it out in the page, and reports every label that overflows its box plus the characters
 * drawn at each weight (for the font subset).
 */
async function renderInPage({ diagrams, config, prefix, family }: { diagrams: string[]; config: object; prefix: string; family: string }) {
  const m = (globalThis as unknown as { mermaid: { initialize(c: object): void; render(id: string, code: string): Promise<{ svg: string }> } }).mermaid;
  await document.fonts.load(`16px "${family}"`, '가A');
  await document.fonts.load(`bold 16px "${family}"`, '가A');
  if (!document.fonts.check(`16px "${family}"`, '가A')) throw new Error(`the figure font ${family} did not load in the renderer page`);
  m.initialize(config);
  const shapes = 'rect, polygon, circle, ellipse, path';
  const results = [];
  for (const [i, code] of diagrams.entries()) {
    try {
      const { svg } = await m.render(`${prefix}-${i}`, code);
      const host = document.createElement('div');
      host.style.position = 'absolute';
      host.style.left = '0';
      host.style.top = '0';
      host.innerHTML = svg;
      document.body.append(host);
      const root = host.querySelector('svg')!;
      if (root.querySelector('foreignObject')) throw new Error('the figure has an HTML label (<foreignObject>), which cannot be checked or given the figure font');
      const overflows: { text: string; by: number }[] = [];
      let regular = '';
      let bold = '';
      let minFontPx = Infinity;
      const rootScale = root.getScreenCTM()?.a ?? 1;
      for (const text of root.querySelectorAll('text')) {
        const label = (text.textContent ?? '').trim();
        if (!label) continue;
        const weight = Number.parseInt(getComputedStyle(text).fontWeight, 10);
        if (weight >= 600) bold += label;
        else regular += label;
        const scale = (text.getScreenCTM()?.a ?? rootScale) / rootScale;
        minFontPx = Math.min(minFontPx, Number.parseFloat(getComputedStyle(text).fontSize) * scale);
        // The box of a label is the first shape drawn beside it in one of its groups: a flowchart node,
        // a subgraph, a sequence actor or note. A sequence loop's condition sits inside the loop's lines.
        let box: DOMRect | undefined;
        if (text.classList.contains('loopText') || text.classList.contains('sectionTitle')) {
          const lines = [...(text.parentElement?.querySelectorAll(':scope > line') ?? [])].map((l) => l.getBoundingClientRect());
          if (lines.length) {
            const left = Math.min(...lines.map((r) => r.left));
            const right = Math.max(...lines.map((r) => r.right));
            const top = Math.min(...lines.map((r) => r.top));
            const bottom = Math.max(...lines.map((r) => r.bottom));
            box = new DOMRect(left, top, right - left, bottom - top);
          }
        } else {
          for (let g: Element | null = text.parentElement; g && g !== root; g = g.parentElement) {
            const shape = [...g.children].find((c) => c.matches(shapes) && c.getBoundingClientRect().width > 0);
            if (shape) {
              box = shape.getBoundingClientRect();
              break;
            }
          }
        }
        if (!box) continue;
        const ink = text.getBoundingClientRect();
        const by = Math.max(box.left - ink.left, ink.right - box.right, box.top - ink.top, ink.bottom - box.bottom);
        if (by > 0.5) overflows.push({ text: label, by: Math.round(by * 10) / 10 });
      }
      const out = new XMLSerializer().serializeToString(root);
      host.remove();
      results.push({ svg: out, overflows, regular, bold, minFontPx: Number.isFinite(minFontPx) ? Math.round(minFontPx * 100) / 100 : 16 });
    } catch (error) {
      results.push({ error: error instanceof Error ? error.message : String(error), overflows: [], regular: '', bold: '', minFontPx: 16 });
    }
  }
  return results;
}

/**
 * One renderer page for the whole build. Loading it is the slow part (it carries the whole figure font,
 * a few MB, as a data URL), so it is set up once and the MDX files that need figures take turns in it
 * instead of each opening its own page at the same time. It closes a moment after the last render.
 */
let renderer: { browser: Browser; page: Page } | undefined;
let opening: Promise<{ browser: Browser; page: Page }> | undefined;
let turn: Promise<unknown> = Promise.resolve();
let idle: NodeJS.Timeout | undefined;

async function openRenderer(): Promise<{ browser: Browser; page: Page }> {
  if (renderer) return renderer;
  opening ??= (async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    const page = await browser.newPage();
    // Generous: on a busy machine parsing the font takes longer than Playwright's default 30 s.
    page.setDefaultTimeout(300_000);
    const font = figureFont();
    await page.setContent(`<!doctype html><meta charset="utf-8"><style>${fullFontFaces(font)} body{margin:0;font-family:"${font.family}"}</style><body></body>`);
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js') });
    renderer = { browser, page };
    return renderer;
  })();
  try {
    return await opening;
  } finally {
    opening = undefined;
  }
}

let waiting = 0;

function withRendererPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  if (idle) clearTimeout(idle);
  waiting++;
  const run = turn.then(async () => use((await openRenderer()).page));
  turn = run.catch(() => undefined).then(() => {
    waiting--;
    if (waiting > 0) return;
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => {
      if (waiting > 0) return;
      const open = renderer;
      renderer = undefined;
      void open?.browser.close();
    }, 2_000);
  });
  return run;
}

/**
 * Renders every figure that is not on disk yet, in both themes. A mermaid syntax error or a label that
 * does not fit its box rejects with the file and line of the figure's fence.
 */
export function renderFigures(sources: FigureSource[]): Promise<number> {
  // One render at a time: pages are built in parallel, and each renderer page holds the whole font.
  const run = queue.then(() => renderNow(sources));
  queue = run.catch(() => undefined);
  return run;
}
let queue: Promise<unknown> = Promise.resolve();

async function renderNow(sources: FigureSource[]): Promise<number> {
  const font = figureFont();
  const todo = new Map<string, FigureSource>();
  for (const source of sources) {
    const key = figureKey(source.code, font.id);
    if (!readFigureSize(key) && !todo.has(key)) todo.set(key, source);
  }
  if (todo.size === 0) return 0;
  const entries = [...todo.entries()];
  const errors: string[] = [];
  const rendered = await withRendererPage(async (page) => {
    const out: RenderResult[][] = [];
    for (const theme of THEMES) {
      out.push(await page.evaluate(renderInPage, {
        diagrams: entries.map(([, s]) => s.code),
        config: themeConfig(theme, font.family),
        prefix: `fig-${theme}`,
        family: font.family,
      }));
    }
    return out;
  });
  mkdirSync(FIGURE_DIR, { recursive: true });
  // One font subset per figure, for the text of both themes.
  const faces = await Promise.all(entries.map((_, i) => subsetFontFaces(font, {
    regular: rendered.map((r) => r[i]!.regular).join(''),
    bold: rendered.map((r) => r[i]!.bold).join(''),
  })));
  for (const [t, theme] of THEMES.entries()) {
    for (const [i, result] of rendered[t]!.entries()) {
      const [key, source] = entries[i]!;
      const where = `${source.file}:${source.line}`;
      if (result.error !== undefined || result.svg === undefined) {
        if (theme === 'light') errors.push(`${where}: mermaid syntax error: ${(result.error ?? '').split('\n').slice(0, 4).join(' ')}`);
        continue;
      }
      if (result.overflows.length) {
        if (theme === 'light') {
          const list = result.overflows.map((o) => `"${o.text}" by ${o.by}px`).join(', ');
          errors.push(`${where}: mermaid figure label does not fit its box: ${list}. Shorten the label or break it with <br>.`);
        }
        continue;
      }
      writeFileSync(figurePath(key, theme), finish(result.svg, theme, faces[i]!, result.minFontPx));
    }
  }
  if (errors.length) throw new Error(errors.join('\n'));
  return todo.size;
}

/** Finds the mermaid fences of an MDX file with their line numbers (for the pre-build render). */
export function findFigures(text: string, file: string): FigureSource[] {
  const found: FigureSource[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})mermaid\b/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trim().startsWith(fence); j++) body.push(lines[j]!.slice(open[1]!.length));
    if (j >= lines.length) throw new Error(`${file}:${i + 1}: mermaid fence is never closed`);
    found.push({ code: body.join('\n'), file, line: i + 1 });
    i = j;
  }
  return found;
}
