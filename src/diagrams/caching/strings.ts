/**
 * What the caching-patterns island shows and says, in Korean and English.
 * Words only the server renders (caption, description, control labels) are
 * in page-strings.ts, so the island downloads one language of these.
 *
 * Korean follows the page's terms: 지연 로딩, 라이트 스루, TTL, 캐시 적중,
 * 캐시 누락, 오래된 데이터. Sentences avoid a particle straight after a key
 * name such as product:1.
 */
import { defineStrings } from '../kit/strings';
import type { Key, Strategy, Ttl } from './model';
import type { TourKey } from './timeline';
import { en } from './strings.en';
import { ko } from './strings.ko';

export interface CounterFacts {
  readonly reads: number;
  readonly hits: number;
  readonly misses: number;
  readonly stale: number;
  /** 0…1, or null before the first read. */
  readonly ratio: number | null;
  readonly keys: number;
}

export interface CachingStrings {
  readonly picture: {
    readonly title: (strategy: Strategy, f: CounterFacts) => string;
    readonly app: string;
    readonly cache: string;
    readonly db: string;
    readonly empty: string;
    readonly version: (version: number) => string;
    readonly ttlLeft: (seconds: number | null) => string;
    readonly stale: string;
    readonly clock: (seconds: number) => string;
    readonly ttlSetting: (ttl: Ttl) => string;
    readonly result: Readonly<Record<'hit' | 'stale' | 'miss' | 'write', string>>;
  };
  readonly strategy: Readonly<Record<Strategy, string>>;
  readonly counters: {
    readonly reads: string;
    readonly hits: string;
    readonly misses: string;
    readonly stale: string;
    readonly ratio: string;
    readonly keys: string;
    readonly none: string;
    readonly percent: (ratio: number) => string;
  };
  readonly live: {
    readonly status: (strategy: Strategy, f: CounterFacts) => string;
    readonly hit: (key: Key, version: number) => string;
    readonly staleHit: (key: Key, version: number, current: number) => string;
    readonly missFilled: (key: Key, version: number) => string;
    readonly missNotFilled: (key: Key, version: number) => string;
    readonly ratio: (f: CounterFacts) => string;
    readonly writeCached: (key: Key, version: number) => string;
    readonly writeDbOnly: (key: Key, version: number, cached: number | null) => string;
    readonly wait: (seconds: number, now: number, expired: readonly Key[]) => string;
    readonly ttl: (ttl: Ttl) => string;
    readonly replace: (dropped: number) => string;
    readonly showing: (strategy: Strategy, status: string) => string;
    readonly tourStep: (index: number, length: number) => string;
    readonly tour: Readonly<Record<TourKey, string>>;
  };
}

export const cachingStrings = defineStrings<CachingStrings>({ ko, en });
