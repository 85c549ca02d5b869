/**
 * The endpoints picture as a scene (kit/scene.ts): the two apps, the three
 * endpoints, the writer and the replicas with their connections, the shared
 * volume, and the Auto Scaling panel. Pure: the server serialises it for the
 * static picture, the view joins it with d3.
 */
import { h, type SceneNode } from '../kit/scene';
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

export const WIDTH = 640;
export const HEIGHT = 404;
export const TITLE_ID = 'endpoints-picture-title';

const APPS = { y: 8, height: 32 } as const;
const SERVICE_APP = { x: 10, width: 320 } as const;
const ANALYTICS_APP = { x: 440, width: 190 } as const;
const ENDPOINTS = { y: 60, height: 40 } as const;
export const CLUSTER_EP = { x: 10, width: 124 } as const;
export const READER_EP = { x: 160, width: 250 } as const;
export const CUSTOM_EP = { x: 440, width: 190 } as const;
const BOX = { top: 150, width: 98, height: 112, pitch: 104, left: 10 } as const;
const VOLUME = { y: 276, height: 24 } as const;
const GAUGE = { x: 10, y: 334, width: 620, height: 16 } as const;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export const centre = (box: { readonly x: number; readonly width: number }): number => box.x + box.width / 2;

/** Where an app's requests leave from, and where they enter an endpoint. */
export const PORTS = {
  service: { x: centre(CLUSTER_EP), y: APPS.y + APPS.height },
  serviceReads: { x: centre(READER_EP), y: APPS.y + APPS.height },
  analytics: { x: centre(CUSTOM_EP), y: APPS.y + APPS.height },
  cluster: { x: centre(CLUSTER_EP), y: ENDPOINTS.y + ENDPOINTS.height },
  reader: { x: centre(READER_EP), y: ENDPOINTS.y + ENDPOINTS.height },
  custom: { x: centre(CUSTOM_EP), y: ENDPOINTS.y + ENDPOINTS.height },
} as const;

/** Column of an instance: the writer first, then replicas 1–5. */
export function columnOf(instance: Instance): number {
  return instance === 'writer' ? 0 : instance;
}

export function boxOf(instance: Instance): { x: number; y: number; width: number; height: number } {
  return { x: BOX.left + columnOf(instance) * BOX.pitch, y: BOX.top, width: BOX.width, height: BOX.height };
}

/** The top centre of an instance's box: where requests arrive. */
export function portOf(instance: Instance): Point {
  const box = boxOf(instance);
  return { x: box.x + box.width / 2, y: box.y };
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

function instanceNode(
  state: EndpointsState,
  instance: Instance,
  replica: Replica | null,
  s: EndpointsStrings,
  served: Served | undefined,
): SceneNode {
  const box = boxOf(instance);
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
  const children: SceneNode[] = [
    h('rect', 'box', { class: 'ep-box', x: 0, y: 0, width: box.width, height: box.height, rx: 6 }),
    text('name', 8, 19, name, 'ep-name'),
    text('tag', 8, 36, tag, 'ep-small'),
    text('member', 8, 52, replica?.analytics ? s.picture.member : '', 'ep-small ep-member'),
    text('data', 8, 70, data, behind > 0 && instance !== 'writer' && ready ? 'ep-data is-behind' : 'ep-data'),
    text('conns', 8, 87, conns === null ? '' : connText === '' ? s.picture.noConnections : connText, 'ep-small'),
    text(
      'served',
      8,
      104,
      served ? s.picture.served(served.count, served.value, served.stale) : '',
      served?.stale ? 'ep-served is-stale' : 'ep-served',
    ),
  ];
  const cls =
    instance === 'writer'
      ? 'ep-inst is-writer'
      : `ep-inst${ready ? '' : ' is-creating'}${replica?.analytics ? ' is-member' : ''}`;
  return h(
    'g',
    instance === 'writer' ? 'inst-writer' : `inst-r${instance}`,
    {
      class: served ? `${cls} is-served` : cls,
      transform: `translate(${box.x},${box.y})`,
      'data-instance': instance === 'writer' ? 'writer' : `r${instance}`,
    },
    children,
  );
}

function link(key: string, from: Point, to: Point, cls: string): SceneNode {
  return h('line', key, { class: cls, x1: from.x, y1: from.y, x2: to.x, y2: to.y });
}

function endpointNode(
  key: string,
  box: { readonly x: number; readonly width: number },
  label: string,
  sub: string,
): SceneNode {
  return h('g', key, { class: 'ep-endpoint' }, [
    h('rect', 'box', { x: box.x, y: ENDPOINTS.y, width: box.width, height: ENDPOINTS.height, rx: 18 }),
    text('label', centre(box), ENDPOINTS.y + 17, label, 'ep-ep-label'),
    text('sub', centre(box), ENDPOINTS.y + 32, sub, 'ep-ep-sub'),
  ]);
}

function links(state: EndpointsState): SceneNode[] {
  const out: SceneNode[] = [
    link('app-cluster', PORTS.service, { x: PORTS.cluster.x, y: ENDPOINTS.y }, 'ep-link is-used'),
    link('app-reader', PORTS.serviceReads, { x: PORTS.reader.x, y: ENDPOINTS.y }, 'ep-link is-used'),
    link(
      'app-custom',
      PORTS.analytics,
      { x: PORTS.custom.x, y: ENDPOINTS.y },
      state.analytics.length > 0 ? 'ep-link is-used is-analytics' : 'ep-link is-analytics',
    ),
    link('cluster-writer', PORTS.cluster, portOf('writer'), 'ep-link is-used'),
  ];
  for (const replica of state.replicas) {
    if (!isAvailable(replica)) continue;
    const on = connectionsOn(state, replica.id);
    out.push(
      link(
        `reader-r${replica.id}`,
        PORTS.reader,
        portOf(replica.id),
        on.service.length > 0 ? 'ep-link is-used' : 'ep-link',
      ),
    );
    if (replica.analytics) {
      out.push(
        link(
          `custom-r${replica.id}`,
          PORTS.custom,
          portOf(replica.id),
          on.analytics.length > 0 ? 'ep-link is-used is-analytics' : 'ep-link is-analytics',
        ),
      );
    }
  }
  return out;
}

function scalingPanel(state: EndpointsState, s: EndpointsStrings): SceneNode {
  const cpu = averageCpu(state);
  const scale = (value: number): number => GAUGE.x + (Math.min(Math.max(value, 0), 100) / 100) * GAUGE.width;
  const over = cpu > TARGET_CPU;
  return h('g', 'scaling', { class: `ep-scaling${over ? ' is-over' : ''}` }, [
    text(
      'head',
      GAUGE.x,
      GAUGE.y - 10,
      `${s.picture.cpu(cpu)} · ${s.picture.target(TARGET_CPU)} · ${s.picture.policy(
        state.replicas.length,
        MIN_REPLICAS,
        MAX_REPLICAS,
      )}`,
      'ep-head',
    ),
    h('rect', 'track', { class: 'ep-track', x: GAUGE.x, y: GAUGE.y, width: GAUGE.width, height: GAUGE.height, rx: 3 }),
    h('rect', 'fill', {
      class: 'ep-fill',
      x: GAUGE.x,
      y: GAUGE.y,
      width: scale(cpu) - GAUGE.x,
      height: GAUGE.height,
      rx: 3,
    }),
    link(
      'in-mark',
      { x: scale(scaleInBelow()), y: GAUGE.y - 4 },
      { x: scale(scaleInBelow()), y: GAUGE.y + GAUGE.height + 4 },
      'ep-mark is-in',
    ),
    link(
      'target-mark',
      { x: scale(TARGET_CPU), y: GAUGE.y - 6 },
      { x: scale(TARGET_CPU), y: GAUGE.y + GAUGE.height + 6 },
      'ep-mark',
    ),
    text('status', GAUGE.x, GAUGE.y + GAUGE.height + 22, s.picture.scaling(scalingFacts(state)), 'ep-status'),
    text(
      'clock',
      GAUGE.x,
      GAUGE.y + GAUGE.height + 42,
      `${s.picture.lag(lagMs(state))} · ${s.picture.clock(state.now)}`,
      'ep-status',
    ),
  ]);
}

/** The whole picture for a state. */
export function sceneOf(state: EndpointsState, s: EndpointsStrings): SceneNode {
  const served = servedBy(state);
  const instances: SceneNode[] = [instanceNode(state, 'writer', null, s, served.get('writer'))];
  for (const replica of state.replicas) {
    instances.push(instanceNode(state, replica.id, replica, s, served.get(replica.id)));
  }
  return h(
    'svg',
    'endpoints',
    {
      class: 'ep-picture',
      'data-part': 'picture',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': TITLE_ID,
    },
    [
      h('title', 'title', { id: TITLE_ID }, pictureTitle(state, s)),
      h('g', 'links', {}, links(state)),
      h('g', 'apps', { class: 'ep-app' }, [
        h('rect', 'service', { x: SERVICE_APP.x, y: APPS.y, width: SERVICE_APP.width, height: APPS.height, rx: 6 }),
        text('service-label', SERVICE_APP.x + 12, APPS.y + 21, s.picture.serviceApp),
        h('rect', 'analytics', {
          x: ANALYTICS_APP.x,
          y: APPS.y,
          width: ANALYTICS_APP.width,
          height: APPS.height,
          rx: 6,
        }),
        text('analytics-label', ANALYTICS_APP.x + 12, APPS.y + 21, s.picture.analyticsApp),
      ]),
      h('g', 'endpoints', {}, [
        endpointNode('cluster', CLUSTER_EP, s.picture.clusterEndpoint, '→ ' + s.picture.writer),
        endpointNode('reader', READER_EP, s.picture.readerEndpoint, '→ ' + s.picture.members(readerMembers(state))),
        endpointNode(
          'custom',
          CUSTOM_EP,
          s.picture.customEndpoint,
          `analytics → ${s.picture.members(customMembers(state))}`,
        ),
      ]),
      h('g', 'instances', {}, instances),
      h('g', 'volume', { class: 'ep-volume' }, [
        h('rect', 'bar', { x: 10, y: VOLUME.y, width: 620, height: VOLUME.height, rx: 4 }),
        text('label', 20, VOLUME.y + 16, s.picture.volume(state.latest)),
      ]),
      scalingPanel(state, s),
      // The animation layer: drawn by the view, left alone by the scene.
      h('g', 'messages', { class: 'ep-messages', 'aria-hidden': 'true' }),
    ],
  );
}
