import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MermaidRenderer } from 'mermaid-isomorphic';
import { chromiumLaunchOptions } from './chromium.ts';

/** Where rendered figures are written; served as `<base>figures/<key>-<theme>.svg`. */
export const FIGURE_DIR = join(process.cwd(), 'public', 'figures');
export const THEMES = ['light', 'dark'] as const;
export type FigureTheme = (typeof THEMES)[number];

const RENDER_VERSION = '1';
const FONT = '"Pretendard", "Apple SD Gothic Neo", "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", system-ui, sans-serif';

export interface FigureSource {
  code: string;
  file: string;
  line: number;
}

export interface FigureSize {
  width: number;
  height: number;
}

export function figureKey(code: string): string {
  return createHash('sha256').update(`${RENDER_VERSION}\n${code.trim()}`).digest('hex').slice(0, 16);
}

export function figurePath(key: string, theme: FigureTheme): string {
  return join(FIGURE_DIR, `${key}-${theme}.svg`);
}

export function readFigureSize(key: string): FigureSize | undefined {
  const path = figurePath(key, 'light');
  if (!existsSync(path) || !existsSync(figurePath(key, 'dark'))) return undefined;
  const head = readFileSync(path, 'utf8').slice(0, 2000);
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(head);
  if (!box) return undefined;
  return { width: Math.ceil(Number(box[1])), height: Math.ceil(Number(box[2])) };
}

function themeConfig(theme: FigureTheme) {
  return {
    theme: theme === 'dark' ? 'dark' : 'neutral',
    fontFamily: FONT,
    flowchart: { htmlLabels: false, useMaxWidth: false },
    sequence: { useMaxWidth: false },
  } as const;
}

/** Makes an SVG self-contained for use in `<img>`: fixed size, a background that matches its theme. */
function finish(svg: string, theme: FigureTheme): string {
  const bg = theme === 'dark' ? '#161b22' : '#ffffff';
  return svg.replace(/<svg\b([^>]*)>/, (_m, attrs: string) => {
    const cleaned = attrs.replace(/\sstyle="[^"]*"/, '');
    return `<svg${cleaned} style="background-color:${bg}">`;
  });
}

let shared: Promise<MermaidRenderer> | undefined;
/** One renderer (one browser) for the whole build; it closes its browser when idle. */
function renderer(): Promise<MermaidRenderer> {
  shared ??= import('mermaid-isomorphic').then(({ createMermaidRenderer }) =>
    createMermaidRenderer({ launchOptions: chromiumLaunchOptions() }),
  );
  return shared;
}

/**
 * Renders every figure that is not on disk yet, in both themes. A mermaid syntax error rejects with the
 * file and line of the figure's fence.
 */
export async function renderFigures(sources: FigureSource[]): Promise<number> {
  const todo = new Map<string, FigureSource>();
  for (const source of sources) {
    const key = figureKey(source.code);
    if (!readFigureSize(key) && !todo.has(key)) todo.set(key, source);
  }
  if (todo.size === 0) return 0;
  const render = await renderer();
  mkdirSync(FIGURE_DIR, { recursive: true });
  const entries = [...todo.entries()];
  const errors: string[] = [];
  for (const theme of THEMES) {
    const results = await render(
      entries.map(([, s]) => s.code),
      { mermaidConfig: themeConfig(theme), prefix: `fig-${theme}` },
    );
    results.forEach((result, i) => {
      const [key, source] = entries[i]!;
      if (result.status === 'rejected') {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        if (theme === 'light') errors.push(`${source.file}:${source.line}: mermaid syntax error: ${reason.split('\n').slice(0, 4).join(' ')}`);
        return;
      }
      writeFileSync(figurePath(key, theme), finish(result.value.svg, theme));
    });
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
