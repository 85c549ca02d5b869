/**
 * How a registered fact's value reads in each language. Plain TypeScript with no dependencies: the
 * build (pages, questions, glossary) and the diagrams in the browser format values the same way.
 */
export type Locale = 'ko' | 'en';

export const UNITS = ['count', 'port', 'MiB/s', 's', 'ms', 'min', 'h', 'day', 'GiB', 'TiB', 'percent', 'ACU', 'times', 'date', 'version', 'TiB/h', 'ms/op'] as const;
export type Unit = (typeof UNITS)[number];

/** A single figure, a range ("0–35 days"), a date (`2027-03-31`) or a version (`9.0`). */
export type FactValue = number | { min: number; max: number } | string;

/** What a diagram needs of a fact: its value, unit and status (no statements, so islands stay small). */
export interface FactFigure {
  value: FactValue;
  unit: Unit;
  status: 'current' | 'ending' | 'assumption' | 'not-published';
}

const number = (n: number, locale: Locale) => n.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US', { maximumFractionDigits: 2 });

const KO: Record<Unit, (n: string) => string> = {
  count: (n) => n,
  port: (n) => n,
  'MiB/s': (n) => `${n}MiB/s`,
  s: (n) => `${n}초`,
  ms: (n) => `${n}ms`,
  min: (n) => `${n}분`,
  h: (n) => `${n}시간`,
  day: (n) => `${n}일`,
  GiB: (n) => `${n}GiB`,
  TiB: (n) => `${n}TiB`,
  percent: (n) => `${n}%`,
  ACU: (n) => `${n} ACU`,
  times: (n) => `${n}배`,
  date: (n) => n,
  version: (n) => n,
  'TiB/h': (n) => `시간당 ${n}TiB`,
  'ms/op': (n) => `${n}ms`,
};

const EN: Record<Unit, (n: string, plural: boolean) => string> = {
  count: (n) => n,
  port: (n) => n,
  'MiB/s': (n) => `${n} MiB/s`,
  s: (n) => `${n} s`,
  ms: (n) => `${n} ms`,
  min: (n, p) => `${n} ${p ? 'minutes' : 'minute'}`,
  h: (n, p) => `${n} ${p ? 'hours' : 'hour'}`,
  day: (n, p) => `${n} ${p ? 'days' : 'day'}`,
  GiB: (n) => `${n} GiB`,
  TiB: (n) => `${n} TiB`,
  percent: (n) => `${n}%`,
  ACU: (n) => `${n} ACU`,
  times: (n) => `${n}×`,
  date: (n) => n,
  version: (n) => n,
  'TiB/h': (n) => `${n} TiB per hour`,
  'ms/op': (n) => `${n} ms`,
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2027-03-31` → `2027년 3월 31일` / `31 March 2027`. */
export function formatDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`"${iso}" is not a date written YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return locale === 'ko' ? `${y}년 ${mo}월 ${d}일` : `${d} ${MONTHS[mo - 1]} ${y}`;
}

/** The value with its unit as a reader of `locale` expects it: `60초` / `60 s`, `0~35일` / `0–35 days`. */
export function formatValue(value: FactValue, unit: Unit, locale: Locale): string {
  if (unit === 'date') {
    if (typeof value !== 'string') throw new Error(`a date fact needs a YYYY-MM-DD string, not ${JSON.stringify(value)}`);
    return formatDate(value, locale);
  }
  if (typeof value === 'string') return value;
  if (unit === 'port' && typeof value === 'number') return String(value);
  const text =
    typeof value === 'number'
      ? number(value, locale)
      : `${number(value.min, locale)}${locale === 'ko' ? '~' : '–'}${number(value.max, locale)}`;
  const plural = typeof value !== 'number' || value !== 1;
  return locale === 'ko' ? KO[unit](text) : EN[unit](text, plural);
}

/** The AWS documentation page in the reader's language: Korean readers get the ko_kr edition. */
export function sourceFor(url: string, locale: Locale): string {
  if (locale !== 'ko') return url;
  return url.replace(/^https:\/\/docs\.aws\.amazon\.com\/(?![a-z]{2}_[a-z]{2}\/)/, 'https://docs.aws.amazon.com/ko_kr/').replace(/^https:\/\/aws\.amazon\.com\/(?!ko\/)/, 'https://aws.amazon.com/ko/');
}
