import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { expandFacts } from './facts.ts';
import { pageCode, questionKey } from './practice.ts';

const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';
const text = z.object({ ko: z.string().min(3), en: z.string().min(3) }).strict();
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The fixed set of practice topics (`content/topics.json`): an id and a label in both languages. */
export const topicSchema = z.object({ id: z.string().regex(slugPattern, 'lowercase words joined by hyphens'), label: text }).strict();
export type Topic = z.infer<typeof topicSchema>;

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

/** Reads the topic list; a problem names the file and the entry. */
export function parseTopics(raw: unknown, file: string): Topic[] {
  const result = z.array(topicSchema).min(1).safeParse(raw);
  if (!result.success) {
    throw new Error(result.error.issues.map((i) => `${file}: entry ${i.path.map(String).join('.')}: ${i.message}`).join('\n'));
  }
  const ids = result.data.map((t) => t.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`${file}: topic id ${twice} is listed twice`);
  return result.data;
}

function loadTopics(file: string): Topic[] {
  return existsSync(file) ? parseTopics(readJson(file), file) : [];
}

export const topics: Topic[] = loadTopics(join(CONTENT_DIR, 'topics.json'));

const questionSchema = (topicIds: readonly string[]) =>
  z
    .object({
      id: z.string().regex(/^q[1-9]\d*$/, 'q1, q2, …'),
      topic: z.string().refine((t) => topicIds.includes(t), { message: `must be one of the topics in topics.json: ${topicIds.join(', ')}` }),
      question: text,
      choices: z.array(text).min(3).max(5),
      answer: z.number().int().min(0),
      explanation: text,
      section: z
        .string()
        .regex(/^([a-z0-9]+(-[a-z0-9]+)*#)?[a-z0-9]+(-[a-z0-9]+)*$/, 'a heading id of this page (storage), or page#id for another page (aurora#storage)'),
    })
    .strict()
    .refine((q) => q.answer < q.choices.length, { message: 'answer must be the index of one of the choices', path: ['answer'] });

/** A question as written in `content/questions/<slug>.json`. */
export type RawQuestion = z.infer<ReturnType<typeof questionSchema>>;

/** A question with where it lives (`slug`, the page whose self-check shows it) and what teaches it. */
export interface Question extends Omit<RawQuestion, 'section'> {
  /** Stable across languages and additions: page code + number (`rb3`); used in set links. */
  key: string;
  slug: string;
  /** The page and heading id of the section that teaches it. */
  page: string;
  section: string;
}

/** Checks one page's questions; a problem names the file, the question and the field. */
export function parseQuestions(raw: unknown, file: string, slug: string, topicIds: readonly string[] = topics.map((t) => t.id)): Question[] {
  const result = z.array(questionSchema(topicIds)).min(3).max(15).safeParse(raw);
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
  return result.data.map((q) => {
    const [page, section] = q.section.includes('#') ? (q.section.split('#') as [string, string]) : [slug, q.section];
    return { ...withFacts(q, file), key: questionKey(slug, q.id), slug, page, section };
  });
}

type Text = z.infer<typeof text>;

/** A question whose answer is a number shows it from the fact registry: `{fact:id}` in any of its texts. */
function withFacts(q: RawQuestion, file: string): RawQuestion {
  const fill = (t: Text, field: string): Text => ({
    ko: expandFacts(t.ko, 'ko', `${file}: question ${q.id} field ${field}.ko`),
    en: expandFacts(t.en, 'en', `${file}: question ${q.id} field ${field}.en`),
  });
  return {
    ...q,
    question: fill(q.question, 'question'),
    choices: q.choices.map((c, i) => fill(c, `choices.${i}`)),
    explanation: fill(q.explanation, 'explanation'),
  };
}

export interface QuestionFile {
  slug: string;
  file: string;
  questions: Question[];
}

/** The self-check questions of every page: `<content>/questions/<slug>.json`, in file-name order. */
function loadQuestions(dir: string): QuestionFile[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const slug = f.replace(/\.json$/, '');
      return { slug, file, questions: parseQuestions(readJson(file), file, slug) };
    });
  const codes = new Map<string, string>();
  for (const { slug, file } of files) {
    const code = pageCode(slug);
    if (!/^[a-z]+$/.test(code)) throw new Error(`${file}: every word of the page name must start with a letter (question keys use the initials)`);
    const clash = codes.get(code);
    if (clash) throw new Error(`${file} and ${clash} have the same initials "${code}", so their questions' keys would clash`);
    codes.set(code, file);
  }
  return files;
}

export const questionFiles: QuestionFile[] = loadQuestions(join(CONTENT_DIR, 'questions'));
export const questionsBySlug: Record<string, Question[]> = Object.fromEntries(questionFiles.map((f) => [f.slug, f.questions]));

/**
 * Problems with where questions point, given the heading ids of every page (both languages share them):
 * a question file for a page that does not exist, or a section that is not a heading of its page.
 */
export function sectionProblems(files: readonly QuestionFile[], headings: ReadonlyMap<string, ReadonlySet<string>>, contentDir = CONTENT_DIR): string[] {
  const problems: string[] = [];
  for (const { slug, file, questions } of files) {
    if (!headings.has(slug)) problems.push(`${file}: there is no page ${join(contentDir, 'ko', `${slug}.mdx`)} to show these questions on`);
    for (const q of questions) {
      const ids = headings.get(q.page);
      if (!ids) problems.push(`${file}: question ${q.id}: section "${q.page}#${q.section}" is on page "${q.page}", which does not exist`);
      else if (!ids.has(q.section)) {
        problems.push(`${file}: question ${q.id}: section "${q.section}" is not a heading of ${join(contentDir, 'ko', `${q.page}.mdx`)}`);
      }
    }
  }
  return problems;
}
