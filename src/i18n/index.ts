import { z } from 'astro/zod';
import en from './en.json';
import ko from './ko.json';

export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ko';

/** Flat dotted keys; the Korean file is the reference and English must have exactly the same keys. */
const keys = Object.keys(ko) as (keyof typeof ko)[];
export type UiKey = keyof typeof ko;

export const uiSchema = z
  .object(Object.fromEntries(keys.map((k) => [k, z.string().min(1)])) as Record<UiKey, z.ZodString>)
  .strict();

function load(locale: Locale, data: unknown): Record<UiKey, string> {
  const result = uiSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`src/i18n/${locale}.json does not match the UI string schema: ${problems}`);
  }
  return result.data;
}

const strings: Record<Locale, Record<UiKey, string>> = { ko: load('ko', ko), en: load('en', en) };

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

export function useTranslations(locale: Locale) {
  return (key: UiKey): string => strings[locale][key];
}

export const otherLocale = (locale: Locale): Locale => (locale === 'ko' ? 'en' : 'ko');

/** BCP 47 tags for `<html lang>`, hreflang and Open Graph. */
export const langTag: Record<Locale, string> = { ko: 'ko', en: 'en' };
