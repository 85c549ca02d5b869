/**
 * What the endpoints island shows and says, in Korean and English: picture
 * labels, live-region sentences, tour captions. Words only the server renders
 * (description, table, control labels) are in page-strings.ts; the island
 * downloads one language of these and nothing else.
 *
 * Korean follows AWS's Korean terms: 클러스터 엔드포인트, 리더 엔드포인트,
 * 사용자 지정 엔드포인트, 라이터 DB 인스턴스, Aurora 복제본, 복제 지연,
 * 조정 정책, 휴지 기간. Sentences avoid a particle straight after an
 * identifier (c1, 복제본 3), whose pronunciation decides the particle.
 */
import { defineStrings } from '../kit/strings';
import type { Load, ReplicaId } from './model';
import type { TourKey } from './timeline';
import { en } from './strings.en';
import { ko } from './strings.ko';

/** A connection as the sentences name it: `c3 → replica 1`. */
export interface ConnWords {
  readonly app: 'service' | 'analytics';
  readonly id: number;
  readonly replica: ReplicaId;
}

/** What the status sentence and the picture's title need. */
export interface StatusFacts {
  readonly replicas: number;
  readonly creating: number;
  readonly lagMs: number;
  readonly latest: number;
  readonly applied: number;
  readonly cpu: number;
  readonly target: number;
}

/** The scaling panel's state line. */
export type ScalingFacts =
  | { readonly kind: 'creating'; readonly ids: readonly ReplicaId[]; readonly readyInMs: number }
  | { readonly kind: 'cooldown'; readonly leftMs: number }
  | { readonly kind: 'above'; readonly minutes: number; readonly needed: number }
  | { readonly kind: 'below'; readonly minutes: number; readonly needed: number; readonly canRemove: boolean }
  | { readonly kind: 'steady'; readonly atMax: boolean };

/** One thing Auto Scaling did during a wait. */
export type ChangeWords =
  | { readonly kind: 'out'; readonly atMs: number; readonly cpu: number; readonly added: readonly ReplicaId[] }
  | { readonly kind: 'ready'; readonly atMs: number; readonly replicas: readonly ReplicaId[] }
  | {
      readonly kind: 'in';
      readonly atMs: number;
      readonly cpu: number;
      readonly removed: ReplicaId;
      readonly moved: readonly ConnWords[];
    };

export interface EndpointsStrings {
  readonly picture: {
    readonly title: (status: string, service: readonly ConnWords[], analytics: readonly ConnWords[]) => string;
    readonly serviceApp: string;
    readonly analyticsApp: string;
    readonly clusterEndpoint: string;
    readonly readerEndpoint: string;
    readonly customEndpoint: string;
    readonly writer: string;
    readonly writerTag: string;
    readonly replica: (id: ReplicaId) => string;
    readonly members: (ids: readonly ReplicaId[]) => string;
    readonly auto: string;
    readonly creating: string;
    readonly member: string;
    readonly manual: string;
    readonly version: (version: number) => string;
    readonly behind: (version: number, by: number) => string;
    readonly noConnections: string;
    readonly conn: (conn: ConnWords) => string;
    readonly served: (count: number, value: number, stale: boolean) => string;
    readonly volume: (latest: number) => string;
    readonly cpu: (cpu: number) => string;
    readonly target: (target: number) => string;
    readonly policy: (count: number, min: number, max: number) => string;
    readonly scaling: (facts: ScalingFacts) => string;
    readonly clock: (ms: number) => string;
    readonly lag: (ms: number) => string;
  };
  readonly live: {
    readonly status: (facts: StatusFacts) => string;
    readonly write: (version: number, lagMs: number) => string;
    readonly readWriter: (value: number) => string;
    readonly readReplica: (conn: ConnWords, value: number, latest: number, lagMs: number) => string;
    readonly burst: (
      count: number,
      pool: number,
      served: readonly (readonly [ReplicaId, number])[],
      stale: number,
    ) => string;
    readonly report: (conn: ConnWords, value: number, latest: number) => string;
    readonly reportNowhere: string;
    readonly waited: (ms: number) => string;
    readonly caughtUp: (latest: number) => string;
    readonly stillApplying: (applied: number, latest: number) => string;
    readonly change: (change: ChangeWords) => string;
    readonly scalingNow: (cpu: number, scaling: string) => string;
    readonly lag: (ms: number) => string;
    readonly load: (load: Load, cpu: number, target: number, below: number) => string;
    readonly poolGrew: (size: number, opened: readonly ConnWords[]) => string;
    readonly poolShrank: (size: number, closed: readonly ConnWords[]) => string;
    readonly leak: (conns: readonly ConnWords[]) => string;
    readonly reconnected: (service: readonly ConnWords[], analytics: readonly ConnWords[]) => string;
    readonly member: (
      id: ReplicaId,
      on: boolean,
      members: readonly ReplicaId[],
      analytics: readonly ConnWords[],
    ) => string;
    readonly memberUnchanged: (id: ReplicaId, creating: boolean) => string;
    readonly tourStep: (index: number, length: number) => string;
    readonly tour: Readonly<Record<TourKey, string>>;
  };
}

/** Both languages, checked against the interface: a missing key is a type error. */
export const endpointsStrings = defineStrings<EndpointsStrings>({ ko, en });
