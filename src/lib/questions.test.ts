import { describe, expect, it } from 'vitest';
import { parseQuestions, parseTopics, questionFiles, sectionProblems, topics } from './questions.ts';

const q = (over: Record<string, unknown> = {}) => ({
  id: 'q1',
  topic: 'aurora',
  question: { ko: '질문입니다', en: 'A question' },
  choices: [
    { ko: '하나요', en: 'one' },
    { ko: '둘이요', en: 'two' },
    { ko: '셋이요', en: 'three' },
  ],
  answer: 1,
  explanation: { ko: '설명입니다', en: 'Because.' },
  section: 'storage',
  ...over,
});
const three = (first: Record<string, unknown> = {}) => [q(first), q({ id: 'q2' }), q({ id: 'q3' })];
const TOPICS = ['aurora', 'backups'];

describe('question files', () => {
  it('give each question a stable key, its topic and the section that teaches it', () => {
    const [a, b] = parseQuestions([q(), q({ id: 'q2', section: 'backups-restore-cloning#cloning' }), q({ id: 'q3' })], 'x.json', 'rds-replicas-multi-az', TOPICS);
    expect(a).toMatchObject({ key: 'rrma1', topic: 'aurora', slug: 'rds-replicas-multi-az', page: 'rds-replicas-multi-az', section: 'storage' });
    expect(b).toMatchObject({ key: 'rrma2', page: 'backups-restore-cloning', section: 'cloning' });
  });

  it.each([
    ['an unknown topic', { topic: 'aurora-things' }, /x\.json: question q1 field topic: must be one of the topics in topics\.json: aurora, backups/],
    ['no topic', { topic: undefined }, /x\.json: question q1 field topic/],
    ['a section that is not an id', { section: 'Storage Things' }, /x\.json: question q1 field section/],
    ['an id that does not count from 1', { id: 'q01' }, /x\.json: question q01 field id/],
    ['an answer past the choices', { answer: 3 }, /x\.json: question q1 field answer: answer must be the index of one of the choices/],
  ])('name the file, question and field on %s', (_what, over, message) => {
    expect(() => parseQuestions(three(over), 'x.json', 'aurora', TOPICS)).toThrow(message);
  });

  it('refuse an id used twice', () => {
    expect(() => parseQuestions([q(), q(), q({ id: 'q3' })], 'x.json', 'aurora', TOPICS)).toThrow('x.json: question id q1 is used twice');
  });

  it('refuse a topic list with a repeated or malformed id', () => {
    const t = { id: 'aurora', label: { ko: '오로라', en: 'Aurora' } };
    expect(() => parseTopics([t, t], 't.json')).toThrow('t.json: topic id aurora is listed twice');
    expect(() => parseTopics([{ ...t, id: 'Aurora Things' }], 't.json')).toThrow(/t\.json: entry 0\.id/);
  });
});

describe('sections that teach a question', () => {
  const files = [{ slug: 'aurora', file: 'content/questions/aurora.json', questions: parseQuestions(three({ section: 'backups-restore-cloning#cloning' }), 'f', 'aurora', TOPICS) }];

  it('are accepted when they are headings of their page', () => {
    const headings = new Map([['aurora', new Set(['storage'])], ['backups-restore-cloning', new Set(['cloning'])]]);
    expect(sectionProblems(files, headings, 'content')).toEqual([]);
  });

  it('name the question file and question when the heading or page does not exist', () => {
    const headings = new Map([['aurora', new Set(['overview'])], ['backups-restore-cloning', new Set(['backtrack'])]]);
    expect(sectionProblems(files, headings, 'content')).toEqual([
      'content/questions/aurora.json: question q1: section "cloning" is not a heading of content/ko/backups-restore-cloning.mdx',
      'content/questions/aurora.json: question q2: section "storage" is not a heading of content/ko/aurora.mdx',
      'content/questions/aurora.json: question q3: section "storage" is not a heading of content/ko/aurora.mdx',
    ]);
    expect(sectionProblems(files, new Map([['aurora', new Set(['storage'])]]), 'content')).toEqual([
      'content/questions/aurora.json: question q1: section "backups-restore-cloning#cloning" is on page "backups-restore-cloning", which does not exist',
    ]);
  });

  it('flag a question file that has no page', () => {
    expect(sectionProblems(files, new Map([['backups-restore-cloning', new Set(['cloning'])]]), 'content')[0]).toBe(
      'content/questions/aurora.json: there is no page content/ko/aurora.mdx to show these questions on',
    );
  });
});

describe('the questions of this site', () => {
  const all = questionFiles.flatMap((f) => f.questions);
  it('are all tagged with a topic of content/topics.json, and keys are unique', () => {
    const ids = new Set(topics.map((t) => t.id));
    expect(all.filter((x) => !ids.has(x.topic)).map((x) => x.key)).toEqual([]);
    expect(new Set(all.map((x) => x.key)).size).toBe(all.length);
  });
});
