/** The failover island's words in English. See strings.ts. */
import { factText } from '../../lib/fact-values';
import type { Deployment } from './model';
import type { CaptionFacts, FailoverStrings } from './strings';

const NAMES: Readonly<Record<Deployment, string>> = {
  'multi-az-instance': 'Multi-AZ DB instance',
  'multi-az-cluster': 'Multi-AZ DB cluster',
  aurora: 'Aurora with a replica',
  'aurora-no-replica': 'Aurora without a replica',
  'replica-promotion': 'Read replica promoted by hand',
};

function seconds(s: number): string {
  return `${s < 0 ? '−' : ''}${Math.abs(Math.round(s))} s`;
}

function duration(s: number): string {
  const whole = Math.round(s);
  if (whole < 120) return seconds(whole);
  const rest = whole % 60;
  return `${whole} s (${Math.floor(whole / 60)} min${rest ? ` ${rest} s` : ''})`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Primary a" or "Writer a": clusters call the primary the writer. */
function primaryOf(f: CaptionFacts): string {
  const d = f.lane.deployment;
  return d === 'multi-az-cluster' || d === 'aurora' || d === 'aurora-no-replica' ? 'Writer a' : 'Primary a';
}

const PROXY_NOTE = ' The application talks to RDS Proxy, which keeps a pool of connections to the database.';

export const en: FailoverStrings = {
  lane: (lane) => (lane.proxy ? `${NAMES[lane.deployment]} behind RDS Proxy` : NAMES[lane.deployment]),
  rows: {
    app: 'Application',
    proxy: 'RDS Proxy',
    endpoint: (d) =>
      d === 'replica-promotion'
        ? 'Endpoint the app uses'
        : d === 'multi-az-instance'
          ? 'DB endpoint (DNS)'
          : 'Cluster endpoint (DNS)',
    volume: 'Cluster volume',
    node: (id, az) => `Instance ${id} · AZ ${az}`,
    writes: 'Writes',
    outcome: { acked: 'acknowledged', failed: 'waiting / failed', lost: 'lost' },
  },
  bars: {
    app: { ok: 'writes succeed', errors: 'connection errors', waiting: 'waiting in the proxy' },
    appShort: { ok: 'OK', errors: 'errors', waiting: 'waiting' },
    proxyWaiting: 'waiting for a primary',
    proxyWaitingShort: 'waiting',
    to: (id) => `→ ${id}`,
    volume: `${factText('aurora.storage.copies', 'en')} copies in ${factText('aurora.storage.azs', 'en')} AZs, unaffected`,
    volumeShort: 'unaffected',
    role: (role, d, tier, lag, short) => {
      switch (role) {
        case 'primary':
          return d === 'multi-az-instance' || d === 'replica-promotion' ? 'primary' : 'writer';
        case 'standby':
          return short ? 'standby' : 'standby (synchronous)';
        case 'reader':
          return short ? 'reader' : 'reader (readable standby)';
        case 'replica':
          if (d === 'aurora') return short ? `tier ${tier ?? 1}` : `Aurora Replica · tier ${tier ?? 1}`;
          return short ? `${seconds(lag)} behind` : `read replica, ${seconds(lag)} behind`;
        case 'promoting':
          return short ? 'promoting' : 'being promoted';
        case 'creating':
          return short ? 'creating' : 'being created';
        case 'failed':
          return 'failed';
        case 'absent':
          return '';
      }
    },
    lag: (s) => `lag ${seconds(s)}: lost`,
  },
  axis: {
    label: 'seconds after the failure',
    failure: 'failure',
    happened: 'happened',
    toCome: 'still to come',
  },
  seconds,
  duration,
  when: (t) => {
    if (t === 0) return 'At the failure (0 s)';
    return t < 0 ? `${seconds(-t)} before the failure` : `${seconds(t)} after the failure`;
  },
  result: (f) =>
    `Measured: RTO ${duration(f.rto)} · RPO ${seconds(f.rpo)}, ` +
    (f.lost === 0
      ? 'no acknowledged write lost'
      : `${plural(f.lost, 'acknowledged write', 'acknowledged writes')} lost`),
  resultPending: 'RTO and RPO: measured once this lane recovers',
  picture: {
    title: (lanes, when) => `Failover timeline. ${lanes.join(' ')} Now: ${when}.`,
    drawn: 'Timeline drawn on a narrow screen',
    tabs: ['Scenario', 'Comparison'],
  },
  captions: {
    normal: (f) => {
      let text: string;
      switch (f.lane.deployment) {
        case 'multi-az-instance':
          text =
            'Normal operation. Each write is committed on primary a and, synchronously, on standby b in another AZ before the application is told it succeeded.';
          break;
        case 'multi-az-cluster':
          text =
            'Normal operation. A write is acknowledged once at least one of the two readers has it (semisynchronous replication).';
          break;
        case 'aurora':
          text =
            'Normal operation. Writer a writes to the shared cluster volume; replicas b and c read the same volume and stand by as failover targets.';
          break;
        case 'aurora-no-replica':
          text =
            'Normal operation. One writer instance, a, and no Aurora Replica. The data lives on the cluster volume, not in the instance.';
          break;
        case 'replica-promotion':
          text = `Normal operation. Primary a sends its changes to read replica b asynchronously; b is running ${seconds(f.lag)} behind.`;
          break;
      }
      return f.lane.proxy ? text + PROXY_NOTE : text;
    },
    fail: (f) => {
      if (f.lane.deployment === 'replica-promotion') {
        return 'Primary a fails. Nothing happens on its own: a read replica is not a standby.';
      }
      return f.lane.proxy
        ? `${primaryOf(f)} fails. RDS Proxy keeps the application's connections open and holds its writes.`
        : `${primaryOf(f)} fails. The application's connections break and its writes start failing.`;
    },
    detect: (f) => {
      switch (f.lane.deployment) {
        case 'multi-az-instance':
          return 'RDS detects the failure and starts promoting standby b.';
        case 'multi-az-cluster':
          return `RDS detects the failure and promotes a reader that holds every acknowledged change: ${f.next}.`;
        case 'aurora':
          return `Aurora detects the failure and picks replica ${f.next}: its failover tier, ${f.tier ?? 0}, comes first.`;
        case 'aurora-no-replica':
          return 'Aurora detects the failure. With no replica to promote, it starts creating a new writer instance.';
        case 'replica-promotion':
          return 'Someone notices the alarm and starts promoting read replica b.';
      }
    },
    promote: (f) => {
      switch (f.lane.deployment) {
        case 'multi-az-instance':
          return 'Standby b is now the primary and accepts writes. It already had every committed write.';
        case 'multi-az-cluster':
          return `Reader ${f.next} is now the writer. A write commits only once a reader has it, and this reader had them all.`;
        case 'aurora':
          return `Replica ${f.next} is now the writer. No data had to move: it reads the same cluster volume.`;
        case 'aurora-no-replica':
          return 'The new writer instance is up. It opens the same cluster volume, so every acknowledged write is there.';
        case 'replica-promotion':
          return `Read replica b is now a standalone primary. The last ${seconds(f.lag)} of changes never reached it: ${plural(f.lost, 'acknowledged write is', 'acknowledged writes are')} gone.`;
      }
    },
    proxy: (f) =>
      `RDS Proxy reaches the new ${f.lane.deployment === 'multi-az-instance' ? 'primary' : 'writer'} and sends it the writes it was holding; the application never reconnected.` +
      (f.timedOut > 0
        ? ` ${plural(f.timedOut, 'write', 'writes')} had waited longer than the proxy's ${factText('rds.proxy.connection-borrow-timeout', 'en')} borrow timeout, failed, and ${f.timedOut === 1 ? 'was' : 'were'} retried.`
        : ''),
    dns: (f) => {
      if (f.lane.deployment === 'replica-promotion') {
        return "The application's configuration is changed to b's endpoint: every instance has its own, and nothing changes it for you.";
      }
      return f.lane.proxy
        ? `The endpoint's DNS record now points to ${f.next}, but the application talks to the proxy and never waited for it.`
        : `The endpoint's DNS record (a CNAME) now points to ${f.next}. An application still holding the old address in its DNS cache keeps failing.`;
    },
    reconnect: (f) =>
      f.lane.deployment === 'replica-promotion'
        ? 'The application restarts with the new endpoint and retries the writes that failed.'
        : `The application's cached DNS answer expires. It reconnects, reaches ${f.next}, and retries the writes that failed.`,
  },
  status: (name, view, c) => {
    const doing =
      view === 'ok'
        ? 'writes succeed'
        : view === 'waiting'
          ? 'writes wait in RDS Proxy'
          : 'writes fail with connection errors';
    const parts = [`${c.acked} acknowledged`];
    if (c.failed > 0) parts.push(`${c.failed} failed (to be retried)`);
    if (c.held > 0) parts.push(`${c.held} waiting in the proxy`);
    parts.push(`${c.lost} lost`);
    return `${name}: ${doing}. Writes so far: ${parts.join(', ')}.`;
  },
  live: {
    at: (when, lines) => `${when}. ${lines.join(' ')}`,
    showing: (lines) => `Showing ${lines.join('; ')}.`,
    rerolled: (seed, lines) => `New timings (run ${seed}): ${lines.join('; ')}.`,
    ended: (lines) => `End of the run. ${lines.join('; ')}.`,
    summary: (name, f) => `${name}: RTO ${duration(f.rto)}, RPO ${seconds(f.rpo)}`,
  },
  table: {
    caption: (seed) => `Milestones in this run (seed ${seed}), in seconds after the failure`,
    none: 'n/a',
    writes: (acked, late, lost) => `${acked} acknowledged (${late} of them late), ${lost} lost`,
  },
};
