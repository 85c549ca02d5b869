import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** The self-check questions of every page, by slug: `<content>/questions/<slug>.json`. */
function loadQuestions(dir: string): Record<string, Question[]> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => {
        const file = join(dir, f);
        let raw: unknown;
        try {
          raw = JSON.parse(readFileSync(file, 'utf8'));
        } catch (e) {
          throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
        }
        return [f.replace(/\.json$/, ''), parseQuestions(raw, file)];
      }),
  );
}

export const questionsBySlug: Record<string, Question[]> = loadQuestions(join(process.env.CONTENT_DIR ?? 'content', 'questions'));
