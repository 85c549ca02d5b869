/** The restore-options island's words in English. See strings.ts. */
import { BACKTRACK_MAX_HOURS, DEFAULT_RETENTION_DAYS, type Result } from './model';
import type { RestoreStrings } from './strings';

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function unit(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

function ago(minutes: number): string {
  if (minutes <= 0) return 'now';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [days ? unit(days, 'day') : '', hours ? unit(hours, 'hour') : '', mins ? unit(mins, 'minute') : ''];
  return `${parts.filter(Boolean).join(' ')} ago`;
}

const RESULT: Readonly<Record<Result, string>> = {
  newInstance: 'a new DB instance',
  newCluster: 'a new DB cluster',
  sameCluster: 'the same cluster',
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const en: RestoreStrings = {
  engine: {
    'aurora-mysql': 'Aurora MySQL',
    'aurora-postgresql': 'Aurora PostgreSQL',
    'rds-mysql': 'RDS for MySQL',
    'rds-postgresql': 'RDS for PostgreSQL',
  },
  mechanism: {
    pitr: 'Point-in-time restore',
    snapshot: 'Manual snapshot',
    backtrack: 'Backtrack',
    clone: 'Clone',
    s3: 'Restore from S3',
  },
  inSentence: {
    pitr: 'point-in-time restore',
    snapshot: 'a manual snapshot',
    backtrack: 'Backtrack',
    clone: 'a clone',
    s3: 'restore from S3',
  },
  ago,
  answer: (ok) => (ok ? '✓ Yes' : '✕ No'),
  detail: (v, when, facts) => {
    const result = RESULT[v.result];
    switch (v.reason) {
      case 'window':
        return v.mechanism === 'backtrack'
          ? 'The same cluster, rewound to that moment; its endpoints stay the same.'
          : `${capital(result)} holding the data as it was ${when}.`;
      case 'off':
        return v.mechanism === 'pitr'
          ? 'Automated backups are off (retention 0 days), so there is nothing to restore from.'
          : 'Backtrack is off (a target window of 0 hours).';
      case 'tooRecent':
        return 'Too recent: the latest restorable time is typically about 5 minutes ago.';
      case 'tooOld':
        return v.mechanism === 'pitr'
          ? `Older than the ${unit(facts.retention, 'day')} of the backup retention period.`
          : `Further back than the ${facts.backtrack}-hour backtrack window.`;
      case 'taken':
        return `${capital(result)} from the snapshot taken at that moment. Manual snapshots stay until you delete them.`;
      case 'notTaken':
        return v.nearest === null
          ? 'No snapshot was taken at that moment or before it.'
          : `No snapshot was taken then. The closest earlier one, from ${ago(v.nearest)}, would give that moment's data instead.`;
      case 'engine':
        if (v.mechanism === 'backtrack') return 'Backtrack is for Aurora MySQL only.';
        if (v.mechanism === 'clone') return 'Cloning is an Aurora feature.';
        return 'Only RDS for MySQL and Aurora MySQL restore XtraBackup files from S3.';
      case 'now':
        return v.mechanism === 'clone'
          ? "A new Aurora cluster with the current data, sharing the source's pages until either side changes them."
          : 'The cluster is already at this moment: there is nothing to rewind.';
      case 'past':
        return "Only now: a clone starts from the source's current data, never from the past.";
      case 'elsewhere':
        return `Not a moment of this database: it builds ${result} from Percona XtraBackup files of a MySQL server outside RDS.`;
    }
  },
  picture: {
    title: (engine, retention, summary) => `Ways back on a two-week timeline, ${engine}, ${unit(retention, 'day')} of retention. ${summary}`,
    tick: (days) => (days === 0 ? 'now' : `−${days} d`),
    insetTick: (minutes) => (minutes === 0 ? 'now' : `−${minutes} min`),
    inset: 'The last 30 minutes, enlarged',
    lane: (ok) => (ok ? '✓ can return' : '✕ cannot'),
    snapshot: (index) => `#${index}`,
    note: {
      pitrOff: 'off: retention 0 days',
      pitrBeyond: (days) => `reaches back ${days} days`,
      backtrackEngine: 'Aurora MySQL only',
      backtrackOff: 'off: window 0 hours',
      cloneEngine: 'Aurora only',
      cloneNow: 'now only',
      s3Elsewhere: 'backup files made elsewhere, not this timeline',
      s3Engine: 'MySQL engines only',
    },
  },
  table: {
    caption: (when) => `Returning to ${when === 'now' ? 'now' : `the moment ${when}`}`,
    way: 'Way back',
    answer: 'Returns here?',
    detail: 'What you get',
  },
  controls: {
    noMark: 'Choose a marked moment',
  },
  live: {
    moment: (when, ok, no) => {
      const head = capital(when);
      const yes = ok.length === 0 ? 'nothing here can return to it' : `${list(ok)} can return here`;
      return `${head}: ${yes}; ${list(no)} cannot.`;
    },
    engine: (engine, raised) =>
      `Engine: ${engine}.${raised ? " Aurora's automated backups can't be turned off, so retention is now 1 day." : ''}`,
    retention: (days, asked, aurora) => {
      const note =
        aurora && asked < 1
          ? " Aurora's automated backups can't be turned off: the shortest retention is 1 day."
          : asked > 35
            ? ' The longest retention is 35 days.'
            : '';
      return days === 0
        ? `Backup retention 0 days: automated backups are off, and so is point-in-time restore.${note}`
        : `Backup retention: ${unit(days, 'day')}.${note}`;
    },
    backtrack: (hours, asked, supported) =>
      `${hours === 0 ? 'Backtrack off (target window 0 hours).' : `Target backtrack window: ${unit(hours, 'hour')}.`}${asked > BACKTRACK_MAX_HOURS ? ` The longest window is ${BACKTRACK_MAX_HOURS} hours.` : ''}${supported ? '' : ' It applies to Aurora MySQL only.'}`,
    tourStep: (index, length) => `Step ${index + 1} of ${length}:`,
    tour: {
      start:
        `Pick a moment on the two-week timeline; each lane shows whether that way back can reach it. The database: Aurora MySQL, ${DEFAULT_RETENTION_DAYS} days of retention, a ${BACKTRACK_MAX_HOURS}-hour backtrack window.`,
      now: 'Now: only a clone starts here, and it copies the present, not the past.',
      tooRecent:
        'Three minutes ago is too recent for point-in-time restore, whose latest restorable time is typically about 5 minutes back. Backtrack can reach it.',
      latest: 'Five minutes ago: point-in-time restore reaches this far, into a new DB cluster.',
      backtrackEdge: `Exactly ${BACKTRACK_MAX_HOURS} hours ago: the far edge of the longest backtrack window.`,
      pastBacktrack: 'One minute further back, Backtrack can no longer help; point-in-time restore still can.',
      snapshot: 'A manual snapshot returns only to the moment it was taken, like this one.',
      beforeRetention:
        `Eleven days back is past the ${DEFAULT_RETENTION_DAYS}-day retention, so point-in-time restore cannot reach it. The manual snapshot taken then still can: it stays until you delete it.`,
      longerRetention: 'With retention raised to 14 days (35 is the most), point-in-time restore reaches it again.',
      postgres: 'On Aurora PostgreSQL there is no Backtrack.',
      rds: 'On RDS for MySQL there is no cloning, and a restore gives a new DB instance rather than a cluster.',
      retentionOff:
        'An RDS DB instance can set retention to 0, which turns automated backups off: no point-in-time restore at all. Manual snapshots remain.',
    },
  },
};
