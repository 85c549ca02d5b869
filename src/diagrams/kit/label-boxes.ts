/**
 * For layout tests: where each label of a scene (kit/scene.ts) lies, estimated
 * from its position, anchor and length (kit/text-width.ts), with the
 * translations of the groups around it applied; and which labels overlap.
 */
import type { SceneNode } from './scene';
import { textWidth } from './text-width';

export interface LabelBox {
  readonly words: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Every text node's box at `size` units (about 0.8 of the size above the baseline, 0.2 below). */
export function labelBoxes(scene: SceneNode, size: number): LabelBox[] {
  const out: LabelBox[] = [];
  const visit = (node: SceneNode, dx: number, dy: number): void => {
    const move = /translate\(([-\d.]+),([-\d.]+)\)/.exec(String(node.attrs['transform'] ?? ''));
    const [x, y] = move ? [dx + Number(move[1]), dy + Number(move[2])] : [dx, dy];
    if (node.tag === 'text' && node.text) {
      const width = textWidth(node.text, size);
      const at = x + Number(node.attrs['x'] ?? 0);
      const anchor = node.attrs['text-anchor'];
      const left = anchor === 'middle' ? at - width / 2 : anchor === 'end' ? at - width : at;
      const base = y + Number(node.attrs['y'] ?? 0);
      out.push({ words: node.text, left, right: left + width, top: base - 0.8 * size, bottom: base + 0.2 * size });
    }
    for (const child of node.children ?? []) visit(child, x, y);
  };
  visit(scene, 0, 0);
  return out;
}

/** The pairs of boxes that overlap, as `"a" and "b"`. */
export function overlaps(boxes: readonly LabelBox[]): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      if (!apart) out.push(`"${a.words}" and "${b.words}"`);
    }
  });
  return out;
}
