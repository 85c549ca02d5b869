/**
 * Joins a scene (scene.ts) into live SVG with d3. Elements are matched by
 * their `data-key`, so the server-rendered static picture is adopted as it
 * is, not thrown away. Geometry moves with a transition when `duration` is
 * above 0; with 0 (reduced motion, or d3-transition not loaded yet: kit/transitions.ts)
 * every change lands at once.
 */
import { select, type Selection } from 'd3-selection';
import { formatValue, SVG_NS, type AttrValue, type SceneNode } from './scene';
import { stopMoving } from './transitions';

/** Attributes that never animate: they are names, not geometry. */
const INSTANT = /^(class|id|role|data-|aria-|text-anchor|dominant-baseline|font-)/;

/** Counts running transitions and mirrors "busy" onto an element as `data-animating`. */
export interface Activity {
  track(transition: Trackable): void;
  busy(): boolean;
}

/** What a d3 transition offers for tracking. */
export interface Trackable {
  empty(): boolean;
  end(): Promise<void>;
}

export function createActivity(target: Element | null): Activity {
  let running = 0;
  const mark = (): void => target?.setAttribute('data-animating', running > 0 ? 'true' : 'false');
  mark();
  return {
    track(transition) {
      if (transition.empty()) return;
      running += 1;
      mark();
      const done = (): void => {
        running -= 1;
        mark();
      };
      transition.end().then(done, done);
    },
    busy: () => running > 0,
  };
}

export interface ApplyOptions {
  /** ms; 0 means no transition at all. */
  readonly duration: number;
  readonly activity?: Activity;
}

type Sel = Selection<Element, SceneNode, Element, unknown>;

function setInstant(el: Element, name: string, value: AttrValue): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, formatValue(value));
}

function update(sel: Sel, options: ApplyOptions): void {
  const moving = new Map<Element, Array<[string, string]>>();
  sel.each(function (node) {
    const el = this;
    // A newer picture wins over one still moving.
    if (options.duration === 0) stopMoving(select(el), 'scene');
    el.setAttribute('data-key', node.key);
    for (const [name, value] of Object.entries(node.attrs)) {
      const text = value === null ? null : formatValue(value);
      if (el.getAttribute(name) === text) continue;
      if (options.duration > 0 && text !== null && !INSTANT.test(name) && el.hasAttribute(name)) {
        const list = moving.get(el) ?? [];
        list.push([name, text]);
        moving.set(el, list);
      } else {
        setInstant(el, name, value);
      }
    }
    if (node.text !== undefined && el.textContent !== node.text) el.textContent = node.text;
    if (node.children) join(el, node.children, options);
  });
  for (const [el, list] of moving) {
    const transition = select(el).transition('scene').duration(options.duration);
    for (const [name, text] of list) transition.attr(name, text);
    options.activity?.track(transition);
  }
}

function join(parent: Element, nodes: readonly SceneNode[], options: ApplyOptions): void {
  select(parent)
    .selectChildren<Element, SceneNode>()
    .data(nodes, function (datum, _index, group) {
      // d3 asks each existing element (this = element), then each datum (group = data).
      if ((group as ArrayLike<unknown>) === nodes) return `${datum.tag}:${datum.key}`;
      const el = this as Element;
      return `${el.localName}:${el.getAttribute('data-key') ?? ''}`;
    })
    .join(
      (enter) =>
        enter.append((node) => {
          const el = parent.ownerDocument.createElementNS(SVG_NS, node.tag);
          el.setAttribute('data-key', node.key);
          return el;
        }),
      (existing) => existing,
      (exit) => exit.remove(),
    )
    .call((sel) => update(sel, options));
}

/** Makes `root` hold `scene`'s children and attributes (the root's own tag is not changed). */
export function applyScene(root: Element, scene: SceneNode, options: ApplyOptions): void {
  for (const [name, value] of Object.entries(scene.attrs)) setInstant(root, name, value);
  if (scene.children) join(root, scene.children, options);
}

/** The name of the transitions that move dots along a request's path. */
export const MESSAGE = 'message';

interface Point {
  readonly x: number;
  readonly y: number;
}

/** The picture's `[data-key="messages"]` layer, where dots travel (null when it has none). */
export function messageLayer(svg: SVGSVGElement): SVGGElement | null {
  return svg.querySelector<SVGGElement>('[data-key="messages"]');
}

/** Removes the dots still travelling in the messages layer. */
export function clearMessages(svg: SVGSVGElement): void {
  const layer = messageLayer(svg);
  if (layer) stopMoving(select(layer).selectAll('circle'), MESSAGE).remove();
}

/**
 * Sends a dot (class `className`) along each hop, one after another, in the
 * picture's `[data-key="messages"]` layer; dots still running from before are
 * removed first. With `hopMs` 0 (reduced motion) nothing is sent.
 */
export function sendDots(
  svg: SVGSVGElement,
  hops: readonly (readonly [Point, Point])[],
  hopMs: number,
  className: (index: number) => string,
  activity: Activity,
): void {
  const layer = messageLayer(svg);
  if (!layer) return;
  clearMessages(svg);
  if (hopMs <= 0) return;
  hops.forEach(([from, to], i) => {
    const moving = select(layer)
      .append('circle')
      .attr('class', className(i))
      .attr('r', 6)
      .attr('cx', from.x)
      .attr('cy', from.y)
      .attr('opacity', 0)
      .transition(MESSAGE)
      .delay(i * hopMs)
      .duration(0)
      .attr('opacity', 1)
      .transition()
      .duration(hopMs * 0.9)
      .attr('cx', to.x)
      .attr('cy', to.y)
      .remove();
    activity.track(moving);
  });
}
