/**
 * The restore-options diagram's state in a link: `?restore=am.r7.b72.m120.t0`
 *
 *   am | ap | rm | rp   the engine: Aurora MySQL, Aurora PostgreSQL, RDS for MySQL, RDS for PostgreSQL
 *   r7                  backup retention period, days (Aurora 1–35, RDS 0–35)
 *   b72                 target backtrack window, hours (0–72)
 *   m120                the chosen moment, minutes before now (0 to two weeks)
 *   t0                  the tour step
 *
 * Only canonical text decodes; anything else is null (the kit then shows the
 * default and a notice).
 */
import { tourCodec, type TourLink } from '../kit/url-state';
import {
  BACKTRACK_MAX_HOURS,
  ENGINES,
  initial,
  retentionRange,
  TIMELINE_MINUTES,
  type Engine,
  type RestoreState,
} from './model';
import { TOUR } from './timeline';

export type RestoreLink = TourLink<RestoreState>;

const CODES: Readonly<Record<Engine, string>> = {
  'aurora-mysql': 'am',
  'aurora-postgresql': 'ap',
  'rds-mysql': 'rm',
  'rds-postgresql': 'rp',
};

const NUMBER = '(0|[1-9][0-9]{0,4})';
const LINK = new RegExp(`^(am|ap|rm|rp)\\.r${NUMBER}\\.b${NUMBER}\\.m${NUMBER}\\.t${NUMBER}$`);

export function encodeLink(link: RestoreLink): string {
  const { state } = link;
  return `${CODES[state.engine]}.r${state.retention}.b${state.backtrack}.m${state.ago}.t${link.step}`;
}

export function decodeLink(raw: string): RestoreLink | null {
  const match = LINK.exec(raw);
  if (!match) return null;
  const engine = ENGINES.find((e) => CODES[e] === match[1]);
  if (!engine) return null;
  const [retention, backtrack, ago, step] = [match[2], match[3], match[4], match[5]].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const range = retentionRange(engine);
  if (retention < range.min || retention > range.max) return null;
  if (backtrack > BACKTRACK_MAX_HOURS || ago > TIMELINE_MINUTES || step >= TOUR.length) return null;
  return { state: { engine, retention, backtrack, ago, last: null }, step };
}

export const restoreCodec = tourCodec('restore', initial, encodeLink, decodeLink);
