/**
 * Test helpers for scene trees (the `h()` nodes every diagram's layout returns). Only tests import this
 * folder; nothing here ships to a page.
 */
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { NARROW_TEXT, type Fit } from '../fit';
import { labelBoxes, overlaps, type LabelBox } from '../label-boxes';
import type { SceneNode } from '../scene';

/** The first node with this key, depth first, or undefined. */
export function find(node: SceneNode, key: string): SceneNode | undefined {
  if (node.key === key) return node;
  for (const child of node.children ?? []) {
    const hit = find(child, key);
    if (hit) return hit;
  }
  return undefined;
}

/** No two siblings share a tag and key, anywhere in the tree (the d3 join matches nodes by them). */
export function keysAreUnique(node: SceneNode): boolean {
  const keys = (node.children ?? []).map((c) => `${c.tag}:${c.key}`);
  return new Set(keys).size === keys.length && (node.children ?? []).every(keysAreUnique);
}

/** Attribute names per key path (`/svg:quorum/g:copies/…`): the d3 join expects a key to keep the same ones. */
export function attrNames(node: SceneNode, path = '', out = new Map<string, string>()): Map<string, string> {
  const here = `${path}/${node.tag}:${node.key}`;
  out.set(here, Object.keys(node.attrs).sort().join(','));
  for (const child of node.children ?? []) attrNames(child, here, out);
  return out;
}

/**
 * Feed it every scene a run draws: it fails when a key path lists other attribute names than it did before,
 * or when siblings repeat a key.
 */
export function attrNamesTracker(): (scene: SceneNode) => void {
  const seen = new Map<string, string>();
  return (scene) => {
    expect(keysAreUnique(scene), 'siblings repeat a key').toBe(true);
    for (const [key, names] of attrNames(scene)) {
      const before = seen.get(key);
      if (before !== undefined) expect(names, key).toBe(before);
      seen.set(key, names);
    }
  };
}

/** The serialised picture is an image named by its title element. */
export function expectTitledImage(markup: string, titleId: string): void {
  expect(markup).toContain('role="img"');
  expect(markup).toContain(`aria-labelledby="${titleId}"`);
}

export interface SceneRuns<St, E> {
  /** Runs of events a reader could make. */
  readonly events: fc.Arbitrary<readonly E[]>;
  initial(): St;
  step(state: St, event: E): St;
  scene(state: St, fit: Fit): SceneNode;
  /** The layouts to draw each state in (wide only by default). */
  readonly fits?: readonly Fit[];
}

/**
 * Registers, inside the caller's `describe`: the scene of every state along any run (in each fit) keeps
 * its keys unique and lists the same attribute names for the same key path (`attrNamesTracker`).
 */
export function checkStableScenes<St, E>(c: SceneRuns<St, E>): void {
  const fits = c.fits ?? ['wide'];
  it(`keeps keys unique and attribute names stable across states${fits.length > 1 ? ', wide and narrow' : ''}`, () => {
    const trackers = fits.map((fit) => [fit, attrNamesTracker()] as const);
    fc.assert(
      fc.property(c.events, (list) => {
        let state = c.initial();
        for (const e of list) {
          state = c.step(state, e);
          for (const [fit, track] of trackers) track(c.scene(state, fit));
        }
      }),
    );
  });
}

/** The boxes of a picture's words at the narrow text size, without its ✓ and ✕ marks. */
export function wordBoxes(scene: SceneNode): LabelBox[] {
  return labelBoxes(scene, NARROW_TEXT).filter((box) => box.words !== '✓' && box.words !== '✕');
}

/** Every word of the picture (`wordBoxes`) stands inside `width` (and above `height`), none on top of another. */
export function expectWordsInside(scene: SceneNode, width: number, height = Infinity): void {
  const boxes = wordBoxes(scene);
  for (const box of boxes) {
    expect(box.left, box.words).toBeGreaterThanOrEqual(0);
    expect(box.right, box.words).toBeLessThanOrEqual(width);
    expect(box.bottom, box.words).toBeLessThanOrEqual(height);
  }
  expect(overlaps(boxes)).toEqual([]);
}
