/** The Global Database island's words in English. See strings.ts. */
import type { RegionCode } from './model';
import type { GlobalStrings, Lagging } from './strings';

const CITY: Readonly<Record<RegionCode, string>> = {
  'us-west-2': 'Oregon',
  'ca-central-1': 'Canada',
  'us-east-1': 'N. Virginia',
  'sa-east-1': 'São Paulo',
  'eu-west-1': 'Ireland',
  'eu-west-2': 'London',
  'eu-central-1': 'Frankfurt',
  'ap-south-1': 'Mumbai',
  'ap-southeast-1': 'Singapore',
  'ap-northeast-2': 'Seoul',
  'ap-northeast-1': 'Tokyo',
  'ap-southeast-2': 'Sydney',
};

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const seconds = (ms: number): string => `${Math.round(ms / 10) / 100} s`;
const name = (code: RegionCode): string => `${CITY[code]} (${code})`;
const lagging = (l: Lagging): string => `${CITY[l.code]} ${seconds(l.lagMs)} behind`;
const regions = (n: number): string => `${n} ${n === 1 ? 'secondary Region' : 'secondary Regions'}`;

export const en: GlobalStrings = {
  picture: {
    title: (status) => `Aurora Global Database across twelve AWS Regions, west to east. ${status}`,
    zone: { americas: 'Americas', europe: 'Europe', asia: 'Asia Pacific' },
    city: CITY,
    legend: { primary: 'primary', secondary: 'secondary, with its lag', none: 'not in the global database' },
    primary: '★ primary',
    primaryDown: '✕ down',
    cutOff: '✕ cut off',
    lag: (ms) => seconds(ms),
    writes: (primary, writable) =>
      writable ? `Writes flow in ${name(primary)}` : `Writes stopped: ${name(primary)} is down`,
    count: (count, max) => `${count} of ${max} secondary Regions`,
    failover: (rpo, lost, rto) =>
      `Last failover: RPO ${seconds(rpo)} (about ${lost} writes lost), RTO ${Math.round(rto / 1000)} s`,
    switchover: (sync) => `Last switchover: RPO 0, nothing lost (waited ${seconds(sync)} to sync)`,
  },
  live: {
    status: (f) =>
      `Primary Region: ${name(f.primary)}, ${f.writable ? 'taking writes' : 'down in a Regional outage, so writes are stopped'}. ` +
      `${f.secondaries.length} of up to ${f.max} secondary Regions${
        f.secondaries.length === 0 ? '' : `: ${list(f.secondaries.map(lagging))}`
      }.` +
      (f.cutOff ? ` ${CITY[f.cutOff]}, the old primary, is down and out of the global database.` : ''),
    added: (added, count, max) =>
      `Added ${list(added.map((l) => `${name(l.code)}, ${seconds(l.lagMs)} behind the primary`))}. Now ${count} of ${max} secondary Regions.`,
    refused: (codes, max) =>
      `${list(codes.map(name))} ${codes.length === 1 ? 'was' : 'were'} not added: a global database has at most ${regions(max)}.`,
    skipped: (codes) =>
      `${list(codes.map((c) => CITY[c]))} ${codes.length === 1 ? 'is' : 'are'} already in the global database or down.`,
    removed: (code, count, max) =>
      `Removed ${name(code)} from the global database. ${count} of ${max} secondary Regions left.`,
    notSecondary: (code) => `${name(code)} is not a secondary Region.`,
    noSecondary: 'There is no secondary Region to promote: add one first.',
    outage: (code) =>
      `Regional outage in ${name(code)}: the primary cluster is unreachable and writes stop. The secondary Regions keep serving reads with what they had received.`,
    outageAlready: (code) => `${name(code)} is already down. This model has one outage at a time.`,
    resumed: (code) =>
      `${name(code)} is back and writes resume there. Nothing was lost, but writes were stopped for the whole outage: that is what a failover avoids.`,
    rejoined: (code, primary, lag) =>
      `${name(code)} is back and rejoins as a secondary Region of the new primary, ${CITY[primary]}, ${seconds(lag)} behind it. The writes it never replicated stay lost.`,
    stayedOut: (code, max) =>
      `${name(code)} is back, but the global database already has ${regions(max)}, so it stays out.`,
    nothingDown: 'No Region is down.',
    failover: (from, to, rpo, lost, rto) =>
      `Failover: ${name(to)} promoted in ${Math.round(rto / 1000)} s, so writes resume in under a minute (RTO). ` +
      `Writes from the last ${seconds(rpo)} in ${CITY[from]} never reached ${CITY[to]}: about ${lost} writes lost (RPO).`,
    failoverHealthy:
      'The primary Region is healthy, so there is nothing to fail over from. To move the primary without losing data, switch over.',
    switchover: (from, to, sync, slowest) =>
      `Switchover to ${name(to)}: writes paused until every secondary had caught up (${CITY[slowest]}, the slowest, needed ${seconds(sync)}), then the roles swapped. Nothing was lost (RPO 0); ${CITY[from]} is now a secondary Region.`,
    switchoverOutage:
      'A switchover needs a healthy primary, because it first brings every secondary up to date. During an outage, fail over instead.',
    tourStep: (index, length) => `Step ${index + 1} of ${length}:`,
    tour: {
      start:
        'One primary Region takes every write. The secondary Regions replicate its storage, typically less than a second behind.',
      add: 'Each secondary Region holds a read-only cluster, with up to 16 replicas, close to its users.',
      outage: 'The whole primary Region goes down. Writes stop; the secondaries can still serve reads.',
      failover:
        'Failover promotes a secondary in under a minute, but the writes still in flight are gone: an RPO of seconds.',
      recover: 'When the old primary Region returns, it comes back as a secondary of the new primary.',
      switchover: 'A planned switchover waits for every secondary to catch up, so it loses nothing: RPO 0.',
      fill: 'A global database can have up to 10 secondary Regions.',
      limit: 'An eleventh secondary Region is refused.',
    },
  },
};
