import { describe } from 'vitest';
import { STORES, WAITS } from './model';
import { sessionPageStrings, type SessionPageStrings } from './page-strings';
import { sessionStrings, type SessionFacts, type SessionStrings } from './strings';
import { TOUR } from './timeline';
import { checkDiagramWords, textEntries } from '../../kit/testing/strings';

const facts: SessionFacts = {
  store: 'cache',
  loggedIn: true,
  left: 20,
  next: 'B',
};

function islandWords(s: SessionStrings): string[] {
  return [
    s.picture.title(facts),
    s.picture.user,
    s.picture.cookie(null),
    s.picture.cookie(2),
    s.picture.balancer,
    s.picture.instance('A'),
    s.picture.memory,
    s.picture.cache,
    s.picture.session(1, 30),
    s.picture.none,
    s.picture.unused,
    s.picture.next,
    s.picture.clock(40),
    s.picture.result.in,
    s.picture.result.out,
    s.live.status(facts),
    s.live.status({ ...facts, loggedIn: false, store: 'local' }),
    ...STORES.map((store) => s.live.login('A', store)),
    ...STORES.map((store) => s.live.found('B', store)),
    s.live.noCookie('A'),
    s.live.expired('A', 'cache'),
    s.live.expired('B', 'local'),
    s.live.notHere('A', 'C'),
    s.live.notHere('A', null),
    s.live.wait(10, 10, false),
    s.live.wait(30, 40, true),
    ...STORES.map((store) => s.live.store(store)),
  ];
}

function pageWords(p: SessionPageStrings): string[] {
  const c = p.controls;
  return [
    ...textEntries(c),
    ...STORES.map((store) => c.storeOption[store]),
    ...WAITS.map((minutes) => c.wait(minutes)),
  ];
}

describe('session-store strings', () => {
  checkDiagramWords({
    strings: sessionStrings,
    page: sessionPageStrings,
    islandWords,
    pageWords,
    tour: TOUR,
    koreanShare: 0.75,
    terms: {
      name: "use the page's Korean terms",
      island: true,
      list: ['세션 저장소', '로드 밸런서', '상태 비저장', '고정 세션', 'TTL', 'ElastiCache'],
    },
    buttons: (c) => [c.login, c.request, ...WAITS.map((m) => c.wait(m))],
  });
});
