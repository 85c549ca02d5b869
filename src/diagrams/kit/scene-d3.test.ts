import { describe, expect, it } from 'vitest';
// What the island loads on demand (kit/transitions.ts); these tests use transitions from the start.
import 'd3-transition';
import { applyScene, createActivity } from './scene-d3';
import { h, SVG_NS, type SceneNode } from './scene';

/**
 * Just enough of the DOM for d3-selection's joins: children, attributes,
 * text, insertion and removal. Node has no DOM; the browser side of the
 * figure is covered end to end by e2e/quorum.spec.ts.
 */
class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly children: FakeElement[] = [];
  parentNode: FakeElement | null = null;
  private text = '';
  constructor(
    readonly ownerDocument: FakeDocument,
    readonly namespaceURI: string,
    readonly localName: string,
  ) {}
  get textContent(): string {
    return this.children.length ? this.children.map((c) => c.textContent).join('') : this.text;
  }
  set textContent(value: string) {
    for (const child of this.children) child.parentNode = null;
    this.children.length = 0;
    this.text = value;
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  appendChild(child: FakeElement): FakeElement {
    return this.insertBefore(child, null);
  }
  insertBefore(child: FakeElement, next: FakeElement | null): FakeElement {
    child.parentNode?.removeChild(child);
    const at = next ? this.children.indexOf(next) : -1;
    if (at < 0) this.children.push(child);
    else this.children.splice(at, 0, child);
    child.parentNode = this;
    return child;
  }
  removeChild(child: FakeElement): FakeElement {
    const at = this.children.indexOf(child);
    if (at >= 0) this.children.splice(at, 1);
    child.parentNode = null;
    return child;
  }
  compareDocumentPosition(other: FakeElement): number {
    const siblings = this.parentNode?.children ?? [];
    return siblings.indexOf(other) > siblings.indexOf(this) ? 4 : 2;
  }
}

class FakeDocument {
  readonly documentElement = { namespaceURI: SVG_NS };
  createElementNS(ns: string, name: string): FakeElement {
    return new FakeElement(this, ns, name);
  }
}

function svgRoot(): { root: Element; fake: FakeElement } {
  const fake = new FakeDocument().createElementNS(SVG_NS, 'svg');
  return { fake, root: fake as unknown as Element };
}

function shape(el: FakeElement): string {
  const attrs = [...el.attributes].map(([k, v]) => `${k}=${v}`).join(' ');
  const inner = el.children.length ? el.children.map(shape).join('') : el.textContent;
  return `<${el.localName} ${attrs}>${inner}</${el.localName}>`;
}

const scene = (labels: readonly string[], x: number): SceneNode =>
  h('svg', 'root', { viewBox: '0 0 100 100' }, [
    h(
      'g',
      'items',
      {},
      labels.map((label, i) => h('text', label, { x: x + i, class: `item ${label}` }, label)),
    ),
    h('g', 'layer', { class: 'free' }),
  ]);

describe('applyScene', () => {
  it('creates the scene under an empty root', () => {
    const { root, fake } = svgRoot();
    applyScene(root, scene(['a', 'b'], 10), { duration: 0 });
    expect(shape(fake)).toBe(
      '<svg viewBox=0 0 100 100>' +
        '<g data-key=items><text data-key=a x=10 class=item a>a</text><text data-key=b x=11 class=item b>b</text></g>' +
        '<g data-key=layer class=free></g></svg>',
    );
  });

  it('updates in place by key, adds, removes and reorders', () => {
    const { root, fake } = svgRoot();
    applyScene(root, scene(['a', 'b', 'c'], 0), { duration: 0 });
    const items = fake.children[0];
    const b = items?.children[1];
    applyScene(root, scene(['c', 'b', 'd'], 50), { duration: 0 });
    expect(items?.children.map((c) => c.getAttribute('data-key'))).toEqual(['c', 'b', 'd']);
    expect(items?.children[1]).toBe(b);
    expect(b?.getAttribute('x')).toBe('51');
    expect(items?.children[2]?.textContent).toBe('d');
  });

  it('adopts server-rendered elements instead of replacing them', () => {
    const { root, fake } = svgRoot();
    const doc = fake.ownerDocument;
    const items = doc.createElementNS(SVG_NS, 'g');
    items.setAttribute('data-key', 'items');
    const a = doc.createElementNS(SVG_NS, 'text');
    a.setAttribute('data-key', 'a');
    a.textContent = 'a';
    items.appendChild(a);
    fake.appendChild(items);
    applyScene(root, scene(['a'], 5), { duration: 0 });
    expect(fake.children[0]).toBe(items);
    expect(items.children[0]).toBe(a);
    expect(a.getAttribute('x')).toBe('5');
  });

  it('leaves unmanaged children alone and removes null attributes', () => {
    const { root, fake } = svgRoot();
    applyScene(root, scene(['a'], 0), { duration: 0 });
    const layer = fake.children[1];
    const dot = fake.ownerDocument.createElementNS(SVG_NS, 'circle');
    layer?.appendChild(dot);
    applyScene(root, h('svg', 'root', {}, [h('g', 'items', {}, []), h('g', 'layer', { class: null })]), {
      duration: 0,
    });
    expect(layer?.children).toEqual([dot]);
    expect(layer?.hasAttribute('class')).toBe(false);
    expect(fake.children[0]?.children).toEqual([]);
  });

  it('moves geometry over time when a duration is given, and reports it busy meanwhile', async () => {
    const { root, fake } = svgRoot();
    const marker = svgRoot().fake;
    const activity = createActivity(marker as unknown as Element);
    expect(marker.getAttribute('data-animating')).toBe('false');
    applyScene(root, scene(['a'], 0), { duration: 40, activity });
    // New elements appear at once: nothing to move from.
    expect(activity.busy()).toBe(false);
    const a = fake.children[0]?.children[0];
    applyScene(root, scene(['a'], 100), { duration: 40, activity });
    expect(a?.getAttribute('class')).toBe('item a');
    expect(activity.busy()).toBe(true);
    expect(marker.getAttribute('data-animating')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(a?.getAttribute('x')).toBe('100');
    expect(activity.busy()).toBe(false);
    expect(marker.getAttribute('data-animating')).toBe('false');
  });
});
