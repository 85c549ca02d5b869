/** The session-store island's words in Korean (한국어). See strings.ts. */
import type { SessionFacts, SessionStrings } from './strings';

function status(f: SessionFacts): string {
  const where = f.store === 'cache' ? '세션은 ElastiCache에 저장' : '세션은 인스턴스마다 자기 메모리에 저장';
  const who = f.loggedIn
    ? `사용자 로그인 상태${f.left === null ? '' : `(세션 남은 시간 ${f.left}분)`}`
    : '사용자 로그인 안 됨';
  return `${where}, ${who}. 다음 요청은 인스턴스 ${f.next} 차례입니다.`;
}

export const ko: SessionStrings = {
  picture: {
    title: (f) => `사용자, 로드 밸런서, 인스턴스 A·B·C, 세션 저장소. ${status(f)}`,
    user: '사용자',
    cookie: (id) => (id === null ? '세션 쿠키 없음' : `쿠키: 세션 ${id}`),
    balancer: '로드 밸런서',
    instance: (name) => `인스턴스 ${name}`,
    memory: '메모리:',
    cache: 'ElastiCache 세션 저장소',
    session: (id, left) => `#${id}, ${left}분 남음`,
    none: '세션 없음',
    unused: '사용 안 함',
    next: '다음',
    clock: (minutes) => `시간: ${minutes}분`,
    result: { in: '로그인 유지', out: '다시 로그인 요청' },
  },
  live: {
    status,
    login: (instance, store) =>
      store === 'cache'
        ? `인스턴스 ${instance}에서 로그인: 세션을 30분 TTL과 함께 ElastiCache에 기록했습니다.`
        : `인스턴스 ${instance}에서 로그인: 세션을 그 인스턴스의 메모리에만 두었습니다.`,
    found: (instance, store) =>
      store === 'cache'
        ? `요청이 인스턴스 ${instance}에 도착했고, ElastiCache에서 세션을 읽어 로그인 상태가 유지됩니다. TTL은 다시 30분부터입니다.`
        : `요청이 인스턴스 ${instance}에 도착했고, 그 메모리에 세션이 있어 로그인 상태가 유지됩니다. TTL은 다시 30분부터입니다.`,
    noCookie: (instance) => `요청이 인스턴스 ${instance}에 도착했지만 세션이 없어 로그인을 요청합니다.`,
    expired: (instance, store) =>
      store === 'cache'
        ? `요청이 인스턴스 ${instance}에 도착했지만 ElastiCache에 세션이 없습니다. TTL에 닿아 삭제되었으므로 다시 로그인을 요청합니다.`
        : `요청이 인스턴스 ${instance}에 도착했지만 세션은 이제 어디에도 없습니다. 세션을 갖고 있던 인스턴스에서 TTL에 닿아 삭제되었으므로 다시 로그인을 요청합니다.`,
    notHere: (instance, holder) =>
      `요청이 인스턴스 ${instance}에 도착했지만 그 메모리에는 이 세션이 없어 다시 로그인을 요청합니다` +
      (holder ? `. 세션은 아직 인스턴스 ${holder}의 메모리에 남아 있습니다.` : '.'),
    wait: (minutes, now, expired) =>
      `요청 없이 ${minutes}분이 지났습니다(시간: ${now}분)` + (expired ? '. 세션이 TTL에 닿아 삭제되었습니다.' : '.'),
    store: (store) =>
      store === 'cache'
        ? '이제 세션을 모든 인스턴스가 함께 쓰는 ElastiCache에 둡니다. 아직 아무도 로그인하지 않았습니다.'
        : '이제 세션을 인스턴스마다 자기 메모리에 둡니다. 아직 아무도 로그인하지 않았습니다.',
    tourStep: (index, length) => `${length}단계 중 ${index + 1}단계:`,
    tour: {
      start: '로드 밸런서 뒤에 인스턴스 3개가 있고, 로드 밸런서는 요청을 차례로 다음 인스턴스에 보냅니다. 세션은 ElastiCache에 둡니다.',
      login: '로그인을 처리한 인스턴스가 세션을 공유 저장소에 기록합니다.',
      routedToB: '다음 요청은 다른 인스턴스로 가지만 같은 세션을 찾으므로 다시 로그인할 필요가 없습니다.',
      routedToC: '세 번째 인스턴스도 마찬가지입니다. 어느 인스턴스도 사용자를 직접 기억할 필요가 없습니다(상태 비저장).',
      idle: '10분 동안 요청이 없어도 세션은 아직 TTL 안에 있습니다.',
      stillIn: '요청이 올 때마다 TTL이 다시 시작되므로, 세션은 마지막 요청 뒤 30분 동안 유지됩니다.',
      expire: '30분 동안 요청이 없으면 TTL이 끝나 ElastiCache가 세션을 지웁니다.',
      afterExpiry: '다음 요청은 세션을 찾지 못합니다. 30분 동안 활동이 없어 로그아웃된 것입니다.',
      local: '이번에는 세션을 인스턴스마다 자기 메모리에 두고 같은 일을 해 봅니다.',
      localLogin: '로그인하면 그 요청을 처리한 인스턴스의 메모리에만 세션이 생깁니다.',
      localLost: '다음 요청은 다른 인스턴스로 가고, 그 인스턴스는 이 세션을 모릅니다. 고정 세션(sticky session)에 기대지 않으려면 세션을 ElastiCache에 두어야 하는 이유가 바로 이것입니다.',
    },
  },
};
