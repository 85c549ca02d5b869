/**
 * What the restore-options island shows and says, in Korean and English:
 * picture labels, the verdict table, live-region sentences, tour captions.
 * Words only the server renders (description, control labels) are in
 * page-strings.ts, so the island downloads one language of these and nothing else.
 *
 * Korean follows AWS's Korean terms: 자동 백업, 백업 보존 기간, 특정 시점으로
 * 복원, 수동 DB 스냅샷, 역추적과 대상 역추적 기간, 클론(복제라고도 함),
 * Amazon S3에서 복원. Lists are joined without particles, whose form would
 * depend on the last word's reading.
 */
import { defineStrings } from '../kit/strings';
import type { Engine, Mechanism, Verdict } from './model';
import type { TourKey } from './timeline';
import { en } from './strings.en';
import { ko } from './strings.ko';

export interface RestoreStrings {
  readonly engine: Readonly<Record<Engine, string>>;
  /** Names for headings and the picture. */
  readonly mechanism: Readonly<Record<Mechanism, string>>;
  /** The same names inside a sentence. */
  readonly inSentence: Readonly<Record<Mechanism, string>>;
  /** "now", "3 minutes ago", "3 days 4 hours ago". */
  readonly ago: (minutes: number) => string;
  /** The verdict column: can it return here? */
  readonly answer: (ok: boolean) => string;
  /** What a way back gives, or why it cannot; `when` is the chosen moment, `nearest` a snapshot's. */
  readonly detail: (verdict: Verdict, when: string, settings: DetailFacts) => string;
  readonly picture: {
    readonly title: (engine: string, retention: number, summary: string) => string;
    readonly tick: (days: number) => string;
    readonly insetTick: (minutes: number) => string;
    readonly inset: string;
    readonly lane: (ok: boolean) => string;
    readonly snapshot: (index: number) => string;
    readonly note: Readonly<{
      pitrOff: string;
      pitrBeyond: (days: number) => string;
      backtrackEngine: string;
      backtrackOff: string;
      cloneEngine: string;
      cloneNow: string;
      s3Elsewhere: string;
      s3Engine: string;
    }>;
  };
  readonly table: {
    readonly caption: (when: string) => string;
    readonly way: string;
    readonly answer: string;
    readonly detail: string;
  };
  readonly controls: {
    readonly noMark: string;
  };
  readonly live: {
    readonly moment: (when: string, ok: readonly string[], no: readonly string[]) => string;
    readonly engine: (engine: string, retentionRaised: boolean) => string;
    readonly retention: (days: number, asked: number, aurora: boolean) => string;
    readonly backtrack: (hours: number, asked: number, supported: boolean) => string;
    readonly tourStep: (index: number, length: number) => string;
    readonly tour: Readonly<Record<TourKey, string>>;
  };
}

/** Settings a detail sentence may mention. */
export interface DetailFacts {
  readonly retention: number;
  readonly backtrack: number;
}

/** Both languages, checked against the interface: a missing key is a type error. */
export const restoreStrings = defineStrings<RestoreStrings>({ ko, en });
