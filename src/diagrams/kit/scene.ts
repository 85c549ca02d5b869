/**
 * A scene: the picture a diagram draws, as plain data. The same scene is
 * serialised to SVG markup on the server (the static picture readers see
 * without JavaScript) and joined into the DOM with d3 in the browser
 * (scene-d3.ts), so both pictures come from one description.
 *
 * Rules: `key` is unique among siblings; a node with the same key always
 * lists the same attribute names (use null to leave one out); a node has
 * either `text` or `children`. `children: undefined` means "not managed":
 * the browser side leaves whatever is inside alone (e.g. an animation layer).
 */

export type AttrValue = string | number | null;

export interface SceneNode {
  readonly tag: string;
  readonly key: string;
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly text?: string;
  readonly children?: readonly SceneNode[];
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Builds a node: `h('rect', 'box', { x: 0 })`, `h('text', 'label', {}, 'AZ a')`. */
export function h(
  tag: string,
  key: string,
  attrs: Readonly<Record<string, AttrValue>> = {},
  content?: string | readonly SceneNode[],
): SceneNode {
  if (typeof content === 'string') return { tag, key, attrs, text: content };
  if (content === undefined) return { tag, key, attrs };
  return { tag, key, attrs, children: content };
}

const TAG = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const ATTR = /^[a-zA-Z_:][a-zA-Z0-9_:.-]*$/;

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** A number as short, stable text: rounded to 2 decimals, never "-0" or "NaN". */
export function formatValue(value: string | number): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function attrsMarkup(key: string, attrs: Readonly<Record<string, AttrValue>>): string {
  let out = ` data-key="${escapeAttr(key)}"`;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null) continue;
    if (!ATTR.test(name) || name === 'data-key') throw new Error(`bad attribute name: ${name}`);
    out += ` ${name}="${escapeAttr(formatValue(value))}"`;
  }
  return out;
}

/** SVG markup for a node and everything under it, every element keyed by `data-key`. */
export function toMarkup(node: SceneNode): string {
  if (!TAG.test(node.tag)) throw new Error(`bad tag: ${node.tag}`);
  const open = `<${node.tag}${attrsMarkup(node.key, node.attrs)}`;
  const inner =
    node.text !== undefined ? escapeText(node.text) : (node.children ?? []).map((child) => toMarkup(child)).join('');
  return `${open}>${inner}</${node.tag}>`;
}

/** What every diagram's picture says about itself: its class, size, title (and its id), and its own `data-` state. */
export interface PictureFrame {
  readonly class: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** The `<title>`'s id, which `aria-labelledby` names; `<key>-picture-title` unless the page can hold two. */
  readonly titleId?: string;
  readonly data?: Readonly<Record<string, AttrValue>>;
}

/**
 * A diagram's whole picture: the `<svg>` (`data-part="picture"`, `role="img"`, labelled by its `<title>`)
 * with the title first and then `children`.
 */
export function picture(key: string, p: PictureFrame, children: readonly SceneNode[]): SceneNode {
  const titleId = p.titleId ?? `${key}-picture-title`;
  return h(
    'svg',
    key,
    {
      class: p.class,
      'data-part': 'picture',
      viewBox: `0 0 ${p.width} ${p.height}`,
      role: 'img',
      'aria-labelledby': titleId,
      ...p.data,
    },
    [h('title', 'title', { id: titleId }, p.title), ...children],
  );
}
