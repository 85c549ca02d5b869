/**
 * The Global Database diagram's state in a link, e.g. `?global-database=t3.p9.s4-11.o1`
 *
 *   t    the tour step
 *   p    the primary Region (index on the strip, west to east, 0–11)
 *   s    the secondary Regions, in strip order, joined by "-" (empty for none)
 *   o    the Region in an outage, or nothing
 *
 * Only canonical text decodes; anything else is null (the kit shows the default).
 */
import { tourCodec, type TourLink } from '../kit/url-state';
import { initial, MAX_SECONDARIES, REGION_CODES, regionIndex, type GlobalState, type RegionCode } from './model';
import { TOUR } from './timeline';

export type GlobalLink = TourLink<GlobalState>;

const INDEX = '(0|[1-9][0-9]?)';
const STEP = /^t(0|[1-9][0-9]?)$/;
const PRIMARY = new RegExp(`^p${INDEX}$`);
const SECONDARIES = new RegExp(`^s(${INDEX}(-${INDEX})*)?$`);
const OUTAGE = new RegExp(`^o${INDEX}?$`);

export function encodeLink(link: GlobalLink): string {
  const { state } = link;
  return [
    `t${link.step}`,
    `p${regionIndex(state.primary)}`,
    `s${state.secondaries.map(regionIndex).join('-')}`,
    `o${state.outage === null ? '' : regionIndex(state.outage)}`,
  ].join('.');
}

function region(text: string | undefined): RegionCode | null {
  if (text === undefined) return null;
  return REGION_CODES[Number(text)] ?? null;
}

export function decodeLink(raw: string): GlobalLink | null {
  const tokens = raw.split('.');
  if (tokens.length !== 4) return null;
  const [stepToken = '', primaryToken = '', secondaryToken = '', outageToken = ''] = tokens;
  const step = STEP.exec(stepToken);
  const primary = region(PRIMARY.exec(primaryToken)?.[1]);
  const secondaryMatch = SECONDARIES.exec(secondaryToken);
  const outageMatch = OUTAGE.exec(outageToken);
  if (!step || primary === null || !secondaryMatch || !outageMatch) return null;
  const stepIndex = Number(step[1]);
  if (stepIndex >= TOUR.length) return null;

  const secondaries: RegionCode[] = [];
  const body = secondaryToken.slice(1);
  for (const text of body === '' ? [] : body.split('-')) {
    const code = region(text);
    if (code === null || code === primary) return null;
    const previous = secondaries[secondaries.length - 1];
    if (previous !== undefined && regionIndex(previous) >= regionIndex(code)) return null;
    secondaries.push(code);
  }
  if (secondaries.length > MAX_SECONDARIES) return null;

  let outage: RegionCode | null = null;
  if (outageMatch[1] !== undefined) {
    outage = region(outageMatch[1]);
    if (outage === null || secondaries.includes(outage)) return null;
  }
  return { state: { primary, secondaries, outage, last: null }, step: stepIndex };
}

export const globalCodec = tourCodec('global-database', initial, encodeLink, decodeLink);
