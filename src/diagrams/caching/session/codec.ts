/**
 * The session-store state in a link: `?session-store=c.t5.m10.p2.i1.k1.e40`
 *
 *   c | l      where sessions live: ElastiCache or each instance's memory
 *   t5         the tour step
 *   m10        minutes since the start
 *   p2         which instance gets the next request (0 = A, 1 = B, 2 = C)
 *   i1         sessions issued so far
 *   k1 | k0    the session in the cookie (k0: none)
 *   then the live sessions: e<id>-<expiry minute> in ElastiCache, or
 *   A<id>-<expiry>, B…, C… in an instance's memory.
 *
 * Ranges: at most MAX_ACTIONS waits of the longest wait button (minutes) and MAX_ACTIONS sessions
 * issued; a session's id and the cookie's are at most the sessions issued, an expiry within the TTL.
 *
 * Only text the model could have produced decodes; anything else is null.
 */
import { matchEach, MAX_ACTIONS, tourCodec, type TourLink, wholeIn } from '../../kit/url-state';
import { initial, INSTANCES, SESSION_TTL, WAITS, type Instance, type Session, type SessionState } from './model';
import { TOUR } from './timeline';

export type SessionLink = TourLink<SessionState>;

const N = '(0|[1-9][0-9]{0,6})';
const STORE = /^[cl]$/;
const STEP = new RegExp(`^t${N}$`);
const NOW = new RegExp(`^m${N}$`);
const NEXT = /^p([012])$/;
const ISSUED = new RegExp(`^i${N}$`);
const COOKIE = new RegExp(`^k${N}$`);
const SESSION = new RegExp(`^([eABC])([1-9][0-9]{0,6})-${N}$`);

function sessionToken(where: string, session: Session): string {
  return `${where}${session.id}-${session.expiresAt}`;
}

export function encodeLink(link: SessionLink): string {
  const { state } = link;
  const sessions =
    state.store === 'cache'
      ? state.cached
        ? [sessionToken('e', state.cached)]
        : []
      : INSTANCES.flatMap((instance) => {
          const session = state.local[instance];
          return session ? [sessionToken(instance, session)] : [];
        });
  return [
    state.store === 'cache' ? 'c' : 'l',
    `t${link.step}`,
    `m${state.now}`,
    `p${state.next}`,
    `i${state.issued}`,
    `k${state.cookie ?? 0}`,
    ...sessions,
  ].join('.');
}

export function decodeLink(raw: string): SessionLink | null {
  const [storeToken, ...tokens] = raw.split('.');
  if (!storeToken || !STORE.test(storeToken)) return null;
  const patterns = [STEP, NOW, NEXT, ISSUED, COOKIE] as const;
  const matched = matchEach(tokens, patterns);
  if (!matched) return null;
  const [step, now, next, issued, cookie] = matched;
  const rest = tokens.slice(patterns.length);
  const stepIndex = Number(step[1]);
  if (stepIndex >= TOUR.length) return null;
  const minutes = wholeIn(now[1], 0, MAX_ACTIONS * Math.max(...WAITS));
  const issuedCount = wholeIn(issued[1], 0, MAX_ACTIONS);
  if (minutes === null || issuedCount === null) return null;
  const cookieId = wholeIn(cookie[1], 0, issuedCount);
  if (cookieId === null) return null;
  const store = storeToken === 'c' ? 'cache' : 'local';
  let state: SessionState = {
    ...initial(store),
    now: minutes,
    next: Number(next[1]),
    issued: issuedCount,
    cookie: cookieId === 0 ? null : cookieId,
  };
  const seen = new Set<number>();
  let lastPlace = -1;
  for (const token of rest) {
    const m = SESSION.exec(token);
    if (!m) return null;
    const where = m[1] ?? '';
    const id = Number(m[2]);
    const expiresAt = Number(m[3]);
    if (id > issuedCount || seen.has(id) || expiresAt <= minutes || expiresAt > minutes + SESSION_TTL) return null;
    seen.add(id);
    const session: Session = { id, expiresAt };
    if (where === 'e') {
      if (store !== 'cache' || state.cached) return null;
      state = { ...state, cached: session };
    } else {
      const instance = where as Instance;
      const place = INSTANCES.indexOf(instance);
      if (store !== 'local' || place <= lastPlace) return null;
      lastPlace = place;
      state = { ...state, local: { ...state.local, [instance]: session } };
    }
  }
  // In ElastiCache there is one session at most, and it is the cookie's.
  if (store === 'cache' && state.cached && state.cached.id !== state.cookie) return null;
  return { state, step: stepIndex };
}

export const sessionCodec = tourCodec('session-store', initial, encodeLink, decodeLink);
