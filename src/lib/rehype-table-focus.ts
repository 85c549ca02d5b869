import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Tables scroll sideways on narrow screens (`.prose table` is a scroll box), so each one takes keyboard
 * focus: a keyboard user can then scroll it with the arrow keys (WCAG 2.1.1).
 */
export function rehypeTableFocus() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'table') node.properties.tabIndex = 0;
    });
  };
}
