/** The session-store island's words in English. See strings.ts. */
import type { SessionFacts, SessionStrings } from './strings';

function status(f: SessionFacts): string {
  const where = f.store === 'cache' ? 'Sessions live in ElastiCache' : "Sessions live in each instance's memory";
  const who = f.loggedIn
    ? `the user is logged in${f.left === null ? '' : ` (the session has ${f.left} min left)`}`
    : 'the user is not logged in';
  return `${where}; ${who}. The next request goes to instance ${f.next}.`;
}

export const en: SessionStrings = {
  picture: {
    title: (f) => `A user, a load balancer, instances A, B and C, and a session store. ${status(f)}`,
    user: 'User',
    cookie: (id) => (id === null ? 'no session cookie' : `cookie: session ${id}`),
    balancer: 'Load balancer',
    instance: (name) => `Instance ${name}`,
    memory: 'memory:',
    cache: 'ElastiCache session store',
    session: (id, left) => `#${id}, ${left} min left`,
    none: 'no session',
    unused: 'not used',
    next: 'next',
    clock: (minutes) => `Time: ${minutes} min`,
    result: { in: 'Logged in', out: 'Asked to log in' },
  },
  live: {
    status,
    login: (instance, store) =>
      store === 'cache'
        ? `Logged in through instance ${instance}, which wrote the session to ElastiCache with a 30-minute TTL.`
        : `Logged in through instance ${instance}, which keeps the session in its own memory.`,
    found: (instance, store) =>
      store === 'cache'
        ? `Routed to instance ${instance}, which read the session from ElastiCache: still logged in. The TTL starts again at 30 minutes.`
        : `Routed to instance ${instance}, which holds the session: still logged in. The TTL starts again at 30 minutes.`,
    noCookie: (instance) => `Routed to instance ${instance}: there is no session, so the user is asked to log in.`,
    expired: (instance, store) =>
      store === 'cache'
        ? `Routed to instance ${instance}, which finds no session in ElastiCache: it reached its TTL and was deleted, so the user is asked to log in again.`
        : `Routed to instance ${instance}. The session no longer exists anywhere: it reached its TTL on the instance that held it, so the user is asked to log in again.`,
    notHere: (instance, holder) =>
      `Routed to instance ${instance}, which has no such session in its memory: the user is asked to log in again` +
      (holder ? `, although instance ${holder} still holds it.` : '.'),
    wait: (minutes, now, expired) =>
      `${minutes} minutes pass with no requests (time: ${now} min)` +
      (expired ? '; the session reached its TTL and was deleted.' : '.'),
    store: (store) =>
      store === 'cache'
        ? 'Sessions now live in ElastiCache, shared by every instance. Nobody is logged in yet.'
        : "Sessions now live in each instance's memory. Nobody is logged in yet.",
    tourStep: (index, length) => `Step ${index + 1} of ${length}:`,
    tour: {
      start: 'Three instances behind a load balancer, which sends each request to the next one in turn. Sessions go to ElastiCache.',
      login: 'The instance that handles the login writes the session to the shared store.',
      routedToB: 'The next request lands on a different instance, which finds the same session: no second login.',
      routedToC: 'The same on the third instance: no instance needs to remember the user itself.',
      idle: 'Ten quiet minutes: the session is still within its TTL.',
      stillIn: 'Any request resets the TTL, so the session lasts 30 minutes after the latest request.',
      expire: 'Thirty quiet minutes: the TTL runs out and ElastiCache deletes the session.',
      afterExpiry: 'The next request finds no session: logged out after 30 minutes of inactivity.',
      local: 'Now the same with sessions kept in each instance instead.',
      localLogin: 'The login creates the session in the memory of the instance that handled it.',
      localLost: 'The next request goes to another instance, which knows nothing about it. This is why stateless instances keep sessions in ElastiCache.',
    },
  },
};
