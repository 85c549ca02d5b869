import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { formatValue, UNITS, type FactFigure, type Locale } from './fact-format.ts';

/**
 * The fact registry: every number (and every changed claim) the site teaches, once, with its source.
 * `content/facts/<area>.json`; guidelines in `content/facts/README.md`. Pages render facts with
 * `<Fact id>`, `<KeyNumbers facts>` and `<Callout type="changed" fact>`; questions and glossary
 * meanings with `{fact:id}`; diagram models through `fact-values.ts`.
 */
export const FACT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;
/** `{value}` (the fact's own value) or `{fact:other.id}` inside a statement, question or glossary text. */
export const PLACEHOLDER = /\{(value|fact:([a-z0-9.-]+))\}/g;

const bilingual = (min: number, max: number) => z.object({ ko: z.string().min(min).max(max), en: z.string().min(min).max(max) }).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

export const factSchema = z
  .object({
    id: z.string().regex(FACT_ID, 'dotted lowercase segments, e.g. aurora.failover.with-replica'),
    value: z.union([z.number(), z.object({ min: z.number(), max: z.number() }).strict(), z.string().min(1)]).optional(),
    unit: z.enum(UNITS).optional(),
    status: z.enum(['current', 'ending', 'assumption', 'not-published']),
    ends: isoDate.optional(),
    statement: bilingual(8, 300),
    source: z
      .string()
      .url()
      .regex(/^https:\/\//, 'an https URL'),
    /** Set when the source page has no section to point at, so the URL carries no #fragment. */
    noFragment: z.literal(true).optional(),
    checked: isoDate,
    was: bilingual(8, 240).optional(),
    /** Who says it, when AWS does not (status not-published) or why the diagram assumes it (assumption). */
    attribution: bilingual(8, 200).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((f.value === undefined) !== (f.unit === undefined)) issue('unit', 'value and unit come together (or neither, for a fact without a figure)');
    if (f.unit === 'date' && typeof f.value !== 'string') issue('value', 'a date fact needs a YYYY-MM-DD string');
    if (typeof f.value === 'string' && f.unit !== 'date' && f.unit !== 'version') issue('value', 'a text value is only for unit date or version');
    if (typeof f.value === 'object' && f.value.min > f.value.max) issue('value', 'min is greater than max');
    if (f.status === 'ending' && !f.ends) issue('ends', 'status "ending" needs the date it ends (ends: YYYY-MM-DD)');
    if (f.status !== 'ending' && f.ends) issue('ends', 'only a fact with status "ending" has an end date');
    if ((f.status === 'assumption' || f.status === 'not-published') && !f.attribution) {
      issue('attribution', `status "${f.status}" needs an attribution: who says it, or why the diagram assumes it`);
    }
    if (!f.noFragment && !new URL(f.source).hash) issue('source', 'the source URL needs a #fragment for the exact section (or "noFragment": true if the page has none)');
    for (const lang of ['ko', 'en'] as const) {
      const own = [...f.statement[lang].matchAll(PLACEHOLDER)].some((m) => m[1] === 'value');
      if (f.value !== undefined && !own) issue(`statement.${lang}`, 'the statement must show the value with {value}');
      if (f.value === undefined && own) issue(`statement.${lang}`, '{value} used in a fact that has no value');
    }
  });
export type Fact = z.infer<typeof factSchema>;

export const factFileSchema = z
  .object({
    title: bilingual(2, 60),
    order: z.number().int().min(0),
    facts: z.array(factSchema).min(1),
  })
  .strict();

export interface FactArea {
  /** The file name without `.json`: the area's section id on the Sources page. */
  area: string;
  file: string;
  title: { ko: string; en: string };
  order: number;
  facts: Fact[];
}

/** Checks one registry file; a problem names the file, the fact and the field. */
export function parseFactFile(raw: unknown, file: string): FactArea {
  const result = factFileSchema.safeParse(raw);
  if (!result.success) {
    const facts = (raw as { facts?: { id?: string }[] } | null)?.facts;
    throw new Error(
      result.error.issues
        .map((i) => {
          const [top, index, ...field] = i.path;
          if (top === 'facts' && typeof index === 'number') {
            return `${file}: fact ${facts?.[index]?.id ?? `#${index + 1}`}${field.length ? ` field ${field.join('.')}` : ''}: ${i.message}`;
          }
          return `${file}: field ${i.path.join('.') || '(top)'}: ${i.message}`;
        })
        .join('\n'),
    );
  }
  const area = file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  return { area, file, ...result.data };
}

/** Checks the areas together: ids unique across files, every `{fact:id}` in a statement known. */
export function checkRegistry(areas: FactArea[]): Map<string, Fact> {
  const byId = new Map<string, Fact>();
  const fileOf = new Map<string, string>();
  const problems: string[] = [];
  for (const a of areas) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(a.area)) problems.push(`${a.file}: the file name must be lowercase letters, digits and hyphens`);
    for (const f of a.facts) {
      const earlier = fileOf.get(f.id);
      if (earlier) problems.push(`${a.file}: fact id "${f.id}" is already used in ${earlier}`);
      byId.set(f.id, f);
      fileOf.set(f.id, a.file);
    }
  }
  for (const a of areas) {
    for (const f of a.facts) {
      for (const text of [f.statement.ko, f.statement.en, f.was?.ko, f.was?.en]) {
        for (const m of (text ?? '').matchAll(PLACEHOLDER)) {
          if (m[2] && !byId.has(m[2])) problems.push(`${a.file}: fact ${f.id} mentions {fact:${m[2]}}, which is not in the registry`);
        }
      }
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return byId;
}

export const FACTS_DIR = join(process.cwd(), 'content', 'facts');

/** Reads every `<dir>/*.json` registry file (the registry is the repository's, whatever content is built). */
export function loadAreas(dir = FACTS_DIR): FactArea[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join('content', 'facts', name);
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      } catch (e) {
        throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
      }
      return parseFactFile(raw, file);
    })
    .sort((a, b) => a.order - b.order || a.area.localeCompare(b.area));
}

let cache: { areas: FactArea[]; byId: Map<string, Fact> } | undefined;
function registry() {
  if (!cache) {
    const areas = loadAreas();
    cache = { areas, byId: checkRegistry(areas) };
  }
  return cache;
}

/** Every area (registry file) in Sources-page order. */
export const factAreas = (): FactArea[] => registry().areas;
/** Every fact. */
export const facts = (): Fact[] => registry().areas.flatMap((a) => a.facts);
export const hasFact = (id: string): boolean => registry().byId.has(id);

/** One fact; an unknown id throws naming it and `where` (file and line, when the caller knows them). */
export function getFact(id: string, where = 'a fact reference'): Fact {
  const fact = registry().byId.get(id);
  if (!fact) throw new Error(`${where}: unknown fact id "${id}" (see content/facts/*.json)`);
  return fact;
}

/** The figures only, by id: what the diagrams' models read (see fact-values.ts). */
export function figures(areas: FactArea[] = factAreas()): Record<string, FactFigure> {
  const out: Record<string, FactFigure> = {};
  for (const f of areas.flatMap((a) => a.facts)) {
    if (f.value !== undefined && f.unit) out[f.id] = { value: f.value, unit: f.unit, status: f.status };
  }
  return out;
}

/** The fact's value as a reader of `locale` reads it (`60초` / `60 s`). */
export function factValueText(id: string, locale: Locale, where?: string): string {
  const f = getFact(id, where);
  if (f.value === undefined || !f.unit) throw new Error(`${where ?? 'a fact reference'}: fact "${id}" has no value to show`);
  return formatValue(f.value, f.unit, locale);
}

/** A piece of a text with facts in it: plain text, or a fact's value (to be linked to its source). */
export type TextPart = { text: string } | { text: string; fact: string };

/** Splits `text` at `{value}` / `{fact:id}`, formatting each value; `own` is the id `{value}` refers to. */
export function textParts(text: string, locale: Locale, own?: string, where?: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    const id = m[2] ?? own;
    if (!id) throw new Error(`${where ?? 'a text'}: {value} outside a fact statement; write {fact:some.id}`);
    parts.push({ text: factValueText(id, locale, where), fact: id });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** `text` with every `{fact:id}` replaced by the value, as plain text (questions, glossary, search). */
export function expandFacts(text: string, locale: Locale, where?: string): string {
  return textParts(text, locale, undefined, where)
    .map((p) => p.text)
    .join('');
}

/** A fact's statement in `locale`, with its value filled in, as plain text. */
export const statementText = (f: Fact, locale: Locale): string => textParts(f.statement[locale], locale, f.id).map((p) => p.text).join('');

/** Facts whose `checked` date is more than `days` before `today`. */
export function staleFacts(all: Fact[], today: Date, days = 180): { fact: Fact; age: number }[] {
  return all
    .map((fact) => ({ fact, age: Math.floor((today.getTime() - Date.parse(`${fact.checked}T00:00:00Z`)) / 86_400_000) }))
    .filter((x) => x.age > days)
    .sort((a, b) => b.age - a.age);
}
