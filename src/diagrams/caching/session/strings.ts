/**
 * What the session-store island shows and says, in Korean and English.
 * Words only the server renders are in page-strings.ts.
 *
 * Korean follows the page's terms: 세션 저장소, 로드 밸런서, 상태 비저장,
 * 고정 세션, TTL. Sentences avoid a particle straight after an instance
 * name such as A.
 */
import { defineStrings } from '../../kit/strings';
import type { Instance, Store } from './model';
import type { TourKey } from './timeline';
import { en } from './strings.en';
import { ko } from './strings.ko';

export interface SessionFacts {
  readonly store: Store;
  readonly loggedIn: boolean;
  /** Minutes the session has left, if there is one. */
  readonly left: number | null;
  readonly next: Instance;
}

export interface SessionStrings {
  readonly picture: {
    readonly title: (f: SessionFacts) => string;
    readonly user: string;
    readonly cookie: (id: number | null) => string;
    readonly balancer: string;
    readonly instance: (name: Instance) => string;
    readonly memory: string;
    readonly cache: string;
    readonly session: (id: number, left: number) => string;
    readonly none: string;
    readonly unused: string;
    readonly next: string;
    readonly clock: (minutes: number) => string;
    readonly result: Readonly<Record<'in' | 'out', string>>;
  };
  readonly live: {
    readonly status: (f: SessionFacts) => string;
    readonly login: (instance: Instance, store: Store) => string;
    readonly found: (instance: Instance, store: Store) => string;
    readonly noCookie: (instance: Instance) => string;
    /** The session reached its TTL and is gone: from ElastiCache, or from the instance that held it (not the one asked). */
    readonly expired: (instance: Instance, store: Store) => string;
    readonly notHere: (instance: Instance, holder: Instance | null) => string;
    readonly wait: (minutes: number, now: number, expired: boolean) => string;
    readonly store: (store: Store) => string;
    readonly tourStep: (index: number, length: number) => string;
    readonly tour: Readonly<Record<TourKey, string>>;
  };
}

export const sessionStrings = defineStrings<SessionStrings>({ ko, en });
