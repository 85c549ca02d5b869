/**
 * The endpoints diagram's state in a link, e.g.
 * `?endpoints=t0.n0.l1.Ll.w0.q.r1.r2.r3m.s1x1-2x2.a1x3-2x3.i3.j3.d2.e2.u0.v0.o0.b0.z0`
 *
 *   t        the tour step
 *   n        simulated time, in 10 ms ticks
 *   l, L     replica lag (index into LAGS_MS); read load (l, b, p)
 *   w, q     writes committed; ages (ticks) of those the replicas have not applied, oldest first
 *   r…       each replica: id, `a` if Auto Scaling added it, `m` if in the custom endpoint,
 *            `k` and the tick it becomes available while it is being created
 *   s, a     service pool and analytics connections: id `x` replica, in pool order
 *   i, j     next connection numbers; d, e: DNS round-robin turns; u, v: next connection to use
 *   o, b, z  minutes above the target, minutes below it, end of the cooldown (tick)
 *
 * Scaling happens on minute boundaries, so creation and cooldown end on one too.
 *
 * Ranges: what MAX_ACTIONS actions can reach. Time: each action waits at most 15 minutes (the
 * tour's longest wait). Writes: one per action. Connection numbers and DNS turns: each action opens
 * at most a burst's or a pool's worth of connections. Minutes above or below the target: at most
 * the minutes that have passed. The rest is bounded by the state around it (lag, replicas, pools).
 *
 * Only canonical text decodes; anything else is null (the kit shows the default).
 */
import { MAX_ACTIONS, tourCodec, type TourLink, wholeIn } from '../kit/url-state';
import {
  ANALYTICS_POOL,
  BURST,
  LONG_WAIT_MS,
  SCALE_IN_MINUTES,
  COOLDOWN_MS,
  CREATE_MS,
  initial,
  LAGS_MS,
  LOADS,
  MANUAL_IDS,
  MAX_REPLICAS,
  MIN_REPLICAS,
  MINUTE_MS,
  POOL_SIZES,
  REPLICA_IDS,
  type Connection,
  type EndpointsState,
  type LagIndex,
  type Load,
  type Replica,
  type ReplicaId,
} from './model';
import { TOUR } from './timeline';

export type EndpointsLink = TourLink<EndpointsState>;

const TICK = 10;
const N = '(0|[1-9][0-9]{0,8})';
const LOAD_LETTER: Readonly<Record<Load, string>> = { light: 'l', busy: 'b', peak: 'p' };

const tick = (ms: number): number => Math.round(ms / TICK);

const MAX_TICKS = tick(MAX_ACTIONS * Math.max(LONG_WAIT_MS, SCALE_IN_MINUTES * MINUTE_MS));
const MAX_OPENED = MAX_ACTIONS * Math.max(BURST, ...POOL_SIZES);

function connections(list: readonly Connection[]): string {
  return list.map((c) => `${c.id}x${c.replica}`).join('-');
}

function replicaToken(r: Replica): string {
  return `r${r.id}${r.auto ? 'a' : ''}${r.analytics ? 'm' : ''}${r.readyAt === null ? '' : `k${tick(r.readyAt)}`}`;
}

export function encodeLink(link: EndpointsLink): string {
  const s = link.state;
  return [
    `t${link.step}`,
    `n${tick(s.now)}`,
    `l${s.lag}`,
    `L${LOAD_LETTER[s.load]}`,
    `w${s.latest}`,
    `q${s.pending.map((at) => tick(s.now - at)).join('-')}`,
    ...s.replicas.map(replicaToken),
    `s${connections(s.service)}`,
    `a${connections(s.analytics)}`,
    `i${s.nextService}`,
    `j${s.nextAnalytics}`,
    `d${s.dns}`,
    `e${s.dnsCustom}`,
    `u${s.cursor}`,
    `v${s.reportCursor}`,
    `o${s.above}`,
    `b${s.below}`,
    `z${tick(s.cooldownUntil)}`,
  ].join('.');
}

/** Reads `prefix` + a number from the next token, or null. */
class Reader {
  private index = 0;
  constructor(private readonly tokens: readonly string[]) {}

  peek(): string | undefined {
    return this.tokens[this.index];
  }

  take(): string | undefined {
    const token = this.tokens[this.index];
    this.index += 1;
    return token;
  }

  /** `prefix` and a whole number in [0, max] from the next token, or null. */
  number(prefix: string, max: number): number | null {
    const token = this.take();
    return token?.startsWith(prefix) ? wholeIn(token.slice(prefix.length), 0, max) : null;
  }

  done(): boolean {
    return this.index === this.tokens.length;
  }
}

const REPLICA = new RegExp(`^r([1-5])(a?)(m?)(?:k${N})?$`);
const CONN = new RegExp(`^${N}x([1-5])$`);

function parseConnections(token: string | undefined, prefix: string): Connection[] | null {
  if (token === undefined || !token.startsWith(prefix)) return null;
  const body = token.slice(prefix.length);
  if (body === '') return [];
  const out: Connection[] = [];
  for (const part of body.split('-')) {
    const match = CONN.exec(part);
    if (!match) return null;
    out.push({ id: Number(match[1]), replica: Number(match[2]) as ReplicaId });
  }
  return out;
}

function distinctBelow(list: readonly Connection[], next: number): boolean {
  const ids = new Set(list.map((c) => c.id));
  return ids.size === list.length && list.every((c) => c.id >= 1 && c.id < next);
}

export function decodeLink(raw: string): EndpointsLink | null {
  const r = new Reader(raw.split('.'));
  const step = r.number('t', TOUR.length - 1);
  const nowTicks = r.number('n', MAX_TICKS);
  const lag = r.number('l', LAGS_MS.length - 1);
  const loadMatch = /^L([lbp])$/.exec(r.take() ?? '');
  const latest = r.number('w', MAX_ACTIONS);
  const pendingToken = r.take();
  if (step === null || step >= TOUR.length || nowTicks === null || lag === null || lag > 3) return null;
  if (!loadMatch || latest === null || pendingToken === undefined || !pendingToken.startsWith('q')) return null;
  const now = nowTicks * TICK;
  const lagIndex = lag as LagIndex;
  const load = LOADS.find((l) => LOAD_LETTER[l] === loadMatch[1]) as Load;

  // Pending writes: strictly younger one after another, all younger than the lag.
  const ageText = pendingToken.slice(1);
  const ages = ageText === '' ? [] : ageText.split('-');
  const pending: number[] = [];
  let previous = Infinity;
  for (const text of ages) {
    if (!new RegExp(`^${N}$`).test(text)) return null;
    const age = Number(text) * TICK;
    if (age >= previous || age >= LAGS_MS[lagIndex] || age > now) return null;
    previous = age;
    pending.push(now - age);
  }
  if (pending.length > latest) return null;

  const replicas: Replica[] = [];
  while (r.peek()?.startsWith('r')) {
    const match = REPLICA.exec(r.take() ?? '');
    if (!match) return null;
    const id = Number(match[1]) as ReplicaId;
    const auto = match[2] === 'a';
    const readyAt = match[4] === undefined ? null : Number(match[4]) * TICK;
    const last = replicas[replicas.length - 1];
    if (last && last.id >= id) return null;
    if (auto === MANUAL_IDS.includes(id)) return null;
    if (readyAt !== null && (readyAt <= now || readyAt > now + CREATE_MS || readyAt % MINUTE_MS !== 0)) return null;
    if (readyAt !== null && match[3] === 'm') return null;
    replicas.push({ id, auto, analytics: match[3] === 'm', readyAt });
  }
  if (!MANUAL_IDS.every((id) => replicas.some((rep) => rep.id === id))) return null;
  if (replicas.length < MIN_REPLICAS || replicas.length > MAX_REPLICAS) return null;
  if (!replicas.every((rep) => REPLICA_IDS.includes(rep.id))) return null;

  const service = parseConnections(r.take(), 's');
  const analytics = parseConnections(r.take(), 'a');
  const minutes = Math.floor((nowTicks ?? 0) / tick(MINUTE_MS));
  const nextService = r.number('i', MAX_OPENED + 1);
  const nextAnalytics = r.number('j', MAX_OPENED + 1);
  const dns = r.number('d', MAX_OPENED);
  const dnsCustom = r.number('e', MAX_OPENED);
  const cursor = r.number('u', MAX_OPENED);
  const reportCursor = r.number('v', MAX_OPENED);
  const above = r.number('o', minutes);
  const below = r.number('b', minutes);
  const cooldownTicks = r.number('z', MAX_TICKS + tick(COOLDOWN_MS));
  if (!service || !analytics || !r.done()) return null;
  if (
    nextService === null ||
    nextAnalytics === null ||
    dns === null ||
    dnsCustom === null ||
    cursor === null ||
    reportCursor === null ||
    above === null ||
    below === null ||
    cooldownTicks === null
  ) {
    return null;
  }

  const available = (id: ReplicaId): boolean => replicas.some((rep) => rep.id === id && rep.readyAt === null);
  const member = (id: ReplicaId): boolean => replicas.some((rep) => rep.id === id && rep.analytics);
  if (!POOL_SIZES.includes(service.length) || !distinctBelow(service, nextService)) return null;
  if (!service.every((c) => available(c.replica))) return null;
  const hasMembers = replicas.some((rep) => rep.analytics && rep.readyAt === null);
  if (analytics.length !== (hasMembers ? ANALYTICS_POOL : 0) || !distinctBelow(analytics, nextAnalytics)) return null;
  if (!analytics.every((c) => member(c.replica) && available(c.replica))) return null;
  if (cursor >= service.length || reportCursor >= Math.max(1, analytics.length)) return null;
  if (above > 0 && below > 0) return null;
  const cooldownUntil = cooldownTicks * TICK;
  if (cooldownUntil > now + COOLDOWN_MS || cooldownUntil % MINUTE_MS !== 0) return null;

  const state: EndpointsState = {
    ...initial(),
    now,
    lag: lagIndex,
    load,
    latest,
    pending,
    replicas,
    service,
    analytics,
    nextService,
    nextAnalytics,
    dns,
    dnsCustom,
    cursor,
    reportCursor,
    above,
    below,
    cooldownUntil,
    last: null,
  };
  return { state, step };
}

export const endpointsCodec = tourCodec('endpoints', initial, encodeLink, decodeLink);
