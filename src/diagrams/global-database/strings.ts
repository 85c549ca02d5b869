/**
 * What the Global Database island shows and says, in Korean and English:
 * picture labels, live-region sentences, tour captions. Words only the server
 * renders (description, table, control labels) are in page-strings.ts; the
 * island downloads one language of these and nothing else.
 *
 * Korean follows AWS's Korean terms: 기본 리전, 보조 리전, 전환(switchover),
 * 장애 조치(failover), 승격, 복제 지연. A Region's name is always followed by
 * "리전" before a particle, so the particle never depends on the name.
 */
import { defineStrings } from '../kit/strings';
import type { RegionCode, Zone } from './model';
import type { TourKey } from './timeline';
import { en } from './strings.en';
import { ko } from './strings.ko';

export interface Lagging {
  readonly code: RegionCode;
  readonly lagMs: number;
}

export interface StatusFacts {
  readonly primary: RegionCode;
  readonly writable: boolean;
  readonly secondaries: readonly Lagging[];
  readonly max: number;
  /** An old primary cut off by a failover, still down. */
  readonly cutOff: RegionCode | null;
}

export interface GlobalStrings {
  readonly picture: {
    readonly title: (status: string) => string;
    readonly zone: Readonly<Record<Zone, string>>;
    readonly city: Readonly<Record<RegionCode, string>>;
    /** The legend's three entries, each drawn after the marker it explains. */
    readonly legend: { readonly primary: string; readonly secondary: string; readonly none: string };
    readonly primary: string;
    readonly primaryDown: string;
    readonly cutOff: string;
    readonly lag: (ms: number) => string;
    readonly writes: (primary: RegionCode, writable: boolean) => string;
    readonly count: (count: number, max: number) => string;
    readonly failover: (rpoMs: number, lost: number, rtoMs: number) => string;
    readonly switchover: (syncMs: number) => string;
  };
  readonly live: {
    readonly status: (facts: StatusFacts) => string;
    readonly added: (added: readonly Lagging[], count: number, max: number) => string;
    readonly refused: (regions: readonly RegionCode[], max: number) => string;
    readonly skipped: (regions: readonly RegionCode[]) => string;
    readonly removed: (region: RegionCode, count: number, max: number) => string;
    readonly notSecondary: (region: RegionCode) => string;
    readonly noSecondary: string;
    readonly outage: (region: RegionCode) => string;
    readonly outageAlready: (region: RegionCode) => string;
    readonly resumed: (region: RegionCode) => string;
    readonly rejoined: (region: RegionCode, primary: RegionCode, lagMs: number) => string;
    readonly stayedOut: (region: RegionCode, max: number) => string;
    readonly nothingDown: string;
    readonly failover: (from: RegionCode, to: RegionCode, rpoMs: number, lost: number, rtoMs: number) => string;
    readonly failoverHealthy: string;
    readonly switchover: (from: RegionCode, to: RegionCode, syncMs: number, slowest: RegionCode) => string;
    readonly switchoverOutage: string;
    readonly tourStep: (index: number, length: number) => string;
    readonly tour: Readonly<Record<TourKey, string>>;
  };
}

/** Both languages, checked against the interface: a missing key is a type error. */
export const globalStrings = defineStrings<GlobalStrings>({ ko, en });
