/**
 * A session store: a user behind a load balancer that spreads requests over
 * three application instances in turn (A, B, C, A, …). Sessions live either
 * in ElastiCache, where every instance can read them, or in each instance's
 * own memory. A session expires after 30 minutes without a request; each
 * request that finds it resets the TTL (a sliding expiry). Time moves only
 * when the reader waits. Pure: no DOM, no clock, no randomness.
 */
import { oneOf } from '../../kit/one-of';

export type Store = 'cache' | 'local';
export const STORES: readonly Store[] = ['cache', 'local'];

export const INSTANCES = ['A', 'B', 'C'] as const;
export type Instance = (typeof INSTANCES)[number];

/** The session TTL, minutes. */
export const SESSION_TTL = 30;
/** The reader's wait buttons, minutes. */
export const WAITS = [10, 30] as const;

export const isStore = oneOf(STORES);

export interface Session {
  readonly id: number;
  /** Minute at which it expires. */
  readonly expiresAt: number;
}

export type Outcome =
  | { readonly type: 'login'; readonly instance: Instance; readonly id: number }
  | {
      readonly type: 'request';
      readonly instance: Instance;
      /** Still logged in (the session was found and its TTL reset), or asked to log in. */
      readonly found: boolean;
      /** Why not: no cookie at all, or the instance could not find that session. */
      readonly reason: 'none' | 'noCookie' | 'notHere' | 'expired';
    }
  | { readonly type: 'wait'; readonly minutes: number; readonly expired: readonly string[] }
  | { readonly type: 'store'; readonly store: Store };

export interface SessionState {
  readonly store: Store;
  /** Minutes since the start. */
  readonly now: number;
  /** Index into INSTANCES of the instance that gets the next request. */
  readonly next: number;
  /** Sessions created so far: the next one gets this number plus one. */
  readonly issued: number;
  /** The session id in the browser's cookie, if any. */
  readonly cookie: number | null;
  /** The session in ElastiCache (store 'cache'). */
  readonly cached: Session | null;
  /** Sessions in each instance's memory (store 'local'). */
  readonly local: Readonly<Record<Instance, Session | null>>;
  readonly last: Outcome | null;
}

export type SessionEvent =
  | { readonly type: 'login' }
  | { readonly type: 'request' }
  | { readonly type: 'wait'; readonly minutes: number }
  | { readonly type: 'store'; readonly store: Store };

const NO_LOCAL: Readonly<Record<Instance, Session | null>> = { A: null, B: null, C: null };

export function initial(store: Store = 'cache'): SessionState {
  return { store, now: 0, next: 0, issued: 0, cookie: null, cached: null, local: NO_LOCAL, last: null };
}

export function nextInstance(state: SessionState): Instance {
  return INSTANCES[state.next % INSTANCES.length] ?? 'A';
}

function advance(state: SessionState): number {
  return (state.next + 1) % INSTANCES.length;
}

/** Where the session an instance can see lives: the shared cache or the instance itself. */
export function sessionSeenBy(state: SessionState, instance: Instance): Session | null {
  return state.store === 'cache' ? state.cached : state.local[instance];
}

function withSession(state: SessionState, instance: Instance, session: Session | null): SessionState {
  return state.store === 'cache' ? { ...state, cached: session } : { ...state, local: { ...state.local, [instance]: session } };
}

/** The user counts as logged in if some store holds the session in the cookie. */
export function loggedIn(state: SessionState): boolean {
  if (state.cookie === null) return false;
  const all = state.store === 'cache' ? [state.cached] : INSTANCES.map((i) => state.local[i]);
  return all.some((session) => session?.id === state.cookie);
}

export function step(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'login': {
      const instance = nextInstance(state);
      const id = state.issued + 1;
      const session: Session = { id, expiresAt: state.now + SESSION_TTL };
      return {
        ...withSession(state, instance, session),
        next: advance(state),
        issued: id,
        cookie: id,
        last: { type: 'login', instance, id },
      };
    }
    case 'request': {
      const instance = nextInstance(state);
      const moved = { ...state, next: advance(state) };
      if (state.cookie === null) {
        return { ...moved, last: { type: 'request', instance, found: false, reason: 'noCookie' } };
      }
      const session = sessionSeenBy(state, instance);
      if (session && session.id === state.cookie) {
        const refreshed: Session = { ...session, expiresAt: state.now + SESSION_TTL };
        return { ...withSession(moved, instance, refreshed), last: { type: 'request', instance, found: true, reason: 'none' } };
      }
      // The cookie names a session this instance cannot see: gone (expired) or held elsewhere.
      // Held elsewhere, the session survives (and the cookie with it); expired, both are gone.
      const reason = state.store === 'local' && loggedIn(state) ? 'notHere' : 'expired';
      return {
        ...moved,
        cookie: reason === 'notHere' ? state.cookie : null,
        last: { type: 'request', instance, found: false, reason },
      };
    }
    case 'wait': {
      const minutes = Math.max(0, Math.trunc(Number.isFinite(event.minutes) ? event.minutes : 0));
      const now = state.now + minutes;
      const expired: string[] = [];
      const keep = (session: Session | null, where: string): Session | null => {
        if (session && session.expiresAt <= now) {
          expired.push(where);
          return null;
        }
        return session;
      };
      const cached = keep(state.cached, 'cache');
      const local = { A: keep(state.local.A, 'A'), B: keep(state.local.B, 'B'), C: keep(state.local.C, 'C') };
      return { ...state, now, cached, local, last: { type: 'wait', minutes, expired } };
    }
    case 'store':
      // Moving the sessions elsewhere starts afresh: nobody is logged in.
      return { ...initial(event.store), now: state.now, next: state.next, issued: state.issued, last: { type: 'store', store: event.store } };
  }
}

export function run(events: readonly SessionEvent[], from: SessionState = initial()): SessionState {
  return events.reduce(step, from);
}

/** Minutes a session has left. */
export function minutesLeft(state: SessionState, session: Session): number {
  return Math.max(0, session.expiresAt - state.now);
}
