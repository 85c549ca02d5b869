/**
 * What the quorum island shows and says, in Korean and English: picture
 * labels, the quorum panel, live-region sentences, tour captions. The words
 * only the server renders (description, table, control labels) are in
 * page-strings.ts, so the island downloads one language of these and nothing else.
 *
 * Korean follows AWS's Korean terms: 데이터 사본, 보호 그룹, 세그먼트, 쿼럼,
 * 가용 영역, 라이터 DB 인스턴스. Sentences avoid a particle straight after an
 * identifier (a1, AZ a), whose pronunciation decides the particle.
 */
import { defineStrings } from '../kit/strings';
import type { Az, CopyId, Design, Health, Rules } from './model';
import type { TourKey } from './timeline';
import { en } from './strings.en';
import { ko } from './strings.ko';

/** The facts a status phrase needs. */
export interface StatusFacts {
  readonly count: number;
  readonly V: number;
  readonly repairing: number;
  readonly canWrite: boolean;
  readonly canRead: boolean;
}

export interface QuorumStrings {
  readonly picture: {
    readonly title: (design: Design, status: string) => string;
    readonly writer: string;
    readonly az: (az: Az) => string;
    readonly health: Readonly<Record<Health, string>>;
    readonly version: (version: number) => string;
    readonly meter: (kind: 'write' | 'read', rules: Rules) => string;
    readonly meterResult: (count: number, met: boolean) => string;
  };
  readonly panel: {
    readonly label: string;
    readonly rules: (rules: Rules) => string;
    readonly quorum: (kind: 'write' | 'read', rules: Rules, count: number, met: boolean) => string;
    readonly other: (design: Design, status: string) => string;
  };
  /** The controls whose words change while the island runs. */
  readonly live: {
    readonly status: (facts: StatusFacts) => string;
    readonly failed: (names: readonly string[], status: string) => string;
    readonly restored: (names: readonly string[], repairing: readonly CopyId[], status: string) => string;
    readonly targetAz: (az: Az) => string;
    readonly targetCopy: (id: CopyId) => string;
    readonly onlyInAurora: (id: CopyId) => string;
    readonly writeOk: (version: number, quorum: readonly CopyId[], holders: number) => string;
    readonly writeFailed: (answered: number, needed: number) => string;
    readonly readOk: (answers: readonly CopyId[], value: number) => string;
    readonly readFailed: (answered: number, needed: number) => string;
    readonly repaired: (ids: readonly CopyId[], status: string) => string;
    readonly waiting: (ids: readonly CopyId[]) => string;
    readonly nothingToRepair: (status: string) => string;
    readonly showing: (design: Design, rules: Rules, status: string) => string;
    readonly tourStep: (index: number, length: number) => string;
    readonly tour: Readonly<Record<TourKey, Readonly<Record<Design, string>>>>;
  };
}

/** Both languages, checked against the interface: a missing key is a type error. */
export const quorumStrings = defineStrings<QuorumStrings>({ ko, en });
