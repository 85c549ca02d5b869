/**
 * The endpoints picture as a scene (kit/scene.ts): the two apps, the three
 * endpoints, the writer and the replicas with their connections, the shared
 * volume, and the Auto Scaling panel. Pure: the server serialises it for the
 * static picture, the view joins it with d3.
 */
import { NARROW_TEXT, NARROW_WIDTH, type Fit } from '../kit/fit';
import { h, picture, type SceneNode } from '../kit/scene';
import { textWidth, wrap, wrapAt } from '../kit/text-width';
import { pictureTitle, scalingFacts } from './describe';
import {
  applied,
  averageCpu,
  connectionsOn,
  customMembers,
  readerMembers,
  isAvailable,
  lagMs,
  MAX_REPLICAS,
  MIN_REPLICAS,
  scaleInBelow,
  TARGET_CPU,
  type EndpointsState,
  type Instance,
  type Replica,
} from './model';
import type { EndpointsStrings } from './strings';

export const TITLE_ID = 'endpoints-picture-title';

interface Span {
  readonly x: number;
  readonly width: number;
}

/**
 * Where things stand, per layout (kit/fit.ts). Wide: the apps above the three
 * endpoints, the instances side by side as columns with one fact per line, the
 * volume and the Auto Scaling gauge below, every endpoint linked to its
 * instances. Narrow (a phone): the endpoints' names and members wrap inside
 * their pills, each instance is a full-width row with its facts on two lines,
 * the gauge's and the volume's words wrap; the endpoint-to-instance lines are
 * left out (they would cross the rows): the pills' words name the members, and
 * a custom-endpoint member's row keeps the analytics colour.
 */
interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly apps: { readonly y: number; readonly height: number; readonly service: Span; readonly analytics: Span };
  readonly endpoints: {
    readonly y: number;
    readonly height: number;
    readonly cluster: Span;
    readonly reader: Span;
    readonly custom: Span;
    /** Baseline of the first line and the distance between lines. */
    readonly first: number;
    readonly pitch: number;
    /** Words wrap to the pill's width (narrow) or stay on one line each (wide). */
    readonly wrap: boolean;
  };
  /** Instance i's box is at (left + i·dx, top + i·dy). */
  readonly box: { readonly left: number; readonly top: number; readonly width: number; readonly height: number; readonly dx: number; readonly dy: number };
  /** Wide: one baseline per fact. Narrow: two baselines, the facts flowing along them. */
  readonly facts: readonly number[];
  /** Whether an instance box says it is in the custom endpoint (narrow: its border's colour and the pill's words say it). */
  readonly member: boolean;
  /** Where requests arrive: the box's top centre, or its right end. */
  readonly port: 'top' | 'end';
  readonly links: boolean;
  readonly volume: { readonly y: number; readonly height: number };
  readonly gauge: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /** The gauge's words: baselines of the heading's first line, of the status's and of the clock's, and the line pitch. */
  readonly panel: { readonly head: number; readonly status: number; readonly clock: number; readonly pitch: number; readonly wrap: boolean };
}

const GEOMETRY: Readonly<Record<Fit, Geometry>> = {
  wide: {
    width: 640,
    height: 404,
    apps: { y: 8, height: 32, service: { x: 10, width: 320 }, analytics: { x: 440, width: 190 } },
    endpoints: {
      y: 60,
      height: 40,
      cluster: { x: 10, width: 124 },
      reader: { x: 160, width: 250 },
      custom: { x: 440, width: 190 },
      first: 17,
      pitch: 15,
      wrap: false,
    },
    box: { left: 10, top: 150, width: 98, height: 112, dx: 104, dy: 0 },
    facts: [19, 36, 52, 70, 87, 104],
    member: true,
    port: 'top',
    links: true,
    volume: { y: 276, height: 24 },
    gauge: { x: 10, y: 334, width: 620, height: 16 },
    panel: { head: 324, status: 372, clock: 392, pitch: 16, wrap: false },
  },
  narrow: {
    width: NARROW_WIDTH,
    height: 482,
    apps: { y: 2, height: 24, service: { x: 2, width: 156 }, analytics: { x: 162, width: 156 } },
    endpoints: {
      y: 34,
      height: 80,
      cluster: { x: 2, width: 86 },
      reader: { x: 92, width: 112 },
      custom: { x: 208, width: 110 },
      first: 16,
      pitch: 15,
      wrap: true,
    },
    box: { left: 2, top: 121, width: 316, height: 33, dx: 0, dy: 36 },
    facts: [14, 29],
    member: false,
    port: 'end',
    links: false,
    volume: { y: 339, height: 22 },
    gauge: { x: 4, y: 399, width: 312, height: 12 },
    // The clock under the gauge, then the status, whose one to three lines end the picture.
    panel: { head: 377, status: 448, clock: 432, pitch: 15, wrap: true },
  },
};

export const WIDTH = GEOMETRY.wide.width;
export const HEIGHT = GEOMETRY.wide.height;

/**
 * How far the volume and the gauge move up when replicas are missing: on a
 * phone the rows of replicas that do not exist take no room (0 when wide,
 * where the columns stand side by side).
 */
function spareOf(state: EndpointsState, fit: Fit): number {
  return (MAX_REPLICAS - state.replicas.length) * GEOMETRY[fit].box.dy;
}

/** How far the gauge moves down for the volume's second line, if any (see volumeWords). */
function volumeExtra(words: readonly string[], fit: Fit): number {
  return (words.length - 1) * GEOMETRY[fit].panel.pitch;
}

/** The picture's size in a layout, for a state (on a phone it grows with the replicas). */
export function sizeOf(fit: Fit, state: EndpointsState, s: EndpointsStrings): { readonly width: number; readonly height: number } {
  const extra = volumeExtra(volumeWords(state, s, fit), fit);
  return { width: GEOMETRY[fit].width, height: GEOMETRY[fit].height - spareOf(state, fit) + extra };
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

const centre = (box: Span): number => box.x + box.width / 2;

/** Where an app's requests leave from (above the endpoint, within the app's box), and where they enter an endpoint. */
export function portsOf(fit: Fit) {
  const { apps, endpoints } = GEOMETRY[fit];
  const from = (app: Span, to: Span): Point => ({
    x: Math.min(Math.max(centre(to), app.x + 12), app.x + app.width - 12),
    y: apps.y + apps.height,
  });
  const bottom = endpoints.y + endpoints.height;
  return {
    service: from(apps.service, endpoints.cluster),
    serviceReads: from(apps.service, endpoints.reader),
    analytics: from(apps.analytics, endpoints.custom),
    cluster: { x: centre(endpoints.cluster), y: bottom },
    reader: { x: centre(endpoints.reader), y: bottom },
    custom: { x: centre(endpoints.custom), y: bottom },
  } as const;
}

/** Column (wide) or row (narrow) of an instance: the writer first, then replicas 1–5. */
function columnOf(instance: Instance): number {
  return instance === 'writer' ? 0 : instance;
}

export function boxOf(instance: Instance, fit: Fit = 'wide'): { x: number; y: number; width: number; height: number } {
  const { box } = GEOMETRY[fit];
  const i = columnOf(instance);
  return { x: box.left + i * box.dx, y: box.top + i * box.dy, width: box.width, height: box.height };
}

/** Where requests arrive at an instance: its top centre (wide), its right end (narrow). */
export function portOf(instance: Instance, fit: Fit = 'wide'): Point {
  const box = boxOf(instance, fit);
  return GEOMETRY[fit].port === 'top'
    ? { x: box.x + box.width / 2, y: box.y }
    : { x: box.x + box.width - 10, y: box.y + box.height / 2 };
}

interface Served {
  readonly count: number;
  readonly value: number;
  readonly stale: boolean;
}

/** Which instances served the last read or report. */
export function servedBy(state: EndpointsState): ReadonlyMap<Instance, Served> {
  const out = new Map<Instance, Served>();
  const last = state.last;
  const reads = last?.type === 'read' ? last.reads : last?.type === 'report' && last.read ? [last.read] : [];
  for (const read of reads) {
    const was = out.get(read.instance);
    out.set(read.instance, {
      count: (was?.count ?? 0) + 1,
      value: read.value,
      stale: (was?.stale ?? false) || read.stale,
    });
  }
  return out;
}

function text(key: string, x: number, y: number, content: string, cls: string | null = null): SceneNode {
  return h('text', key, { class: cls, x, y }, content);
}

/** Lines of words, one text node each (keys `key`, `key-1`, …), from baseline `y`. */
function lines(key: string, x: number, y: number, pitch: number, words: readonly string[], attrs: Record<string, string>): SceneNode[] {
  return words.map((line, i) => h('text', i === 0 ? key : `${key}-${i}`, { ...attrs, x, y: y + i * pitch }, line));
}

interface Fact {
  readonly key: string;
  readonly words: string;
  readonly cls: string;
}

const widthOf = (fact: Fact): number => textWidth(fact.words, NARROW_TEXT);
const FACT_GAP = 12;

/**
 * Where each fact of an instance stands inside its box. Wide: one per line.
 * Narrow: name, tag and membership along the first line, data, connections and
 * the last read along the second; when the second is too long, the
 * connections (or else the last read) move to the end of the first.
 */
function factPlaces(facts: readonly Fact[], fit: Fit, room: number): Point[] {
  const baselines = GEOMETRY[fit].facts;
  if (baselines.length === facts.length) return facts.map((_, i) => ({ x: 8, y: baselines[i] ?? 0 }));
  const shown = facts.filter((fact) => fact.words !== '');
  const length = (line: readonly Fact[]): number => line.reduce((sum, fact) => sum + widthOf(fact) + FACT_GAP, 8 - FACT_GAP);
  const first = shown.filter((fact) => ['name', 'tag', 'member'].includes(fact.key));
  let second = shown.filter((fact) => !first.includes(fact));
  for (const key of ['conns', 'served']) {
    const moving = second.find((fact) => fact.key === key);
    if (!moving || length(second) <= room || length([...first, moving]) > room) continue;
    first.push(moving);
    second = second.filter((fact) => fact !== moving);
  }
  const places = new Map<string, Point>();
  [first, second].forEach((line, i) => {
    let x = 8;
    for (const fact of line) {
      places.set(fact.key, { x, y: baselines[i] ?? 0 });
      x += widthOf(fact) + FACT_GAP;
    }
  });
  return facts.map((fact) => places.get(fact.key) ?? { x: 8, y: baselines[0] ?? 0 });
}

function instanceNode(
  state: EndpointsState,
  instance: Instance,
  replica: Replica | null,
  s: EndpointsStrings,
  served: Served | undefined,
  fit: Fit,
): SceneNode {
  const box = boxOf(instance, fit);
  const behind = state.latest - applied(state);
  const ready = replica === null || isAvailable(replica);
  const name = instance === 'writer' ? s.picture.writer : s.picture.replica(instance);
  const tag =
    replica === null
      ? s.picture.writerTag
      : !ready
        ? s.picture.creating
        : replica.auto
          ? s.picture.auto
          : s.picture.manual;
  const data = !ready
    ? ''
    : instance === 'writer' || behind === 0
      ? s.picture.version(state.latest)
      : s.picture.behind(applied(state), behind);
  const conns = instance === 'writer' ? null : connectionsOn(state, instance);
  const connText =
    conns === null
      ? ''
      : [
          ...conns.service.map((id) => s.picture.conn({ app: 'service', id, replica: 1 })),
          ...conns.analytics.map((id) => s.picture.conn({ app: 'analytics', id, replica: 1 })),
        ].join(' ');
  const facts: Fact[] = [
    { key: 'name', words: name, cls: 'ep-name' },
    { key: 'tag', words: tag, cls: 'ep-small' },
    { key: 'member', words: replica?.analytics && GEOMETRY[fit].member ? s.picture.member : '', cls: 'ep-small ep-member' },
    { key: 'data', words: data, cls: behind > 0 && instance !== 'writer' && ready ? 'ep-data is-behind' : 'ep-data' },
    { key: 'conns', words: conns === null ? '' : connText === '' ? s.picture.noConnections : connText, cls: 'ep-small' },
    {
      key: 'served',
      words: served ? s.picture.served(served.count, served.value, served.stale) : '',
      cls: served?.stale ? 'ep-served is-stale' : 'ep-served',
    },
  ];
  const places = factPlaces(facts, fit, box.width - 6);
  const cls =
    instance === 'writer'
      ? 'ep-inst is-writer'
      : `ep-inst${ready ? '' : ' is-creating'}${replica?.analytics ? ' is-member' : ''}`;
  // Pressing a replica presses its custom-endpoint checkbox: it joins or leaves the analytics endpoint.
  const press = instance === 'writer' ? null : `[data-part="member"][data-replica="${instance}"]`;
  return h(
    'g',
    instance === 'writer' ? 'inst-writer' : `inst-r${instance}`,
    {
      class: served ? `${cls} is-served` : cls,
      transform: `translate(${box.x},${box.y})`,
      'data-instance': instance === 'writer' ? 'writer' : `r${instance}`,
      'data-press': press,
    },
    [
      h('rect', 'box', { class: 'ep-box', x: 0, y: 0, width: box.width, height: box.height, rx: 6 }),
      ...facts.map((fact, i) => text(fact.key, places[i]?.x ?? 0, places[i]?.y ?? 0, fact.words, fact.cls)),
    ],
  );
}

function link(key: string, from: Point, to: Point, cls: string): SceneNode {
  return h('line', key, { class: cls, x1: from.x, y1: from.y, x2: to.x, y2: to.y });
}

function endpointNode(key: string, box: Span, label: string, sub: string, press: string, fit: Fit): SceneNode {
  const { y, height, first, pitch, wrap: wraps } = GEOMETRY[fit].endpoints;
  const room = box.width - 8;
  const labelLines = wraps ? wrap(label, room, NARROW_TEXT) : [label];
  const subLines = wraps ? wrap(sub, room, NARROW_TEXT) : [sub];
  const middle = { 'text-anchor': 'middle' };
  // Pressing an endpoint sends a request through it (the button that does the same).
  return h('g', key, { class: 'ep-endpoint', 'data-press': press }, [
    h('rect', 'box', { x: box.x, y, width: box.width, height, rx: wraps ? 12 : 18 }),
    ...lines('label', centre(box), y + first, pitch, labelLines, { ...middle, class: 'ep-ep-label' }),
    ...lines('sub', centre(box), y + first + labelLines.length * pitch, pitch, subLines, { ...middle, class: 'ep-ep-sub' }),
  ]);
}

function links(state: EndpointsState, fit: Fit): SceneNode[] {
  const ports = portsOf(fit);
  const top = GEOMETRY[fit].endpoints.y;
  const out: SceneNode[] = [
    link('app-cluster', ports.service, { x: ports.cluster.x, y: top }, 'ep-link is-used'),
    link('app-reader', ports.serviceReads, { x: ports.reader.x, y: top }, 'ep-link is-used'),
    link(
      'app-custom',
      ports.analytics,
      { x: ports.custom.x, y: top },
      state.analytics.length > 0 ? 'ep-link is-used is-analytics' : 'ep-link is-analytics',
    ),
  ];
  if (!GEOMETRY[fit].links) return out;
  out.push(link('cluster-writer', ports.cluster, portOf('writer', fit), 'ep-link is-used'));
  for (const replica of state.replicas) {
    if (!isAvailable(replica)) continue;
    const on = connectionsOn(state, replica.id);
    out.push(
      link(
        `reader-r${replica.id}`,
        ports.reader,
        portOf(replica.id, fit),
        on.service.length > 0 ? 'ep-link is-used' : 'ep-link',
      ),
    );
    if (replica.analytics) {
      out.push(
        link(
          `custom-r${replica.id}`,
          ports.custom,
          portOf(replica.id, fit),
          on.analytics.length > 0 ? 'ep-link is-used is-analytics' : 'ep-link is-analytics',
        ),
      );
    }
  }
  return out;
}

/** The volume's words: on a phone wrapped to its bar, which grows a line for each line after the first. */
function volumeWords(state: EndpointsState, s: EndpointsStrings, fit: Fit): string[] {
  const { gauge, panel } = GEOMETRY[fit];
  const words = s.picture.volume(state.latest);
  return panel.wrap ? wrapAt(words, gauge.width - 20, NARROW_TEXT) : [words];
}

function scalingPanel(state: EndpointsState, s: EndpointsStrings, fit: Fit, down: number): SceneNode {
  const { gauge, panel, width } = GEOMETRY[fit];
  const cpu = averageCpu(state);
  const scale = (value: number): number => gauge.x + (Math.min(Math.max(value, 0), 100) / 100) * gauge.width;
  const over = cpu > TARGET_CPU;
  const room = width - 2 * gauge.x;
  const words = (line: string, size: number): string[] => (panel.wrap ? wrapAt(line, room, size) : [line]);
  const head = `${s.picture.cpu(cpu)} · ${s.picture.target(TARGET_CPU)} · ${s.picture.policy(
    state.replicas.length,
    MIN_REPLICAS,
    MAX_REPLICAS,
  )}`;
  return h('g', 'scaling', { class: `ep-scaling${over ? ' is-over' : ''}`, transform: `translate(0,${down})` }, [
    ...lines('head', gauge.x, panel.head, panel.pitch, words(head, NARROW_TEXT), { class: 'ep-head' }),
    h('rect', 'track', { class: 'ep-track', x: gauge.x, y: gauge.y, width: gauge.width, height: gauge.height, rx: 3 }),
    h('rect', 'fill', {
      class: 'ep-fill',
      x: gauge.x,
      y: gauge.y,
      width: scale(cpu) - gauge.x,
      height: gauge.height,
      rx: 3,
    }),
    link(
      'in-mark',
      { x: scale(scaleInBelow()), y: gauge.y - 4 },
      { x: scale(scaleInBelow()), y: gauge.y + gauge.height + 4 },
      'ep-mark is-in',
    ),
    link(
      'target-mark',
      { x: scale(TARGET_CPU), y: gauge.y - 6 },
      { x: scale(TARGET_CPU), y: gauge.y + gauge.height + 6 },
      'ep-mark',
    ),
    ...lines('status', gauge.x, panel.status, panel.pitch, words(s.picture.scaling(scalingFacts(state)), NARROW_TEXT), {
      class: 'ep-status',
    }),
    text('clock', gauge.x, panel.clock, `${s.picture.lag(lagMs(state))} · ${s.picture.clock(state.now)}`, 'ep-status'),
  ]);
}

/** The whole picture for a state, laid out for `fit`. */
export function sceneOf(state: EndpointsState, s: EndpointsStrings, fit: Fit = 'wide'): SceneNode {
  const g = GEOMETRY[fit];
  const served = servedBy(state);
  const instances: SceneNode[] = [instanceNode(state, 'writer', null, s, served.get('writer'), fit)];
  for (const replica of state.replicas) {
    instances.push(instanceNode(state, replica.id, replica, s, served.get(replica.id), fit));
  }
  const { apps, endpoints, volume } = g;
  const size = sizeOf(fit, state, s);
  const volumeLines = volumeWords(state, s, fit);
  const extra = volumeExtra(volumeLines, fit);
  const inset = fit === 'narrow' ? 8 : 12;
  const appBox = (key: string, app: Span, label: string): SceneNode[] => [
    h('rect', key, { x: app.x, y: apps.y, width: app.width, height: apps.height, rx: 6 }),
    text(`${key}-label`, app.x + inset, apps.y + apps.height - 11, label),
  ];
  return picture(
    'endpoints',
    { class: 'ep-picture', width: size.width, height: size.height, title: pictureTitle(state, s) },
    [
      h('g', 'links', {}, links(state, fit)),
      h('g', 'apps', { class: 'ep-app' }, [
        ...appBox('service', apps.service, s.picture.serviceApp),
        ...appBox('analytics', apps.analytics, s.picture.analyticsApp),
      ]),
      h('g', 'endpoints', {}, [
        endpointNode('cluster', endpoints.cluster, s.picture.clusterEndpoint, '→ ' + s.picture.writer, '[data-part="write"]', fit),
        endpointNode(
          'reader',
          endpoints.reader,
          s.picture.readerEndpoint,
          '→ ' + s.picture.members(readerMembers(state)),
          '[data-part="read-replica"]',
          fit,
        ),
        endpointNode(
          'custom',
          endpoints.custom,
          s.picture.customEndpoint,
          `analytics → ${s.picture.members(customMembers(state))}`,
          '[data-part="report"]',
          fit,
        ),
      ]),
      h('g', 'instances', {}, instances),
      h('g', 'below', { transform: `translate(0,${-spareOf(state, fit)})` }, [
        h('g', 'volume', { class: 'ep-volume' }, [
          h('rect', 'bar', { x: g.gauge.x, y: volume.y, width: g.gauge.width, height: volume.height + extra, rx: 4 }),
          ...lines('label', g.gauge.x + 10, volume.y + 16, g.panel.pitch, volumeLines, {}),
        ]),
        scalingPanel(state, s, fit, extra),
      ]),
      // The animation layer: drawn by the view, left alone by the scene.
      h('g', 'messages', { class: 'ep-messages', 'aria-hidden': 'true' }),
    ],
  );
}
