import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Prefixes root-relative links in the notes (`/aurora/#storage`) with the site's base path. */
export function rehypeBaseLinks({ base }: { base: string }) {
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node: Element) => {
      for (const attr of ['href', 'src'] as const) {
        const value = node.properties[attr];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(base)) {
          node.properties[attr] = base + value.slice(1);
        }
      }
    });
  };
}
