/**
 * Practice sets, as pure functions (no DOM, no Node): the stable key of a question, the set link's
 * token and its checksum, the result token, choosing questions from a seed, and the score by topic.
 * The practice page's script and the build both use this file.
 *
 * A set token is `v1.<key>-<key>-….<checksum>`: the format version, the questions in order, and a
 * checksum over both. A key is the page's code (the initials of its slug: `rds-basics` → `rb`) followed
 * by the question's number (`q3` → `3`), so `rb3` is question q3 of `content/questions/rds-basics.json`.
 * Keys never change when questions are added, so an old link keeps working as long as its questions exist.
 */
import { mixSeed, mulberry32, shuffled } from '../diagrams/kit/rng.ts';

export const SET_VERSION = 1;
/** Longer tokens are refused unread (a set of 200 questions fits well within it). */
export const MAX_TOKEN_LENGTH = 2000;

/** The code of a page in question keys: the first letter of each word of its slug. */
export function pageCode(slug: string): string {
  return slug
    .split('-')
    .map((word) => word[0] ?? '')
    .join('');
}

/** The key of question `id` (`q3`) of the page `slug`: `rb3`. */
export function questionKey(slug: string, id: string): string {
  return `${pageCode(slug)}${id.replace(/^q/, '')}`;
}

const KEY = /^[a-z]+[1-9]\d*$/;

/** Five base-36 characters over the text (FNV-1a): catches a link cut short or mistyped. */
export function checksum(text: string): string {
  const hash = mixSeed(...Array.from(text, (c) => c.codePointAt(0)!));
  return (hash % 36 ** 5).toString(36).padStart(5, '0');
}

export function encodeSet(keys: readonly string[]): string {
  const body = `v${SET_VERSION}.${keys.join('-')}`;
  return `${body}.${checksum(body)}`;
}

export type SetProblem =
  /** Not a set token at all (cut short, wrong characters, too long). */
  | { kind: 'malformed' }
  /** Made by another version of the site. */
  | { kind: 'version'; version: string }
  /** The checksum does not match: the link was changed or cut. */
  | { kind: 'checksum' }
  /** Questions this site no longer has. */
  | { kind: 'unknown'; keys: string[] };

export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: SetProblem };

/** Reads a set token. Never throws; a token naming a question twice or none is malformed. */
export function decodeSet(token: string, known: ReadonlySet<string>): Decoded<string[]> {
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, problem: { kind: 'malformed' } };
  const parts = token.split('.');
  const version = parts[0] ?? '';
  if (!/^v\d+$/.test(version)) return { ok: false, problem: { kind: 'malformed' } };
  if (version !== `v${SET_VERSION}`) return { ok: false, problem: { kind: 'version', version } };
  if (parts.length !== 3) return { ok: false, problem: { kind: 'malformed' } };
  const [, list, sum] = parts as [string, string, string];
  const keys = list.split('-');
  if (!keys.every((k) => KEY.test(k)) || new Set(keys).size !== keys.length) return { ok: false, problem: { kind: 'malformed' } };
  if (sum !== checksum(`${version}.${list}`)) return { ok: false, problem: { kind: 'checksum' } };
  const unknown = keys.filter((k) => !known.has(k));
  if (unknown.length) return { ok: false, problem: { kind: 'unknown', keys: unknown } };
  return { ok: true, value: keys };
}

/** One answer per question of a set: the chosen choice's index, or null when it was skipped. */
export type Answers = (number | null)[];

/**
 * A result token: one character per question (`0`–`9` the chosen choice, `x` skipped) and a checksum
 * over the set token and the answers, so a result cannot be pasted onto another set by mistake.
 */
export function encodeResult(setToken: string, answers: Answers): string {
  const marks = answers.map((a) => (a === null ? 'x' : String(a))).join('');
  return `${marks}.${checksum(`${setToken}|${marks}`)}`;
}

/** Reads a result token for a set whose questions have `choiceCounts[i]` choices each. Never throws. */
export function decodeResult(token: string, setToken: string, choiceCounts: readonly number[]): Decoded<Answers> {
  const m = /^([0-9x]+)\.([0-9a-z]{5})$/.exec(token);
  if (!m || m[1]!.length !== choiceCounts.length) return { ok: false, problem: { kind: 'malformed' } };
  if (m[2] !== checksum(`${setToken}|${m[1]}`)) return { ok: false, problem: { kind: 'checksum' } };
  const answers = Array.from(m[1]!, (c) => (c === 'x' ? null : Number(c)));
  if (answers.some((a, i) => a !== null && a >= choiceCounts[i]!)) return { ok: false, problem: { kind: 'malformed' } };
  return { ok: true, value: answers };
}

export interface PoolQuestion {
  key: string;
  topic: string;
}

/**
 * Chooses `count` questions from the chosen topics, the same ones in the same order for the same seed.
 * Topics take turns, so every chosen topic is asked about (when `count` allows) and no topic gets more
 * than one question above another unless the other has run out. The final order is shuffled.
 */
export function pickQuestions(pool: readonly PoolQuestion[], topics: readonly string[], count: number, seed: number): string[] {
  const rng = mulberry32(seed);
  const queues = shuffled([...new Set(topics)], rng)
    .map((topic) => shuffled(pool.filter((q) => q.topic === topic).map((q) => q.key), rng))
    .filter((queue) => queue.length > 0);
  const chosen: string[] = [];
  while (chosen.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      if (chosen.length >= count) break;
      const key = queue.shift();
      if (key !== undefined) chosen.push(key);
    }
  }
  return shuffled(chosen, rng);
}

export interface ScoredQuestion {
  key: string;
  topic: string;
  answer: number;
}

export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
  /** Keys of the questions answered wrong or skipped, in set order. */
  missed: string[];
}

export interface Score {
  correct: number;
  answered: number;
  total: number;
  topics: TopicScore[];
}

/** The score of a set, overall and per topic (topics in `topicOrder`, only those the set asks about). */
export function score(questions: readonly ScoredQuestion[], answers: Answers, topicOrder: readonly string[]): Score {
  const byTopic = new Map<string, TopicScore>();
  let correct = 0;
  let answered = 0;
  questions.forEach((q, i) => {
    const chosen = answers[i] ?? null;
    const right = chosen === q.answer;
    if (chosen !== null) answered++;
    if (right) correct++;
    const t = byTopic.get(q.topic) ?? { topic: q.topic, correct: 0, total: 0, missed: [] };
    t.total++;
    if (right) t.correct++;
    else t.missed.push(q.key);
    byTopic.set(q.topic, t);
  });
  const rank = (topic: string) => {
    const i = topicOrder.indexOf(topic);
    return i === -1 ? topicOrder.length : i;
  };
  const topics = [...byTopic.values()].sort((a, b) => rank(a.topic) - rank(b.topic));
  return { correct, answered, total: questions.length, topics };
}
