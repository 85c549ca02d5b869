/**
 * Self-check progress kept on this device (localStorage). A stored value that is corrupt, or written by an
 * older version of the site, is replaced by empty progress: never an error.
 */
export const PROGRESS_KEY = 'rae-progress';
export const PROGRESS_VERSION = 2;

export interface Answer {
  chosen: number;
  correct: boolean;
}
/** The practice set in progress: its token, one mark per question (`0`–`9` chosen, `x` not answered), and where the reader is. */
export interface PracticeState {
  set: string;
  marks: string;
  at: number;
}
export interface Progress {
  v: typeof PROGRESS_VERSION;
  pages: Record<string, Record<string, Answer>>;
  practice?: PracticeState;
}

export const emptyProgress = (): Progress => ({ v: PROGRESS_VERSION, pages: {} });

const isAnswer = (a: unknown): a is Answer =>
  typeof a === 'object' && a !== null && Number.isInteger((a as Answer).chosen) && (a as Answer).chosen >= 0 && typeof (a as Answer).correct === 'boolean';

const isPracticeState = (p: unknown): p is PracticeState =>
  typeof p === 'object' &&
  p !== null &&
  typeof (p as PracticeState).set === 'string' &&
  typeof (p as PracticeState).marks === 'string' &&
  /^[0-9x]*$/.test((p as PracticeState).marks) &&
  Number.isInteger((p as PracticeState).at) &&
  (p as PracticeState).at >= 0 &&
  (p as PracticeState).at <= (p as PracticeState).marks.length;

export function parseProgress(raw: string | null): { progress: Progress; reset: boolean } {
  if (raw === null) return { progress: emptyProgress(), reset: false };
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || (data as Progress).v !== PROGRESS_VERSION) throw new Error('version');
    const pages = (data as Progress).pages;
    if (typeof pages !== 'object' || pages === null || Array.isArray(pages)) throw new Error('shape');
    for (const answers of Object.values(pages)) {
      if (typeof answers !== 'object' || answers === null || !Object.values(answers).every(isAnswer)) throw new Error('shape');
    }
    const practice = (data as Progress).practice;
    if (practice !== undefined && !isPracticeState(practice)) throw new Error('shape');
    return { progress: practice ? { v: PROGRESS_VERSION, pages, practice } : { v: PROGRESS_VERSION, pages }, reset: false };
  } catch {
    return { progress: emptyProgress(), reset: true };
  }
}

export function record(progress: Progress, slug: string, id: string, answer: Answer): Progress {
  return { ...progress, pages: { ...progress.pages, [slug]: { ...progress.pages[slug], [id]: answer } } };
}

export function withPractice(progress: Progress, practice: PracticeState): Progress {
  return { ...progress, practice };
}

/** A page's answer key: question id → index of the right choice. */
export type AnswerKey = Readonly<Record<string, number>>;

/**
 * How many of the page's current questions the stored answers get right. Each stored answer is judged
 * again against the key: answers to questions the page no longer has, and a stored `correct` flag,
 * are not trusted (storage may be stale, or edited by hand).
 */
export function correctCount(progress: Progress, slug: string, key: AnswerKey): number {
  const answers = progress.pages[slug] ?? {};
  return Object.entries(answers).filter(([id, a]) => Object.hasOwn(key, id) && a.chosen === key[id]).length;
}

/** The key as the sidebar carries it in HTML (`q1:3 q2:0`), and back; malformed pairs are dropped. */
export const encodeKey = (key: AnswerKey): string =>
  Object.entries(key)
    .map(([id, answer]) => `${id}:${answer}`)
    .join(' ');

export function decodeKey(text: string | undefined): AnswerKey {
  const key: Record<string, number> = {};
  for (const pair of (text ?? '').split(' ')) {
    const match = /^(q\d+):(\d+)$/.exec(pair);
    if (match) key[match[1]!] = Number(match[2]);
  }
  return key;
}
