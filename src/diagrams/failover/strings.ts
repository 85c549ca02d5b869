/**
 * What the failover island shows and says, in Korean and English: picture
 * labels, captions, the status panel, live-region sentences. Words only the
 * server renders (description, table, control labels) are in page-strings.ts,
 * so the island downloads one language of these and nothing else.
 *
 * Korean follows AWS's Korean terms: 다중 AZ DB 인스턴스/클러스터, 기본 인스턴스,
 * 대기 인스턴스, 라이터·리더, Aurora 복제본, 읽기 전용 복제본, 승격, 장애 조치,
 * 장애 조치 우선 순위, 클러스터 엔드포인트, 클러스터 볼륨, 복제 지연, RDS 프록시.
 * Sentences keep particles off identifiers (a, b, c), whose pronunciation would decide them.
 */
import { defineStrings } from '../kit/strings';
import type { AppView, Deployment, Lane, Milestone, NodeId, Role, WriteCounts, WriteStatus } from './model';
import { en } from './strings.en';
import { ko } from './strings.ko';

/** What a caption may mention about a lane. */
export interface CaptionFacts {
  readonly lane: Lane;
  /** The node that takes over. */
  readonly next: NodeId;
  /** Its failover tier (Aurora), or null. */
  readonly tier: number | null;
  /** Replication lag of the promoted node at the failure, s. */
  readonly lag: number;
  /** Acknowledged writes lost so far. */
  readonly lost: number;
  /** Writes that waited past the proxy's borrow timeout and had to be retried. */
  readonly timedOut: number;
}

export interface ResultFacts {
  readonly rto: number;
  readonly rpo: number;
  readonly lost: number;
}

export interface FailoverStrings {
  readonly lane: (lane: Lane) => string;
  readonly rows: {
    readonly app: string;
    readonly proxy: string;
    readonly endpoint: (deployment: Deployment) => string;
    readonly volume: string;
    readonly node: (id: NodeId, az: string) => string;
    readonly writes: string;
    readonly outcome: Readonly<Record<Exclude<WriteStatus, 'held'>, string>>;
  };
  readonly bars: {
    readonly app: Readonly<Record<AppView, string>>;
    /** Shorter words for a bar too narrow for the full ones. */
    readonly appShort: Readonly<Record<AppView, string>>;
    readonly proxyWaiting: string;
    readonly proxyWaitingShort: string;
    readonly to: (id: NodeId) => string;
    readonly volume: string;
    readonly volumeShort: string;
    readonly role: (role: Role, deployment: Deployment, tier: number | null, lag: number, short: boolean) => string;
    readonly lag: (seconds: number) => string;
  };
  readonly axis: {
    readonly label: string;
    readonly failure: string;
    readonly happened: string;
    readonly toCome: string;
  };
  /** "34 s" */
  readonly seconds: (seconds: number) => string;
  /** "226 s (3 min 46 s)" */
  readonly duration: (seconds: number) => string;
  /** "34 s after the failure" */
  readonly when: (time: number) => string;
  readonly result: (facts: ResultFacts) => string;
  /** Shown instead of the result until the lane has recovered: nothing is measured before it happens. */
  readonly resultPending: string;
  readonly picture: {
    readonly title: (lanes: readonly string[], when: string) => string;
    /** On a phone the picture draws one timeline at a time: the tabs (and radio buttons) choosing it. */
    readonly drawn: string;
    readonly tabs: readonly [scenario: string, comparison: string];
  };
  /** The caption of each phase: before the failure (normal) and after each milestone. */
  readonly captions: Readonly<Record<'normal' | Milestone, (facts: CaptionFacts) => string>>;
  readonly status: (name: string, view: AppView, counts: WriteCounts) => string;
  /** The controls whose words change while the island runs. */
  readonly live: {
    /** Where the reader is in time, then what happens or holds there. */
    readonly at: (when: string, lines: readonly string[]) => string;
    readonly showing: (lines: readonly string[]) => string;
    readonly rerolled: (seed: number, lines: readonly string[]) => string;
    readonly ended: (lines: readonly string[]) => string;
    /** "Aurora with a replica: RTO 28 s, RPO 0 s" */
    readonly summary: (name: string, facts: ResultFacts) => string;
  };
  /** The milestone table's cells, which the island refreshes when the scenarios change. */
  readonly table: {
    readonly caption: (seed: number) => string;
    readonly none: string;
    readonly writes: (acked: number, late: number, lost: number) => string;
  };
}

/** Both languages, checked against the interface: a missing key is a type error. */
export const failoverStrings = defineStrings<FailoverStrings>({ ko, en });
