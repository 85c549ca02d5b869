/** The glossary's schema and parser, without the data, so build scripts can load the file themselves. */
import { z } from 'astro/zod';

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
