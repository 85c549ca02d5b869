/** The endpoints island's words in English. See strings.ts. */
import type { ConnWords, EndpointsStrings, ScalingFacts } from './strings';
import { SCALE_IN_MINUTES, SCALE_IN_RATIO, SCALE_OUT_MINUTES } from './model';

const SCALE_IN_SHARE = Math.round(SCALE_IN_RATIO * 100);

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function duration(ms: number): string {
  if (ms < 500) return `${ms} ms`;
  if (ms < 60_000) return `${num(ms / 1000)} s`;
  const min = Math.floor(ms / 60_000);
  const rest = ms - min * 60_000;
  return rest === 0 ? `${min} min` : `${min} min ${num(rest / 1000)} s`;
}

const replica = (id: number): string => `replica ${id}`;
const replicas = (ids: readonly number[]): string =>
  ids.length === 1 ? replica(ids[0] ?? 0) : `replicas ${list(ids.map(String))}`;
const connName = (c: ConnWords): string => `${c.app === 'service' ? 'c' : 'a'}${c.id}`;
const conn = (c: ConnWords): string => `${connName(c)} → ${replica(c.replica)}`;
const version = (v: number): string => (v === 0 ? 'no writes yet' : `write #${v}`);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function scaling(f: ScalingFacts): string {
  switch (f.kind) {
    case 'creating':
      return `creating ${replicas(f.ids)}, ready in ${duration(f.readyInMs)}`;
    case 'cooldown':
      return `cooldown: no scaling for ${duration(f.leftMs)}`;
    case 'above':
      return `above the target for ${f.minutes} of the ${f.needed} minutes before it adds replicas`;
    case 'below':
      return f.canRemove
        ? `under ${SCALE_IN_SHARE} % of the target for ${f.minutes} of the ${f.needed} minutes before it removes a replica`
        : 'under the target, but only replicas you created are left';
    case 'steady':
      return f.atMax ? 'at the policy maximum' : 'close to the target: nothing to do';
  }
}

export const en: EndpointsStrings = {
  picture: {
    title: (status, service, analytics) =>
      `Aurora DB cluster: ${status} Service app pool: ${list(service.map(conn))}. Analytics app: ${
        analytics.length === 0 ? 'no connection' : list(analytics.map(conn))
      }.`,
    serviceApp: 'Service app',
    analyticsApp: 'Analytics app',
    clusterEndpoint: 'Cluster endpoint',
    readerEndpoint: 'Reader endpoint',
    customEndpoint: 'Custom endpoint',
    writer: 'Writer',
    writerTag: 'reads and writes',
    replica: (id) => `Replica ${id}`,
    members: (ids) => (ids.length === 0 ? 'no members' : replicas(ids)),
    auto: 'auto-added',
    creating: 'creating…',
    member: '◆ analytics',
    manual: 'created by you',
    version: (v) => (v === 0 ? 'no writes' : `write #${v}`),
    behind: (v, by) => `${v === 0 ? 'none' : `#${v}`}, ${by} behind`,
    noConnections: 'no connections',
    conn: connName,
    served: (count, value, stale) =>
      count === 1 ? `read #${value} ${stale ? '✕ stale' : '✓'}` : `${count} reads${stale ? ' ✕ stale' : ''}`,
    volume: (latest) => `Shared cluster volume · ${latest === 0 ? 'no writes yet' : `latest write #${latest}`}`,
    cpu: (cpu) => `Average replica CPU ${num(cpu)} %`,
    target: (target) => `target ${target} %`,
    policy: (count, min, max) => `${count} replicas (policy ${min}–${max})`,
    scaling: (f) => cap(scaling(f)),
    clock: (ms) => `t = ${ms === 0 ? '0 s' : duration(ms)}`,
    lag: (ms) => `Replica lag ${duration(ms)}`,
  },
  live: {
    status: (f) =>
      `Writer and ${f.replicas} replicas${f.creating > 0 ? ` (${f.creating} being created)` : ''}; replica lag ${duration(
        f.lagMs,
      )}. ${
        f.latest === 0
          ? 'No writes yet.'
          : f.applied === f.latest
            ? `The replicas hold every write (#${f.latest}).`
            : `The replicas hold write #${f.applied} of #${f.latest}.`
      } Average replica CPU ${num(f.cpu)} % (target ${f.target} %).`,
    write: (v, lag) =>
      `Write #${v} went to the writer through the cluster endpoint. The replicas apply it ${duration(lag)} after it commits.`,
    readWriter: (value) =>
      `Read on the writer through the cluster endpoint: ${version(value)}, the latest. A read on the writer is never stale.`,
    readReplica: (c, value, latest, lag) =>
      value < latest
        ? `Read on connection ${connName(c)}, pinned to ${replica(c.replica)}: ${version(value)}, but the writer already has #${latest}. Stale: the replicas apply writes ${duration(lag)} after they commit.`
        : `Read on connection ${connName(c)}, which the reader endpoint pinned to ${replica(c.replica)}: ${version(value)}, up to date.`,
    burst: (count, pool, served, stale) => {
      const parts = served.map(([id, n]) => `${replica(id)} served ${n === count ? `all ${n}` : n}`);
      return (
        `${count} reads on a pool of ${plural(pool, 'connection', 'connections')}: ${list(parts)}. ` +
        `Each statement goes to its connection's replica.` +
        (stale > 0 ? ` ${stale === count ? 'All' : stale} of them came back stale.` : '')
      );
    },
    report: (c, value, latest) =>
      `The analytics report ran on connection ${connName(c)}, which the custom endpoint pinned to ${replica(c.replica)}: ${version(value)}${
        value < latest ? `, stale (the writer has #${latest})` : ', up to date'
      }.`,
    reportNowhere: 'The custom endpoint has no members, so the analytics app has nowhere to connect.',
    waited: (ms) => `${cap(duration(ms))} later:`,
    caughtUp: (latest) =>
      latest === 0 ? 'no writes yet, nothing to apply.' : `the replicas hold every write (#${latest}).`,
    stillApplying: (applied, latest) =>
      applied === 0
        ? `the replicas have not applied any of the ${plural(latest, 'write', 'writes')} yet.`
        : `the replicas hold write #${applied} of #${latest}; ${plural(latest - applied, 'write is', 'writes are')} still on the way.`,
    change: (c) => {
      const at = `At ${duration(c.atMs)}`;
      switch (c.kind) {
        case 'out':
          return `${at}, average replica CPU had been ${num(c.cpu)} %, above the target, for ${SCALE_OUT_MINUTES} minutes: Auto Scaling started creating ${replicas(c.added)}.`;
        case 'ready':
          return `${at}, ${replicas(c.replicas)} became available and joined the reader endpoint. Existing connections stay where they are.`;
        case 'in':
          return (
            `${at}, average replica CPU had been under ${SCALE_IN_SHARE} % of the target for ${SCALE_IN_MINUTES} minutes: Auto Scaling removed ${replica(c.removed)}, one it had added.` +
            (c.moved.length > 0 ? ` Its connections reopened: ${list(c.moved.map(conn))}.` : '')
          );
      }
    },
    scalingNow: (cpu, state) => `Now: average replica CPU ${num(cpu)} %. ${state}.`,
    lag: (ms) => `Replica lag is now ${duration(ms)}: the replicas apply each write ${duration(ms)} after it commits.`,
    load: (load, cpu, target, below) =>
      `Read load: ${load}. Average replica CPU ${num(cpu)} %, ${
        cpu > target
          ? `above the ${target} % target: after ${SCALE_OUT_MINUTES} minutes Auto Scaling adds replicas.`
          : cpu < below
            ? `under ${SCALE_IN_SHARE} % of the target: after ${SCALE_IN_MINUTES} minutes Auto Scaling removes a replica it added, if there is one.`
            : `close to the ${target} % target.`
      }`,
    poolGrew: (size, opened) =>
      `The service app's pool now has ${plural(size, 'connection', 'connections')}. New: ${list(opened.map(conn))}.`,
    poolShrank: (size, closed) =>
      `The service app's pool now has ${plural(size, 'connection', 'connections')}: closed ${list(closed.map(connName))}.`,
    leak: (conns) =>
      `${list(conns.map(connName))} landed on ${conns.length === 1 ? 'a replica' : 'replicas'} set aside for analytics: the reader endpoint includes every replica.`,
    reconnected: (service, analytics) =>
      `Both apps reconnected. Service app: ${list(service.map(conn))}. Analytics app: ${
        analytics.length === 0 ? 'no connection' : list(analytics.map(conn))
      }.`,
    member: (id, on, members, analytics) =>
      `${cap(replica(id))} ${on ? 'joined' : 'left'} the analytics custom endpoint (members: ${
        members.length === 0 ? 'none' : replicas(members)
      }). ` +
      (analytics.length === 0
        ? 'With no members, the analytics app has no connection.'
        : `The analytics app reconnected: ${list(analytics.map(conn))}.`),
    memberUnchanged: (id, creating) =>
      creating
        ? `${cap(replica(id))} is still being created; it can join the endpoint once it is available.`
        : `${cap(replica(id))} does not exist right now.`,
    tourStep: (index, length) => `Step ${index + 1} of ${length}:`,
    tour: {
      start:
        'A writer and three Aurora Replicas share one cluster volume. The service app reads through the reader endpoint, the analytics app through a custom endpoint.',
      write: 'Every write goes to the writer: it is the only instance that accepts them.',
      staleRead: 'The replica has not applied the write yet, so this read returns the old value.',
      writerRead: 'A read on the writer always sees the latest write.',
      wait: 'Once the lag has passed, every replica holds the write.',
      freshRead: 'The next read borrows the pool’s other connection, and the replica is up to date.',
      onePool: 'The pool shrinks to a single connection.',
      burst:
        'All eight reads land on one replica while the others sit idle: balancing happens when a connection opens.',
      widerPool:
        'Two new connections. One lands on replica 3, set aside for analytics, because the reader endpoint includes every replica.',
      report: 'The analytics app reaches only the custom endpoint’s members.',
      addMember: 'Adding replica 2 to the custom endpoint gives the analytics app a second replica.',
      peak: 'The read load more than triples, and average CPU rises above the 60 % target.',
      scaleOut:
        `${SCALE_OUT_MINUTES} minutes above the target: Auto Scaling adds enough replicas to bring the average back to the target.`,
      ready: 'The new replicas join the reader endpoint, but no existing connection moves to them.',
      reconnect: 'Only new connections use the new replicas. Reconnecting spreads the pool again.',
      light: 'The load drops, and average CPU falls well below the target.',
      scaleIn:
        `After ${SCALE_IN_MINUTES} minutes under ${SCALE_IN_SHARE} % of the target, Auto Scaling removes one replica it added; its connection reopens elsewhere.`,
      scaleInAgain:
        `After another cooldown and ${SCALE_IN_MINUTES} more minutes, the second added replica goes too. Replicas you created stay.`,
    },
  },
};
