import { z } from 'astro/zod';

const text = z.object({ ko: z.string().min(3), en: z.string().min(3) }).strict();

export const questionSchema = z
  .object({
    id: z.string().regex(/^q\d+$/, 'q1, q2, …'),
    question: text,
    choices: z.array(text).min(3).max(5),
    answer: z.number().int().min(0),
    explanation: text,
    section: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an anchor id of the page'),
  })
  .strict()
  .refine((q) => q.answer < q.choices.length, { message: 'answer must be the index of one of the choices', path: ['answer'] });
export type Question = z.infer<typeof questionSchema>;

/** Checks one page's questions; a problem names the file, the question and the field. */
export function parseQuestions(raw: unknown, file: string): Question[] {
  const result = z.array(questionSchema).min(3).max(6).safeParse(raw);
  if (!result.success) {
    throw new Error(
      result.error.issues
        .map((i) => {
          const [index, ...field] = i.path;
          const id = typeof index === 'number' ? ((raw as { id?: string }[])[index]?.id ?? `#${index + 1}`) : '';
          return `${file}: ${id ? `question ${id}` : 'the list'}${field.length ? ` field ${field.join('.')}` : ''}: ${i.message}`;
        })
        .join('\n'),
    );
  }
  const ids = result.data.map((q) => q.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`${file}: question id ${twice} is used twice`);
  return result.data;
}

const files = import.meta.glob<unknown>('../../content/questions/*.json', { eager: true, import: 'default' });

/** The self-check questions of every page, by slug (content/questions/<slug>.json). */
export const questionsBySlug: Record<string, Question[]> = Object.fromEntries(
  Object.entries(files).map(([path, raw]) => {
    const slug = path.split('/').pop()!.replace(/\.json$/, '');
    return [slug, parseQuestions(raw, `content/questions/${slug}.json`)];
  }),
);
