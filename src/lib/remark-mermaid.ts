import type { ElementContent } from 'hast';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { expandFacts } from './facts.ts';
import { figureKey, minDisplayWidth, readFigureSize, renderFigures, THEMES } from './mermaid-figures.ts';

/**
 * The width a figure has for itself in the narrowest layout (a 360 px phone: page padding 2 × 16 px,
 * figure frame padding and border 2 × 9 px). A figure that cannot shrink to this without making its text
 * smaller than MIN_FIGURE_TEXT_PX scrolls sideways there, so its frame takes keyboard focus.
 */
export const NARROW_FRAME_PX = 360 - 32 - 18;

/** Reads `caption="…" alt="…"` from a fence's meta string. */
export function parseFigureMeta(meta: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (meta ?? '').matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

/**
 * Turns each ```mermaid fence into a `<figure>` of two pre-rendered SVG pictures (light and dark theme;
 * CSS shows the one that matches), with the fence's caption and text alternative. No mermaid code reaches
 * the reader. A fence without caption or alt, or one mermaid cannot parse, fails the build naming the file
 * and line. `{fact:id}` in the code, caption or alt is filled in from the fact registry in the page's
 * language, so a figure's numbers come from the same place as the text's.
 */
export function remarkMermaid({ base }: { base: string }) {
  return async (tree: Root, file: VFile) => {
    const fences: { node: Code; index: number; parent: Root | { children: unknown[] } }[] = [];
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang === 'mermaid' && parent && index !== undefined) fences.push({ node, index, parent });
    });
    if (fences.length === 0) return;
    const path = file.path ?? '(unknown file)';
    const locale = /[\\/]en[\\/]/.test(path) ? 'en' : 'ko';
    for (const { node } of fences) {
      const line = node.position?.start.line ?? 0;
      node.value = expandFacts(node.value, locale, `${path}:${line}`);
      if (node.meta) node.meta = expandFacts(node.meta, locale, `${path}:${line}`);
      const meta = parseFigureMeta(node.meta);
      for (const field of ['caption', 'alt']) {
        if (!meta[field]?.trim()) {
          throw new Error(`${path}:${line}: mermaid figure needs ${field}="…" after \`\`\`mermaid`);
        }
      }
    }
    await renderFigures(fences.map(({ node }) => ({ code: node.value, file: path, line: node.position?.start.line ?? 0 })));
    for (const { node, index, parent } of fences) {
      const meta = parseFigureMeta(node.meta);
      const key = figureKey(node.value);
      const size = readFigureSize(key);
      if (!size) throw new Error(`${path}:${node.position?.start.line ?? 0}: figure ${key} was not rendered`);
      // Shrinks with the page (img max-width: 100%) but never below the width that keeps its text legible.
      const minWidth = minDisplayWidth(size);
      const scrolls = minWidth > NARROW_FRAME_PX;
      const pictures: ElementContent[] = THEMES.map((theme) => ({
        type: 'element',
        tagName: 'img',
        properties: {
          className: ['figure-img', `figure-${theme}`],
          src: `${base}figures/${key}-${theme}.svg`,
          alt: meta.alt!,
          width: size.width,
          height: size.height,
          style: `min-width:${minWidth}px`,
          loading: 'lazy',
          decoding: 'async',
        },
        children: [],
      }));
      const figure = {
        type: 'mermaidFigure',
        data: {
          hName: 'figure',
          hProperties: { className: ['diagram-figure', 'static-figure'] },
          hChildren: [
            {
              type: 'element',
              // A frame that can scroll sideways is a named region (a <section> with a name) that keyboard
              // users can focus and scroll.
              tagName: scrolls ? 'section' : 'div',
              properties: scrolls
                ? { className: ['figure-frame'], tabIndex: 0, ariaLabel: meta.caption! }
                : { className: ['figure-frame'] },
              children: pictures,
            },
            { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: meta.caption! }] },
          ] as ElementContent[],
        },
      };
      (parent.children as unknown[])[index] = figure;
    }
  };
}
