import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const LABEL = {
  ko: (text: string) => `"${text}" 절의 링크`,
  en: (text: string) => `Link to the section "${text}"`,
};

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/**
 * Gives every `##`/`###` section a visible link to itself, placed after the heading (not inside it, so the
 * heading's text stays clean for the table of contents and screen readers). Without JavaScript it is a plain
 * link to the section; the page script turns a click into "copy this section's address".
 */
export function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const locale = /\/en\/[^/]+\.mdx$/.test(file.path ?? '') ? 'en' : 'ko';
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !['h2', 'h3'].includes(node.tagName)) return;
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}`, ariaLabel: LABEL[locale](textOf(node).trim()), dataPagefindIgnore: '' },
        children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }],
      };
      const wrap: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrap', `heading-wrap-${node.tagName}`] },
        children: [node, link],
      };
      parent.children[index] = wrap;
      return 'skip';
    });
  };
}
