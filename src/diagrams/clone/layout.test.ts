import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toMarkup, type SceneNode } from '../kit/scene';
import { NARROW_TEXT, NARROW_WIDTH, type Fit } from '../kit/fit';
import { barWidth, niceAxis, sceneOf, sectionsOf, storageRows, TITLE_ID } from './layout';
import { accounting, initial, run, SIZES_GIB, readyMinutes } from './model';
import { events } from './model.arbitrary';
import { cloneStrings } from './strings';
import { stateAt } from './timeline';
import { attrNamesTracker, find, keysAreUnique } from '../kit/testing/scene';

/** Every translate() and x/y in the scene, resolved to absolute positions. */
function positions(node: SceneNode, dx = 0, dy = 0, out: Array<[number, number]> = []): Array<[number, number]> {
  const t = /translate\(([-\d.]+),([-\d.]+)\)/.exec(String(node.attrs['transform'] ?? ''));
  const x = dx + (t ? Number(t[1]) : 0);
  const y = dy + (t ? Number(t[2]) : 0);
  if (typeof node.attrs['x'] === 'number' && typeof node.attrs['y'] === 'number') {
    out.push([x + node.attrs['x'], y + node.attrs['y']]);
  }
  for (const child of node.children ?? []) positions(child, x, y, out);
  return out;
}

describe('the cloning scene', () => {
  it('keeps keys unique and everything inside the picture, whatever happened, wide and narrow', () => {
    fc.assert(
      fc.property(events, fc.constantFrom<Fit>('wide', 'narrow'), (list, fit) => {
        const scene = sceneOf(run(list), cloneStrings.en, fit);
        const [, , width, height] = String(scene.attrs['viewBox']).split(' ').map(Number);
        expect(keysAreUnique(scene)).toBe(true);
        for (const [x, y] of positions(scene)) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(width ?? 0);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(height ?? 0);
        }
      }),
    );
  });

  it('ends under its last row: no room kept for clusters not made yet', () => {
    const one = sectionsOf(initial());
    const two = sectionsOf(stateAt(2));
    expect(two.height - one.height).toBeGreaterThan(0);
    expect(toMarkup(sceneOf(initial(), cloneStrings.en))).toContain(`viewBox="0 0 640 ${one.height}"`);
    expect(one.height).toBeLessThan(480);
  });

  it('lists the same attribute names for the same key, whatever the state', () => {
    const track = attrNamesTracker();
    fc.assert(
      fc.property(events, (list) => {
        track(sceneOf(run(list), cloneStrings.en));
      }),
    );
  });

  it('draws one square per stored page, in rows that add up to the total', () => {
    fc.assert(
      fc.property(events, (list) => {
        const state = run(list);
        const rows = storageRows(state, cloneStrings.en);
        const squares = find(sceneOf(state, cloneStrings.en), 'squares')?.children ?? [];
        expect(squares.map((sq) => sq.key).sort()).toEqual(state.pages.map((id) => `page-${id}`).sort());
        expect(rows.reduce((sum, row) => sum + row.pages.length, 0)).toBe(accounting(state).total);
      }),
    );
  });

  it('marks each page shared or own in words as well as colour', () => {
    const scene = sceneOf(stateAt(2), cloneStrings.ko);
    const source = find(scene, 'cluster-0');
    const b = find(source ?? scene, 'cell-1');
    const a = find(source ?? scene, 'cell-0');
    expect(b?.attrs['class']).toBe('c-cell is-own');
    expect(b?.children?.map((c) => c.text)).toEqual([undefined, 'B1', '전용']);
    expect(a?.children?.map((c) => c.text)).toEqual([undefined, 'A', '공유 ×2']);
    expect(find(sceneOf(stateAt(7), cloneStrings.en), 'note')?.children?.map((line) => line.text).join(' ')).toBe(
      'Deleted: the pages only it pointed at were freed',
    );
  });

  it('puts both ways on one time axis that reaches past the slower one', () => {
    for (const gib of SIZES_GIB) {
      const restore = readyMinutes('restore', gib);
      const axis = niceAxis(restore);
      expect(axis.end).toBeGreaterThanOrEqual(restore);
      expect(axis.end / axis.step).toBeLessThanOrEqual(5);
      expect(barWidth(readyMinutes('clone', gib), axis)).toBeLessThanOrEqual(barWidth(restore, axis));
    }
    expect(niceAxis(70)).toEqual({ end: 75, step: 15 });
    expect(barWidth(0, niceAxis(6010))).toBe(2);
  });

  it('serialises to a static SVG with an accessible title', () => {
    const markup = toMarkup(sceneOf(initial(), cloneStrings.en));
    expect(markup.startsWith('<svg data-key="clone" class="c-picture" data-part="picture" viewBox="0 0 640 ')).toBe(
      true,
    );
    expect(markup).toContain(`aria-labelledby="${TITLE_ID}"`);
    expect(markup).toContain(`<title data-key="title" id="${TITLE_ID}">Pages of Source.`);
  });
});

/** Roughly how wide a label is at the narrow text size: Hangul a full em, other letters about 0.55. */
function roughWidth(text: string): number {
  return [...text].reduce((sum, ch) => sum + (/[\u3131-\uD79D]/.test(ch) ? 1 : 0.55) * NARROW_TEXT, 0);
}

/** Each text (or line of one) with its left and right edge, anchors and translate() applied. */
function spans(node: SceneNode, dx = 0, out: Array<{ text: string; left: number; right: number }> = []) {
  const t = /translate\(([-\d.]+),/.exec(String(node.attrs['transform'] ?? ''));
  const x = dx + (t ? Number(t[1]) : 0);
  if (node.tag === 'text' || node.tag === 'tspan') {
    const anchor = node.attrs['text-anchor'];
    const lines = node.children?.filter((c) => c.tag === 'tspan') ?? [];
    for (const line of lines.length > 0 ? lines : [node]) {
      const text = line.text ?? '';
      const w = roughWidth(text);
      const at = x + Number(line.attrs['x'] ?? node.attrs['x'] ?? 0);
      const left = anchor === 'end' ? at - w : anchor === 'middle' ? at - w / 2 : at;
      if (text) out.push({ text, left, right: left + w });
    }
    return out;
  }
  for (const child of node.children ?? []) spans(child, x, out);
  return out;
}

describe('the cloning scene on a phone', () => {
  it('is as wide as the phone, and about as tall as wide with up to two clusters', () => {
    const size = (state: Parameters<typeof sceneOf>[0]) => String(sceneOf(state, cloneStrings.ko, 'narrow').attrs['viewBox']).split(' ').map(Number);
    expect(size(initial())[2]).toBe(NARROW_WIDTH);
    expect(size(initial())[3]).toBeLessThanOrEqual(400);
    expect(size(stateAt(2))[3]).toBeLessThanOrEqual(460);
  });

  it('keeps every label inside the picture in both languages, whatever happened', () => {
    fc.assert(
      fc.property(events, fc.constantFrom(cloneStrings.ko, cloneStrings.en), (list, s) => {
        for (const span of spans(sceneOf(run(list), s, 'narrow'))) {
          expect(span.left, span.text).toBeGreaterThanOrEqual(-1);
          expect(span.right, span.text).toBeLessThanOrEqual(NARROW_WIDTH + 1);
        }
      }),
    );
  });

  it('says "×2" in a shared cell, what it means above the rows, and long titles on two lines', () => {
    const scene = sceneOf(stateAt(2), cloneStrings.en, 'narrow');
    const a = find(find(scene, 'cluster-0') ?? scene, 'cell-0');
    expect(a?.children?.map((c) => c.text)).toEqual([undefined, 'A', '×2']);
    expect(find(scene, 'key')?.text).toBe('×2 = one page shared by 2 clusters');
    const title = find(find(scene, 'compare') ?? scene, 'title');
    expect(title?.children?.map((c) => c.text)).toEqual(['Time until ready, 1 TiB database', '(model estimate)']);
  });
});
