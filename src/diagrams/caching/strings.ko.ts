/** The caching-patterns island's words in Korean (한국어). See strings.ts. */
import type { CachingStrings, CounterFacts } from './strings';

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

function counters(f: CounterFacts): string {
  if (f.reads === 0) return `아직 읽기 없음, 캐시에 든 키 ${f.keys}개`;
  return `읽기 ${f.reads}번, 적중 ${f.hits}번${f.stale > 0 ? `(오래된 데이터 ${f.stale}번)` : ''}, 적중률 ${percent(f.ratio ?? 0)}, 캐시에 든 키 ${f.keys}개`;
}

export const ko: CachingStrings = {
  picture: {
    title: (strategy, f) => `${ko.strategy[strategy]}: 애플리케이션, 캐시, 데이터베이스. ${counters(f)}.`,
    app: '애플리케이션',
    cache: 'ElastiCache',
    db: '데이터베이스',
    empty: '캐시에 없음',
    version: (v) => `v${v}`,
    ttlLeft: (seconds) => (seconds === null ? 'TTL 없음' : `TTL ${seconds}초`),
    stale: '오래됨',
    clock: (seconds) => `시간: ${seconds}초`,
    ttlSetting: (ttl) => (ttl === 0 ? 'TTL: 끔' : `TTL: ${ttl}초`),
    result: { hit: '캐시 적중', stale: '오래된 데이터', miss: '캐시 누락', write: '쓰기' },
  },
  strategy: {
    lazy: '지연 로딩',
    writeThrough: '라이트 스루',
    both: '라이트 스루 + 지연 로딩',
  },
  counters: {
    reads: '읽기',
    hits: '캐시 적중',
    misses: '캐시 누락',
    stale: '오래된 데이터 읽기',
    ratio: '적중률',
    keys: '캐시에 든 키',
    none: '–',
    percent,
  },
  live: {
    status: (strategy, f) => `${ko.strategy[strategy]}: ${counters(f)}.`,
    hit: (key, v) => `캐시 적중: ${key} 값(v${v})을 캐시에서 바로 받았습니다.`,
    staleHit: (key, v, current) =>
      `오래된 데이터: 캐시가 돌려준 ${key} 값은 v${v}이지만 데이터베이스의 값은 v${current}입니다.`,
    missFilled: (key, v) =>
      `캐시 누락: ${key} 값(v${v})을 데이터베이스에서 읽어 캐시에 넣었습니다. 한 번이면 될 왕복이 세 번 걸렸습니다.`,
    missNotFilled: (key, v) =>
      `캐시 누락: ${key} 값(v${v})을 데이터베이스에서 읽었습니다. 라이트 스루는 읽을 때 캐시에 넣지 않습니다.`,
    ratio: (f) => `지금까지 적중률 ${percent(f.ratio ?? 0)}(읽기 ${f.reads}번 중 ${f.hits}번).`,
    writeCached: (key, v) => `${key} 쓰기: 새 값 v${v}, 데이터베이스와 캐시에 모두 기록했습니다.`,
    writeDbOnly: (key, v, cached) =>
      `${key} 쓰기: 새 값 v${v}, 데이터베이스에만 기록했습니다. ` +
      (cached === null ? '이 키는 캐시에 없습니다.' : `캐시에 남은 값은 여전히 v${cached}입니다.`),
    wait: (seconds, now, expired) =>
      `${seconds}초가 지났습니다(시간: ${now}초). ` +
      (expired.length === 0 ? '만료된 키가 없습니다.' : `만료되어 캐시에서 지운 키: ${expired.join(', ')}.`),
    ttl: (ttl) =>
      ttl === 0
        ? 'TTL 끔: 이제부터 캐시에 쓰는 키는 바뀔 때까지 남습니다.'
        : `TTL ${ttl}초: 이제부터 캐시에 쓰는 모든 키에 붙습니다.`,
    replace: (dropped) =>
      `캐시 노드를 교체했습니다. 새 노드는 비어 있습니다${dropped > 0 ? `(키 ${dropped}개 사라짐)` : ''}.`,
    showing: (strategy, status) => `${ko.strategy[strategy]} 보기. ${status}`,
    tourStep: (index, length) => `${length}단계 중 ${index + 1}단계:`,
    tour: {
      start: '데이터베이스 앞에 빈 캐시가 있습니다. 데이터베이스에는 상품 3개가 버전 1로 들어 있습니다.',
      firstRead: '키를 처음 읽으면 언제나 캐시 누락입니다. 지연 로딩은 읽은 값을 캐시에 넣고, 라이트 스루는 넣지 않습니다.',
      secondRead: '같은 읽기를 한 번 더: 첫 읽기가 캐시를 채운 패턴에서는 캐시 적중입니다.',
      write: '쓰기입니다. 라이트 스루는 캐시도 함께 갱신하고, 지연 로딩은 옛 값을 캐시에 그대로 둡니다.',
      readAfterWrite: '이제 지연 로딩은 옛 값을 돌려줍니다. 오래된 데이터입니다. 라이트 스루는 새 값을 돌려줍니다.',
      writeUnread: '라이트 스루는 아무도 읽지 않은 키까지 캐시에 넣습니다(cache churn). 지연 로딩은 넣지 않습니다.',
      readWritten: '그 키를 읽을 때 효과가 납니다. 라이트 스루는 적중, 지연 로딩은 누락입니다.',
      replace: '캐시 노드를 교체했고, 새 노드는 비어 있습니다.',
      readAfterReplace: '지연 로딩은 첫 누락에서 키를 다시 채우고, 라이트 스루는 다음 쓰기까지 비어 있습니다.',
      ttlOn: '이제 캐시에 쓰는 모든 키에 30초 TTL을 붙입니다.',
      readWithTtl: '읽을 때 캐시를 채우는 패턴에서는 누락된 키가 TTL과 함께 들어갑니다.',
      writeWithTtl: '또 쓰기: 지연 로딩은 다시 오래된 데이터가 되고, 라이트 스루는 최신을 유지합니다.',
      staleWithTtl: '오래된 값이 또 나가지만, 이번에는 TTL이 그 기간에 상한을 둡니다.',
      expire: '30초가 지나면 TTL과 함께 쓴 키가 만료되어 캐시가 지웁니다.',
      readAfterExpiry: '다음 읽기는 누락되어 최신 값을 가져옵니다. TTL이 오래된 데이터가 남는 시간을 제한했습니다.',
    },
  },
};
