/**
 * The failover diagram's state in a link: `?failover=mi.aup.s1.t12`
 *
 *   mi | mc | au | an | rr   the scenario: Multi-AZ DB instance, Multi-AZ DB cluster,
 *                            Aurora with a replica, Aurora without one, read replica promoted by hand
 *   …p                       the same behind RDS Proxy (not for rr)
 *   second scenario          optional: the one compared with the first
 *   s1                       the seed that drew the timings
 *   t12                      the timeline step
 *
 * Ranges: the seed is at most MAX_ACTIONS (each "new timings" adds one to it; a page's own seed
 * is small); the step is one of the plan's.
 *
 * Only canonical text decodes; anything else is null (the kit shows the default).
 * The default comes from the component's props, so each figure makes its own codec.
 */
import { MAX_ACTIONS, wholeIn, type StateCodec } from '../kit/url-state';
import { DEPLOYMENTS, MAX_SEED, proxyAllowed, type Deployment, type Lane, type Setup } from './model';
import { planOf } from './timeline';

export interface FailoverLink {
  readonly setup: Setup;
  readonly step: number;
}

export const PARAM = 'failover';

const CODES: Readonly<Record<Deployment, string>> = {
  'multi-az-instance': 'mi',
  'multi-az-cluster': 'mc',
  aurora: 'au',
  'aurora-no-replica': 'an',
  'replica-promotion': 'rr',
};

const LANE = /^(mi|mc|au|an|rr)(p?)$/;
const SEED = /^s(0|[1-9][0-9]{0,5})$/;
const STEP = /^t(0|[1-9][0-9]{0,3})$/;

export function laneCode(lane: Lane): string {
  return `${CODES[lane.deployment]}${lane.proxy ? 'p' : ''}`;
}

export function parseLane(token: string): Lane | null {
  const match = LANE.exec(token);
  if (!match) return null;
  const deployment = DEPLOYMENTS.find((d) => CODES[d] === match[1]);
  if (!deployment) return null;
  const proxy = match[2] === 'p';
  if (proxy && !proxyAllowed(deployment)) return null;
  return { deployment, proxy };
}

/** The setup part alone: `mi.aup.s1`. */
export function encodeSetup(setup: Setup): string {
  return [...setup.lanes.map(laneCode), `s${setup.seed}`].join('.');
}

export function decodeSetup(raw: string): Setup | null {
  const tokens = raw.split('.');
  const seedToken = tokens[tokens.length - 1] ?? '';
  const seed = SEED.exec(seedToken);
  const laneTokens = tokens.slice(0, -1);
  if (!seed || laneTokens.length < 1 || laneTokens.length > 2) return null;
  const lanes: Lane[] = [];
  for (const token of laneTokens) {
    const lane = parseLane(token);
    if (!lane) return null;
    lanes.push(lane);
  }
  const value = wholeIn(seed[1], 0, Math.min(MAX_SEED, MAX_ACTIONS));
  if (value === null) return null;
  return { lanes, seed: value };
}

export function encodeLink(link: FailoverLink): string {
  return `${encodeSetup(link.setup)}.t${link.step}`;
}

export function decodeLink(raw: string): FailoverLink | null {
  const cut = raw.lastIndexOf('.');
  if (cut < 0) return null;
  const step = STEP.exec(raw.slice(cut + 1));
  const setup = decodeSetup(raw.slice(0, cut));
  if (!step || !setup) return null;
  const index = Number(step[1]);
  if (index >= planOf(setup).steps.length) return null;
  return { setup, step: index };
}

/** A codec whose default is this figure's setup. */
export function codecFor(defaults: Setup): StateCodec<FailoverLink> {
  return {
    name: PARAM,
    initial: () => ({ setup: defaults, step: 0 }),
    encode: encodeLink,
    decode: decodeLink,
  };
}

/** How a page names a scenario: a deployment, or a deployment behind RDS Proxy (`aurora+proxy`). */
export type ScenarioSpec = Deployment | `${Exclude<Deployment, 'replica-promotion'>}+proxy`;

/** `'aurora+proxy'` → `{ deployment: 'aurora', proxy: true }`; null for anything else. */
export function laneOfSpec(spec: string): Lane | null {
  const [name, extra, ...rest] = spec.trim().split('+');
  const deployment = DEPLOYMENTS.find((d) => d === name);
  if (!deployment || rest.length > 0 || (extra !== undefined && extra !== 'proxy')) return null;
  const proxy = extra === 'proxy';
  return proxy && !proxyAllowed(deployment) ? null : { deployment, proxy };
}
