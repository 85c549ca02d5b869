import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const textOf = (nodes: readonly ElementContent[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');

const elements = (nodes: readonly ElementContent[]): Element[] => nodes.filter((n): n is Element => n.type === 'element');
const rowsOf = (table: Element, part: 'thead' | 'tbody'): Element[] =>
  elements(table.children)
    .filter((c) => c.tagName === part)
    .flatMap((section) => elements(section.children).filter((r) => r.tagName === 'tr'));

/** The table's head row starts with a blank cell: its first column is a column of row names. */
function blankCorner(table: Element): boolean {
  const corner = elements(rowsOf(table, 'thead')[0]?.children ?? [])[0];
  return corner !== undefined && textOf(corner.children).trim() === '';
}

/** The row's first cell, if it says something, heads the row. */
function headRow(row: Element): void {
  const first = elements(row.children)[0];
  if (!first || textOf(first.children).trim() === '') return;
  first.tagName = 'th';
  first.properties.scope = 'row';
}

/**
 * Tables scroll sideways on narrow screens (`.prose table` is a scroll box), so each one takes keyboard
 * focus: a keyboard user can then scroll it with the arrow keys (WCAG 2.1.1).
 * A Markdown table whose top-left corner is blank (`| | A | B |`) would have an empty header cell,
 * which names nothing for a screen reader; that corner becomes a data cell, and the first cell of each
 * body row, which is what the blank corner heads, becomes that row's header.
 */
export function rehypeTableFocus() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (node.tagName === 'table') {
        node.properties.tabIndex = 0;
        if (blankCorner(node)) for (const row of rowsOf(node, 'tbody')) headRow(row);
      }
      if (node.tagName === 'thead') {
        // Header cells of the head row name their columns; say so, since the row now mixes td and th.
        for (const row of node.children) {
          if (row.type !== 'element') continue;
          for (const cell of row.children) {
            if (cell.type !== 'element' || cell.tagName !== 'th') continue;
            if (textOf(cell.children).trim() === '') cell.tagName = 'td';
            else cell.properties.scope ??= 'col';
          }
        }
      }
      if (node.tagName === 'th' && parent?.type === 'element' && textOf(node.children).trim() === '') node.tagName = 'td';
    });
  };
}
