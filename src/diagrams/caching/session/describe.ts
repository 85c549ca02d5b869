/**
 * Words for the session-store state: live-region sentences and the
 * picture's title. Pure functions of model state and strings.
 */
import { INSTANCES, loggedIn, minutesLeft, nextInstance, type Instance, type SessionState } from './model';
import type { SessionFacts, SessionStrings } from './strings';
import { TOUR } from './timeline';

/** The session the cookie names, wherever it lives. */
function cookieSession(state: SessionState): { left: number; holder: Instance | null } | null {
  if (state.cookie === null) return null;
  if (state.store === 'cache') return state.cached?.id === state.cookie ? { left: minutesLeft(state, state.cached), holder: null } : null;
  for (const instance of INSTANCES) {
    const session = state.local[instance];
    if (session?.id === state.cookie) return { left: minutesLeft(state, session), holder: instance };
  }
  return null;
}

export function factsOf(state: SessionState): SessionFacts {
  const session = cookieSession(state);
  return { store: state.store, loggedIn: loggedIn(state), left: session?.left ?? null, next: nextInstance(state) };
}

export function statusOf(state: SessionState, s: SessionStrings): string {
  return s.live.status(factsOf(state));
}

export function pictureTitle(state: SessionState, s: SessionStrings): string {
  return s.picture.title(factsOf(state));
}

/** What the last event did, in a sentence. */
export function sentenceFor(state: SessionState, s: SessionStrings): string {
  const last = state.last;
  if (!last) return statusOf(state, s);
  switch (last.type) {
    case 'login':
      return s.live.login(last.instance, state.store);
    case 'request':
      if (last.found) return s.live.found(last.instance, state.store);
      if (last.reason === 'noCookie') return s.live.noCookie(last.instance);
      if (last.reason === 'notHere') return s.live.notHere(last.instance, cookieSession(state)?.holder ?? null);
      return s.live.expired(last.instance, state.store);
    case 'wait':
      return s.live.wait(last.minutes, state.now, last.expired.length > 0);
    case 'store':
      return s.live.store(last.store);
  }
}

export function tourText(index: number, state: SessionState, s: SessionStrings): string {
  const step = TOUR[index];
  if (!step) return statusOf(state, s);
  const what = step.event ? sentenceFor(state, s) : statusOf(state, s);
  return `${s.live.tourStep(index, TOUR.length)} ${what} ${s.live.tour[step.captionKey]}`;
}
