/**
 * The restore-options model: a reader picks a moment on a two-week timeline
 * and learns which ways back can return to it, and what each gives back.
 * Pure: no DOM, no d3, no clock, no randomness. Moments are whole minutes
 * before "now" (`ago`), so the edges the page teaches are exact. AWS's figures
 * (retention ranges and default, Backtrack window, latest restorable time) are
 * read from the fact registry; the figures below are today's values:
 *
 * - Point-in-time restore uses automated backups: anything from the latest
 *   restorable time (typically about 5 minutes ago; here exactly 5) back to
 *   the retention period, into a new DB instance (RDS) or DB cluster (Aurora).
 *   Retention is 1–35 days for Aurora (automated backups cannot be turned
 *   off) and 0–35 for an RDS DB instance, where 0 turns them off.
 * - A manual snapshot returns only to the moment it was taken, and is kept
 *   until deleted, whatever the retention.
 * - Backtrack rewinds the same cluster, Aurora MySQL only, within its target
 *   window of up to 72 hours.
 * - A clone (Aurora only) starts from now, never from the past.
 * - Restore from S3 builds a new database from backup files made elsewhere
 *   (Percona XtraBackup of a MySQL server outside RDS): it never returns to a
 *   moment of this database.
 */
import { factNumber, factRange } from '../../lib/fact-values';

export const MINUTE = 1;
export const HOUR = 60;
export const DAY = 24 * HOUR;

export const TIMELINE_DAYS = 14;
export const TIMELINE_MINUTES = TIMELINE_DAYS * DAY;
/** AWS's limits and defaults come from the fact registry (content/facts/backups.json). */
const RETENTION_INSTANCE = factRange('rds.backup.retention.instance');
const RETENTION_CLUSTER = factRange('rds.backup.retention.cluster');
export const RETENTION_MAX_DAYS = RETENTION_INSTANCE.max;
/** The retention a DB gets when created in the console. */
export const DEFAULT_RETENTION_DAYS = factNumber('rds.backup.retention.console-default');
export const BACKTRACK_MAX_HOURS = factNumber('aurora.backtrack.window');
/** How far back the latest restorable time typically is. */
export const LATEST_RESTORABLE_MINUTES = factNumber('rds.backup.latest-restorable');
/** A moment after the latest restorable time: too recent for point-in-time restore. */
export const RECENT_MINUTES = Math.ceil(LATEST_RESTORABLE_MINUTES / 2);

export type Engine = 'aurora-mysql' | 'aurora-postgresql' | 'rds-mysql' | 'rds-postgresql';
export const ENGINES: readonly Engine[] = ['aurora-mysql', 'aurora-postgresql', 'rds-mysql', 'rds-postgresql'];

export type Mechanism = 'pitr' | 'snapshot' | 'backtrack' | 'clone' | 's3';
export const MECHANISMS: readonly Mechanism[] = ['pitr', 'snapshot', 'backtrack', 'clone', 's3'];

export interface Snapshot {
  readonly key: 's1' | 's2' | 's3';
  readonly ago: number;
}

/** The manual snapshots on this timeline, oldest first. */
export const SNAPSHOTS: readonly Snapshot[] = [
  { key: 's1', ago: 11 * DAY + 14 * HOUR },
  { key: 's2', ago: 4 * DAY + 2 * HOUR },
  { key: 's3', ago: 30 * HOUR },
];

export type MarkKey = 'start' | 'week' | Snapshot['key'] | 'backtrackEdge' | 'latest' | 'recent' | 'now';

/** Moments worth jumping to, oldest first. */
export const MARKS: readonly { readonly key: MarkKey; readonly ago: number }[] = [
  { key: 'start', ago: TIMELINE_MINUTES },
  { key: 's1', ago: 11 * DAY + 14 * HOUR },
  { key: 'week', ago: 7 * DAY },
  { key: 's2', ago: 4 * DAY + 2 * HOUR },
  { key: 'backtrackEdge', ago: BACKTRACK_MAX_HOURS * HOUR },
  { key: 's3', ago: 30 * HOUR },
  { key: 'latest', ago: LATEST_RESTORABLE_MINUTES },
  { key: 'recent', ago: RECENT_MINUTES },
  { key: 'now', ago: 0 },
];

export interface Settings {
  readonly engine: Engine;
  /** Backup retention period, days. */
  readonly retention: number;
  /** Target backtrack window, hours (0: off). Only Aurora MySQL uses it. */
  readonly backtrack: number;
}

export type Outcome =
  | { readonly type: 'moment' }
  | { readonly type: 'engine'; readonly engine: Engine; readonly retentionRaised: boolean }
  | { readonly type: 'retention'; readonly asked: number; readonly days: number }
  | { readonly type: 'backtrack'; readonly asked: number; readonly hours: number };

export interface RestoreState extends Settings {
  /** The chosen moment, minutes before now. */
  readonly ago: number;
  readonly last: Outcome | null;
}

export type RestoreEvent =
  | { readonly type: 'moment'; readonly ago: number }
  | { readonly type: 'engine'; readonly engine: Engine }
  | { readonly type: 'retention'; readonly days: number }
  | { readonly type: 'backtrack'; readonly hours: number };

export function isAurora(engine: Engine): boolean {
  return engine === 'aurora-mysql' || engine === 'aurora-postgresql';
}

export function isMysql(engine: Engine): boolean {
  return engine === 'aurora-mysql' || engine === 'rds-mysql';
}

export function backtrackSupported(engine: Engine): boolean {
  return engine === 'aurora-mysql';
}

/** Allowed backup retention, days: Aurora 1–35 (cannot be turned off), an RDS DB instance 0–35 (0 turns it off). */
export function retentionRange(engine: Engine): { readonly min: number; readonly max: number } {
  const range = isAurora(engine) ? RETENTION_CLUSTER : RETENTION_INSTANCE;
  return { min: range.min, max: range.max };
}

export function automatedBackupsOn(settings: Settings): boolean {
  return settings.retention >= 1;
}

function clampInt(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(Math.max(Math.round(value), min), max);
}

export function initial(): RestoreState {
  return { engine: 'aurora-mysql', retention: DEFAULT_RETENTION_DAYS, backtrack: BACKTRACK_MAX_HOURS, ago: 2 * HOUR, last: null };
}

export function step(state: RestoreState, event: RestoreEvent): RestoreState {
  switch (event.type) {
    case 'moment':
      return { ...state, ago: clampInt(event.ago, 0, TIMELINE_MINUTES, state.ago), last: { type: 'moment' } };
    case 'engine': {
      if (!ENGINES.includes(event.engine)) return state;
      const { min } = retentionRange(event.engine);
      const retention = Math.max(state.retention, min);
      return {
        ...state,
        engine: event.engine,
        retention,
        last: { type: 'engine', engine: event.engine, retentionRaised: retention !== state.retention },
      };
    }
    case 'retention': {
      const { min, max } = retentionRange(state.engine);
      const days = clampInt(event.days, min, max, state.retention);
      return { ...state, retention: days, last: { type: 'retention', asked: event.days, days } };
    }
    case 'backtrack': {
      const hours = clampInt(event.hours, 0, BACKTRACK_MAX_HOURS, state.backtrack);
      return { ...state, backtrack: hours, last: { type: 'backtrack', asked: event.hours, hours } };
    }
  }
}

export function run(events: readonly RestoreEvent[], from: RestoreState = initial()): RestoreState {
  return events.reduce(step, from);
}

/** What a way back gives: a new DB instance, a new DB cluster, or the same cluster rewound. */
export type Result = 'newInstance' | 'newCluster' | 'sameCluster';

export type Reason =
  /** Inside the mechanism's window (point-in-time restore, Backtrack). */
  | 'window'
  /** Turned off: retention 0 or a backtrack window of 0. */
  | 'off'
  /** Later than the latest restorable time. */
  | 'tooRecent'
  /** Older than the retention period or the backtrack window. */
  | 'tooOld'
  /** A snapshot was taken at exactly this moment. */
  | 'taken'
  /** No snapshot was taken at this moment. */
  | 'notTaken'
  /** The engine does not have it. */
  | 'engine'
  /** The moment is now (a clone's only moment; nothing for Backtrack to rewind). */
  | 'now'
  /** A clone cannot start from the past. */
  | 'past'
  /** Restore from S3 uses backups made elsewhere. */
  | 'elsewhere';

export interface Verdict {
  readonly mechanism: Mechanism;
  readonly ok: boolean;
  readonly reason: Reason;
  readonly result: Result;
  /** For a snapshot not taken at this moment: the closest one taken before it (its `ago`), if any. */
  readonly nearest: number | null;
}

function newDatabase(engine: Engine): Result {
  return isAurora(engine) ? 'newCluster' : 'newInstance';
}

function verdict(mechanism: Mechanism, ok: boolean, reason: Reason, result: Result, nearest: number | null = null): Verdict {
  return { mechanism, ok, reason, result, nearest };
}

export function pitrVerdict(settings: Settings, ago: number): Verdict {
  const result = newDatabase(settings.engine);
  if (!automatedBackupsOn(settings)) return verdict('pitr', false, 'off', result);
  if (ago < LATEST_RESTORABLE_MINUTES) return verdict('pitr', false, 'tooRecent', result);
  if (ago > settings.retention * DAY) return verdict('pitr', false, 'tooOld', result);
  return verdict('pitr', true, 'window', result);
}

export function snapshotVerdict(settings: Settings, ago: number): Verdict {
  const result = newDatabase(settings.engine);
  if (SNAPSHOTS.some((snapshot) => snapshot.ago === ago)) return verdict('snapshot', true, 'taken', result);
  const before = SNAPSHOTS.filter((snapshot) => snapshot.ago > ago).map((snapshot) => snapshot.ago);
  return verdict('snapshot', false, 'notTaken', result, before.length > 0 ? Math.min(...before) : null);
}

export function backtrackVerdict(settings: Settings, ago: number): Verdict {
  if (!backtrackSupported(settings.engine)) return verdict('backtrack', false, 'engine', 'sameCluster');
  if (settings.backtrack === 0) return verdict('backtrack', false, 'off', 'sameCluster');
  if (ago === 0) return verdict('backtrack', false, 'now', 'sameCluster');
  if (ago > settings.backtrack * HOUR) return verdict('backtrack', false, 'tooOld', 'sameCluster');
  return verdict('backtrack', true, 'window', 'sameCluster');
}

export function cloneVerdict(settings: Settings, ago: number): Verdict {
  if (!isAurora(settings.engine)) return verdict('clone', false, 'engine', 'newCluster');
  if (ago !== 0) return verdict('clone', false, 'past', 'newCluster');
  return verdict('clone', true, 'now', 'newCluster');
}

export function s3Verdict(settings: Settings): Verdict {
  const result = newDatabase(settings.engine);
  return verdict('s3', false, isMysql(settings.engine) ? 'elsewhere' : 'engine', result);
}

/** Every way back, in MECHANISMS order, for a moment `ago` minutes before now. */
export function verdicts(settings: Settings, ago: number): readonly Verdict[] {
  return [
    pitrVerdict(settings, ago),
    snapshotVerdict(settings, ago),
    backtrackVerdict(settings, ago),
    cloneVerdict(settings, ago),
    s3Verdict(settings),
  ];
}

/** The verdicts at the state's chosen moment. */
export function verdictsAt(state: RestoreState): readonly Verdict[] {
  return verdicts(state, state.ago);
}

/** The oldest moment point-in-time restore reaches (minutes ago), or null when it is off. */
export function earliestRestorable(settings: Settings): number | null {
  return automatedBackupsOn(settings) ? settings.retention * DAY : null;
}

/** The oldest moment Backtrack reaches (minutes ago), or null when it cannot. */
export function backtrackReach(settings: Settings): number | null {
  return backtrackSupported(settings.engine) && settings.backtrack > 0 ? settings.backtrack * HOUR : null;
}

/** The mark at a moment, if any. */
export function markAt(ago: number): MarkKey | null {
  return MARKS.find((mark) => mark.ago === ago)?.key ?? null;
}
