/**
 * The view's side of kit/Table.astro, for a view that rewrites a table's body: a row as the server
 * renders it, its first cell heading the row (`<th scope="row">`), then a `<td>` for each other cell.
 */
export function headedRow(doc: Document, head: string, cells: readonly string[]): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  const th = doc.createElement('th');
  th.scope = 'row';
  th.textContent = head;
  tr.append(th);
  for (const text of cells) {
    const td = doc.createElement('td');
    td.textContent = text;
    tr.append(td);
  }
  return tr;
}
