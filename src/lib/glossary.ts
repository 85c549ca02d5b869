import { z } from 'astro/zod';
import data from '../../content/glossary.json';
import { expandFacts } from './facts.ts';

export const TOPICS = ['rds', 'aurora', 'backup', 'security', 'operations', 'elasticache'] as const;
export type Topic = (typeof TOPICS)[number];

const bilingual = <T extends z.ZodType>(item: T) => z.object({ ko: item, en: item }).strict();

export const termSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and hyphens'),
    topic: z.enum(TOPICS),
    en: z.string().min(2),
    ko: z.string().min(2),
    aliases: bilingual(z.array(z.string().min(1))),
    meaning: bilingual(z.string().min(8).max(400)),
    page: z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'slug#anchor-id, e.g. aurora#storage'),
  })
  .strict();
export type Term = z.infer<typeof termSchema>;

/** Reads and checks glossary data; a problem names the file, the item and the field. */
export function parseGlossary(raw: unknown, file = 'content/glossary.json'): Term[] {
  const result = z.array(termSchema).safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => {
      const [index, ...field] = i.path;
      const item = typeof index === 'number' ? (raw as { id?: string }[])[index]?.id ?? `#${index}` : '';
      return `${file}: term ${item}${field.length ? ` field ${field.join('.')}` : ''}: ${i.message}`;
    });
    throw new Error(issues.join('\n'));
  }
  const seen = new Set<string>();
  // A term is one entry: the same English or Korean name under a second id is a repeat, not a new term.
  const names = new Map<string, string>();
  const key = (lang: string, name: string) => `${lang}:${name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
  for (const term of result.data) {
    if (seen.has(term.id)) throw new Error(`${file}: term id "${term.id}" is used twice`);
    seen.add(term.id);
    for (const [lang, label] of [['en', 'English'], ['ko', 'Korean']] as const) {
      const earlier = names.get(key(lang, term[lang]));
      if (earlier) throw new Error(`${file}: term "${term.id}" repeats term "${earlier}" (${label} name "${term[lang]}"); merge them into one entry`);
      names.set(key(lang, term[lang]), term.id);
    }
  }
  return result.data;
}

/** A meaning may show a registered figure with `{fact:id}` (see content/facts/README.md). */
function withFacts(term: Term, file = 'content/glossary.json'): Term {
  const where = `${file}: term ${term.id} field meaning`;
  const meaning = { ko: expandFacts(term.meaning.ko, 'ko', `${where}.ko`), en: expandFacts(term.meaning.en, 'en', `${where}.en`) };
  for (const lang of ['ko', 'en'] as const) {
    if (meaning[lang].length > 200) throw new Error(`${where}.${lang}: ${meaning[lang].length} characters once its facts are filled in; keep a meaning to 200`);
  }
  return { ...term, meaning };
}

export const glossary: Term[] = parseGlossary(data).map((t) => withFacts(t));
