/**
 * What the cloning island shows and says, in Korean and English: picture
 * labels, the storage panel, live-region sentences, tour captions. Words only
 * the server renders (description, table, control labels) are in
 * page-strings.ts, so the island downloads one language of these and nothing else.
 *
 * Korean follows AWS's Korean terms: 클러스터 볼륨, 기록 중 복사(Copy-on-Write),
 * 데이터 페이지, 스냅샷 복원. "Clone" is 클론, as on the site's page, because
 * 복제 also means replication. Sentences put no particle straight after a
 * name whose reading decides it (클론 1, B1); 에서, 의 and 에 do not change.
 */
import { defineStrings } from '../kit/strings';
import type { Method } from './model';
import type { TourKey } from './timeline';
import { en } from './strings.en';
import { ko } from './strings.ko';

/** The storage count, with cluster names already in the page's language. */
export interface Tally {
  readonly shared: number;
  readonly own: readonly { readonly name: string; readonly pages: number }[];
  readonly total: number;
}

export interface WriteFacts {
  readonly writer: string;
  readonly letter: string;
  readonly from: string;
  readonly to: string;
  /** Clusters that still point at `from`. */
  readonly others: readonly string[];
}

export interface CloneStrings {
  /** A cluster's name: 0 is the source. */
  readonly name: (number: number) => string;
  readonly size: (gib: number) => string;
  readonly duration: (minutes: number) => string;
  readonly picture: {
    readonly title: (names: readonly string[], tally: string) => string;
    readonly pages: string;
    readonly origin: (parent: string | null) => string;
    readonly deleted: string;
    readonly freedNote: string;
    readonly shared: (holders: number) => string;
    /** A shared page's mark on a phone, where the cell has room for a count only: "×2". */
    readonly sharedMark: (holders: number) => string;
    /** What that mark means, said once above the rows on a phone. */
    readonly sharedKey: string;
    readonly own: string;
    readonly storage: string;
    readonly sharedRow: (count: number) => string;
    readonly ownRow: (name: string, count: number) => string;
    readonly compare: (size: string) => string;
    readonly method: Readonly<Record<Method, string>>;
    readonly ready: (method: Method, duration: string, pages: number) => string;
  };
  readonly panel: {
    readonly label: string;
    readonly shared: (count: number, ids: readonly string[]) => string;
    readonly own: (name: string, count: number, ids: readonly string[]) => string;
    readonly total: (total: number, clusters: number, fullCopies: number) => string;
    readonly compare: (size: string, clone: string, restore: string) => string;
  };
  readonly live: {
    readonly tally: (tally: Tally) => string;
    readonly copied: (facts: WriteFacts, tally: string) => string;
    readonly inPlace: (facts: WriteFacts, tally: string) => string;
    readonly cloned: (parent: string, made: string, pages: number, tally: string) => string;
    readonly deleted: (name: string, freed: readonly string[], kept: number, tally: string) => string;
    readonly full: string;
    readonly last: string;
    readonly missing: string;
    readonly size: (size: string, clone: string, restore: string) => string;
    readonly tourStep: (index: number, length: number) => string;
    readonly tour: Readonly<Record<TourKey, string>>;
  };
}

/** Both languages, checked against the interface: a missing key is a type error. */
export const cloneStrings = defineStrings<CloneStrings>({ ko, en });
