import { describe, expect, it } from 'vitest';
import { headedRow } from './table-row';

/** Just enough of a document to build rows: elements with a tag, attributes, text and children. */
interface FakeElement {
  tag: string;
  scope?: string;
  textContent?: string;
  children: FakeElement[];
  append(...children: FakeElement[]): void;
}
const doc = {
  createElement: (tag: string): FakeElement => ({
    tag,
    children: [],
    append(...children) {
      this.children.push(...children);
    },
  }),
} as unknown as Document;

const shape = (el: FakeElement): unknown => [el.tag, el.scope ?? null, el.textContent ?? null, ...el.children.map(shape)];

describe('headedRow', () => {
  it('heads the row with its first cell and puts the others in data cells, in order', () => {
    const row = headedRow(doc, 'Lazy loading', ['8', '4', '50%']) as unknown as FakeElement;
    expect(shape(row)).toEqual([
      'tr',
      null,
      null,
      ['th', 'row', 'Lazy loading'],
      ['td', null, '8'],
      ['td', null, '4'],
      ['td', null, '50%'],
    ]);
  });

  it('gives a row with only its head when there are no other cells', () => {
    expect(shape(headedRow(doc, '00:05', []) as unknown as FakeElement)).toEqual(['tr', null, null, ['th', 'row', '00:05']]);
  });
});
