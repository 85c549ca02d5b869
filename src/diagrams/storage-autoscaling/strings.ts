/**
 * What the storage-autoscaling island shows and says, in Korean and English:
 * chart labels, the events table, live-region sentences. Words only the
 * server renders (caption, description, control labels) are in
 * page-strings.ts, so the island downloads one language of these.
 *
 * Korean follows AWS's Korean terms: 스토리지 자동 크기 조정, 할당된 스토리지,
 * 최대 스토리지 임계값, 여유 공간, 스토리지 최적화.
 */
import { defineStrings } from '../kit/strings';
import type { Condition, Increase, ParamName } from './model';
import type { DayKey } from './timeline';
import { en } from './strings.en';
import { ko } from './strings.ko';

export interface SettingsFacts {
  readonly allocated: number;
  readonly max: number;
  readonly rate: number;
  readonly bulk: number;
}

/** An increase as the words tell it: the model's facts about it, at its clock time. */
export type IncreaseFacts = Pick<Increase, 'from' | 'to' | 'fixed' | 'share' | 'predicted' | 'winner' | 'wanted' | 'capped'> & {
  readonly time: string;
};

export interface MomentFacts {
  readonly time: string;
  readonly allocated: number;
  readonly free: number;
  /** Free space as a share of the allocation (0…1). */
  readonly share: number;
  readonly condition: Condition;
  /** When the next change is allowed, if the 6-hour wait is running. */
  readonly waitUntil: string | null;
  readonly atMax: boolean;
}

export interface SummaryFacts {
  readonly until: string;
  readonly increases: number;
  readonly finalAllocated: number;
  readonly capped: boolean;
  readonly blockedAt: string | null;
  readonly fullFrom: string | null;
  readonly refused: number;
}

export interface AutoscalingStrings {
  readonly picture: {
    readonly title: (settings: SettingsFacts, summary: string) => string;
    readonly freeAxis: string;
    readonly allocatedAxis: string;
    readonly trigger: string;
    readonly max: (max: number) => string;
    readonly maxOffScale: (max: number) => string;
    readonly increase: (by: number) => string;
    readonly blocked: string;
    readonly full: string;
    readonly wait: string;
  };
  readonly table: {
    readonly time: string;
    readonly what: string;
    readonly allocated: string;
    readonly nothing: string;
    readonly increase: (f: IncreaseFacts) => string;
    readonly blocked: (max: number) => string;
    readonly full: (until: string, refused: number) => string;
  };
  readonly controls: {
    readonly play: string;
    readonly pause: string;
    readonly timeValue: (time: string) => string;
  };
  readonly live: {
    readonly summary: (f: SummaryFacts) => string;
    readonly moment: (f: MomentFacts) => string;
    readonly increase: (f: IncreaseFacts) => string;
    readonly blocked: (time: string, max: number) => string;
    readonly fullFrom: (time: string) => string;
    readonly hour: (from: string, to: string, happened: readonly string[]) => string;
    readonly caption: Readonly<Record<DayKey, (settings: SettingsFacts) => string>>;
    readonly setting: (name: ParamName, settings: SettingsFacts) => string;
    readonly raised: (max: number) => string;
    readonly belowRecommended: (recommended: number) => string;
  };
  readonly notice: {
    readonly malformed: string;
  };
}

export const autoscalingStrings = defineStrings<AutoscalingStrings>({ ko, en });
