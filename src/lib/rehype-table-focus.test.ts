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

  it('makes the first cell of each body row its header when the corner is blank (the row names)', () => {
    const tree = run(
      '<table><thead><tr><th></th><th>Global Database</th><th>Global tables</th></tr></thead><tbody><tr><td>Writes</td><td>One Region</td><td>Every Region</td></tr><tr><td></td><td>a</td><td>b</td></tr></tbody></table>',
    );
    expect(names(tree, 'tbody tr > *')).toEqual(['th', 'td', 'td', 'td', 'td', 'td']);
    expect(selectAll('tbody th', tree).map((el: Element) => el.properties.scope)).toEqual(['row']);
  });

  it('leaves the body alone when the corner names a column', () => {
    const tree = run('<table><thead><tr><th>Case</th><th>Pick</th></tr></thead><tbody><tr><td>Spiky load</td><td>Serverless v2</td></tr></tbody></table>');
    expect(names(tree, 'tbody tr > *')).toEqual(['td', 'td']);
  });

  it('keeps a header cell with text, even if it is only inside an element', () => {
    const tree = run('<table><thead><tr><th><code>ttl</code></th><th> </th></tr></thead></table>');
    expect(names(tree, 'thead tr > *')).toEqual(['th', 'td']);
  });
});
