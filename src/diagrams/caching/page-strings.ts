/**
 * Words only the server renders for the caching-patterns figure: caption,
 * description, table headings, control labels. The island never loads this file.
 */
import { defineStrings } from '../kit/strings';
import type { Key, Strategy, Ttl } from './model';

export interface CachingPageStrings {
  readonly caption: string;
  readonly description: readonly string[];
  readonly noscript: string;
  readonly counters: string;
  readonly table: {
    readonly caption: string;
    /** The first column's head; the others are the island's counter names (strings.ts). */
    readonly pattern: string;
  };
  readonly controls: {
    readonly pattern: string;
    readonly strategy: Readonly<Record<Strategy, string>>;
    readonly ttl: string;
    readonly ttlOption: (ttl: Ttl) => string;
    readonly key: string;
    readonly keyOption: (key: Key) => string;
    readonly requests: string;
    readonly read: string;
    readonly write: string;
    readonly wait: string;
    readonly replace: string;
  };
}

export const cachingPageStrings = defineStrings<CachingPageStrings>({
  ko: {
    caption: '캐싱 패턴 시뮬레이터: 지연 로딩, 라이트 스루, TTL',
    description: [
      '애플리케이션이 ElastiCache와 데이터베이스 사이에서 상품 3개(product:1, product:2, product:3)를 읽고 씁니다. 모든 요청은 세 패턴에 동시에 적용되므로, 패턴을 바꾸면 같은 요청이 패턴마다 어떻게 달라지는지 비교할 수 있습니다.',
      '지연 로딩은 캐시 누락이 나면 데이터베이스에서 읽어 캐시에 넣고, 쓰기는 데이터베이스에만 합니다. 그래서 데이터베이스가 바뀐 뒤에도 캐시에 옛 값이 남아 오래된 데이터를 돌려줄 수 있습니다. 라이트 스루는 쓸 때마다 데이터베이스와 캐시를 함께 갱신하므로 오래된 데이터가 없지만, 읽을 때는 캐시를 채우지 않아 노드를 교체하면 다음 쓰기까지 데이터가 비고, 아무도 읽지 않는 키도 캐시에 쌓입니다. 둘을 함께 쓰면 두 약점을 서로 메웁니다.',
      'TTL을 켜면 그 뒤로 캐시에 쓰는 키마다 수명이 붙고, 시간이 다 되면 캐시가 키를 지웁니다. 지연 로딩에서는 오래된 데이터가 남는 시간에 상한이 생기고, 라이트 스루에서는 읽히지 않는 키가 정리됩니다. 시간은 기다리기 버튼을 누를 때만 흐릅니다.',
      '그림의 캐시 칸에는 키마다 버전(v1, v2…), 남은 TTL, 데이터베이스보다 오래되었는지가 글자로 나옵니다. 아래 카운터와 표는 읽기, 캐시 적중, 캐시 누락, 오래된 데이터 읽기, 적중률, 캐시에 든 키 수를 셉니다.',
    ],
    noscript:
      '조작 버튼은 JavaScript가 있어야 동작합니다. 그림과 설명, 표만으로도 시작 상태와 세 패턴의 차이를 볼 수 있습니다.',
    counters: '카운터',
    table: {
      caption: '같은 요청, 패턴별 결과',
      pattern: '패턴',
    },
    controls: {
      pattern: '캐싱 패턴',
      strategy: { lazy: '지연 로딩', writeThrough: '라이트 스루', both: '라이트 스루 + 지연 로딩' },
      ttl: 'TTL',
      ttlOption: (ttl) => (ttl === 0 ? 'TTL 없음' : `${ttl}초`),
      key: '키',
      keyOption: (key) => key,
      requests: '요청',
      read: '읽기',
      write: '쓰기 (데이터베이스 갱신)',
      wait: '10초 기다리기',
      replace: '캐시 노드 교체',
    },
  },
  en: {
    caption: 'Caching patterns simulator: lazy loading, write-through and TTLs',
    description: [
      'An application reads and writes three products (product:1, product:2 and product:3) through ElastiCache and a database. Every request is applied under all three patterns at once, so switching patterns shows how the same requests fare under each.',
      'Lazy loading fills the cache on a miss, reading from the database, and sends writes to the database only, so after a change the cache can keep serving the old value: a stale read. Write-through updates the database and the cache on every write, so nothing goes stale, but it does not fill the cache on reads: after a node replacement data is missing until written again, and keys nobody reads pile up. Using both covers each one’s weakness.',
      'Turn on a TTL and every key written to the cache from then on gets a lifetime; when it runs out, the cache deletes the key. With lazy loading that caps how long stale data can survive; with write-through it clears out keys nobody reads. Time only moves when you wait.',
      'In the picture, each cached key shows its version (v1, v2…), the TTL it has left, and whether it is older than the database, in words. The counters and the table below count reads, hits, misses, stale reads, the hit ratio and the keys in the cache.',
    ],
    noscript:
      'The controls need JavaScript. The picture, the text and the table still show the starting state and how the three patterns differ.',
    counters: 'Counters',
    table: {
      caption: 'The same requests under each pattern',
      pattern: 'Pattern',
    },
    controls: {
      pattern: 'Caching pattern',
      strategy: { lazy: 'Lazy loading', writeThrough: 'Write-through', both: 'Write-through + lazy loading' },
      ttl: 'TTL',
      ttlOption: (ttl) => (ttl === 0 ? 'No TTL' : `${ttl} seconds`),
      key: 'Key',
      keyOption: (key) => key,
      requests: 'Requests',
      read: 'Read',
      write: 'Write (update the database)',
      wait: 'Wait 10 seconds',
      replace: 'Replace the cache node',
    },
  },
});
