import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { rehypeTableFocus } from './rehype-table-focus.ts';

const run = (html: string): Root => {
  const tree = fromHtml(html, { fragment: true });
  rehypeTableFocus()(tree);
  return tree;
};
const names = (tree: Root, selector: string) => selectAll(selector, tree).map((el: Element) => el.tagName);

describe('rehypeTableFocus', () => {
  const table = '<table><thead><tr><th></th><th>Multi-AZ</th><th>Read replica</th></tr></thead><tbody><tr><th>Purpose</th><td>HA</td><td>Scale</td></tr></tbody></table>';

  it('makes each table focusable, so it can be scrolled from the keyboard', () => {
    expect(selectAll('table', run(table))[0]?.properties.tabIndex).toBe(0);
  });

  it('turns an empty header cell (a table corner) into a data cell: a header must name something', () => {
    const tree = run(table);
    expect(names(tree, 'thead tr > *')).toEqual(['td', 'th', 'th']);
    expect(names(tree, 'tbody tr > *')).toEqual(['th', 'td', 'td']);
  });

  it('keeps a header cell with text, even if it is only inside an element', () => {
    const tree = run('<table><thead><tr><th><code>ttl</code></th><th> </th></tr></thead></table>');
    expect(names(tree, 'thead tr > *')).toEqual(['th', 'td']);
  });
});
