import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksum, decodeResult, decodeSet, encodeResult, encodeSet, pageCode, pickQuestions, questionKey, score, type Answers } from './practice.ts';

const keyArb = fc.tuple(fc.stringMatching(/^[a-z]{1,4}$/), fc.integer({ min: 1, max: 99 })).map(([code, n]) => `${code}${n}`);
const keysArb = fc.uniqueArray(keyArb, { minLength: 1, maxLength: 40 });

describe('question keys', () => {
  it('are the initials of the page and the question number', () => {
    expect(questionKey('rds-basics', 'q3')).toBe('rb3');
    expect(questionKey('aurora', 'q12')).toBe('a12');
    expect(pageCode('aurora-serverless-global-ml')).toBe('asgm');
  });
});

describe('set links', () => {
  it('read back the same questions in the same order', () => {
    fc.assert(
      fc.property(keysArb, (keys) => {
        expect(decodeSet(encodeSet(keys), new Set(keys))).toEqual({ ok: true, value: keys });
      }),
    );
  });

  it('look like v1.<keys>.<checksum>', () => {
    expect(encodeSet(['a1', 'rb3'])).toMatch(/^v1\.a1-rb3\.[0-9a-z]{5}$/);
  });

  it('keep working when questions are added to the site', () => {
    fc.assert(
      fc.property(keysArb, fc.uniqueArray(keyArb, { maxLength: 20 }), (keys, added) => {
        expect(decodeSet(encodeSet(keys), new Set([...added, ...keys]))).toEqual({ ok: true, value: keys });
      }),
    );
  });

  it('name the questions the site no longer has', () => {
    expect(decodeSet(encodeSet(['a1', 'a9', 'rb2']), new Set(['a1', 'rb2']))).toEqual({ ok: false, problem: { kind: 'unknown', keys: ['a9'] } });
  });

  it('refuse any single changed character (checksum or format), never throwing', () => {
    fc.assert(
      fc.property(keysArb, fc.nat(), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-.v'), (keys, at, char) => {
        const token = encodeSet(keys);
        const i = at % token.length;
        fc.pre(token[i] !== char);
        const changed = token.slice(0, i) + char + token.slice(i + 1);
        const result = decodeSet(changed, new Set(keys));
        // A change inside the keys may turn one known key into another known key: the checksum still catches it.
        expect(result.ok).toBe(false);
      }),
    );
  });

  it('say which problem a link has', () => {
    const known = new Set(['a1', 'a2']);
    const good = encodeSet(['a1', 'a2']);
    expect(decodeSet(good.replace(/^v1/, 'v2'), known)).toEqual({ ok: false, problem: { kind: 'version', version: 'v2' } });
    expect(decodeSet(good.replace('a1-a2', 'a2-a1'), known)).toEqual({ ok: false, problem: { kind: 'checksum' } });
    for (const bad of ['', 'hello', 'v1.a1', 'v1..abcde', 'v1.a1-a1.' + checksum('v1.a1-a1'), 'v1.A1.xxxxx', 'v1.a1.abcde.f', 'v1.' + 'a1-'.repeat(900) + 'a1.abcde']) {
      expect(decodeSet(bad, known), bad.slice(0, 30)).toEqual({ ok: false, problem: { kind: 'malformed' } });
    }
  });

  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        expect(decodeSet(raw, new Set(['a1'])).ok).toBe(false);
      }),
    );
  });
});

describe('result links', () => {
  const answersFor = (counts: number[]) => fc.tuple(...counts.map((c) => fc.option(fc.integer({ min: 0, max: c - 1 }), { nil: null })));
  const setArb = fc.array(fc.integer({ min: 3, max: 5 }), { minLength: 1, maxLength: 30 }).chain((counts) =>
    answersFor(counts).map((answers) => ({ counts, answers: answers as Answers })),
  );

  it('read back the answers, skipped ones included', () => {
    fc.assert(
      fc.property(setArb, ({ counts, answers }) => {
        const set = encodeSet(counts.map((_, i) => `a${i + 1}`));
        expect(decodeResult(encodeResult(set, answers), set, counts)).toEqual({ ok: true, value: answers });
      }),
    );
  });

  it('do not fit another set, a changed answer, or the wrong number of questions', () => {
    const set = encodeSet(['a1', 'a2', 'a3']);
    const other = encodeSet(['a1', 'a2', 'a4']);
    const token = encodeResult(set, [0, null, 2]);
    expect(token).toMatch(/^0x2\.[0-9a-z]{5}$/);
    expect(decodeResult(token, other, [4, 4, 4])).toEqual({ ok: false, problem: { kind: 'checksum' } });
    expect(decodeResult(token.replace('0x2', '1x2'), set, [4, 4, 4])).toEqual({ ok: false, problem: { kind: 'checksum' } });
    expect(decodeResult(token, set, [4, 4])).toEqual({ ok: false, problem: { kind: 'malformed' } });
    expect(decodeResult(token, set, [4, 4, 2])).toEqual({ ok: false, problem: { kind: 'malformed' } });
    expect(decodeResult('garbage', set, [4, 4, 4])).toEqual({ ok: false, problem: { kind: 'malformed' } });
  });
});

describe('choosing questions', () => {
  const topicArb = fc.constantFrom('t1', 't2', 't3', 't4');
  const poolArb = fc
    .uniqueArray(keyArb, { minLength: 0, maxLength: 60 })
    .chain((keys) => fc.tuple(...keys.map(() => topicArb)).map((topics) => keys.map((key, i) => ({ key, topic: topics[i]! }))));
  const args = fc.record({
    pool: poolArb,
    topics: fc.uniqueArray(topicArb, { minLength: 1, maxLength: 4 }),
    count: fc.integer({ min: 0, max: 70 }),
    seed: fc.integer(),
  });

  it('is the same for the same seed', () => {
    fc.assert(
      fc.property(args, ({ pool, topics, count, seed }) => {
        expect(pickQuestions(pool, topics, count, seed)).toEqual(pickQuestions(pool, topics, count, seed));
      }),
    );
  });

  it('gives distinct questions of the chosen topics, as many as asked for or as there are', () => {
    fc.assert(
      fc.property(args, ({ pool, topics, count, seed }) => {
        const chosen = pickQuestions(pool, topics, count, seed);
        const eligible = pool.filter((q) => topics.includes(q.topic));
        expect(chosen).toHaveLength(Math.min(count, eligible.length));
        expect(new Set(chosen).size).toBe(chosen.length);
        expect(chosen.every((k) => eligible.some((q) => q.key === k))).toBe(true);
      }),
    );
  });

  it('shares the questions fairly between topics', () => {
    fc.assert(
      fc.property(args, ({ pool, topics, count, seed }) => {
        const chosen = new Set(pickQuestions(pool, topics, count, seed));
        const per = topics.map((t) => ({
          got: pool.filter((q) => q.topic === t && chosen.has(q.key)).length,
          has: pool.filter((q) => q.topic === t).length,
        }));
        // A topic that got fewer than another by two or more must have run out of questions.
        for (const a of per) for (const b of per) if (b.got - a.got >= 2) expect(a.got).toBe(a.has);
      }),
    );
  });

  it('gives different sets for different seeds (usually)', () => {
    const pool = Array.from({ length: 40 }, (_, i) => ({ key: `a${i + 1}`, topic: i % 2 ? 't1' : 't2' }));
    const sets = new Set(Array.from({ length: 20 }, (_, seed) => pickQuestions(pool, ['t1', 't2'], 10, seed).join()));
    expect(sets.size).toBeGreaterThan(15);
  });
});

describe('scoring', () => {
  const qs = [
    { key: 'a1', topic: 'aurora', answer: 0 },
    { key: 'e1', topic: 'elasticache', answer: 2 },
    { key: 'a2', topic: 'aurora', answer: 1 },
    { key: 'rb1', topic: 'rds-basics', answer: 3 },
  ];

  it('counts right answers overall and per topic, in the topics order, with what was missed', () => {
    expect(score(qs, [0, 1, null, 3], ['rds-basics', 'aurora', 'elasticache'])).toEqual({
      correct: 2,
      answered: 3,
      total: 4,
      topics: [
        { topic: 'rds-basics', correct: 1, total: 1, missed: [] },
        { topic: 'aurora', correct: 1, total: 2, missed: ['a2'] },
        { topic: 'elasticache', correct: 0, total: 1, missed: ['e1'] },
      ],
    });
  });

  it('adds up: per-topic totals and right answers sum to the whole', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { minLength: 4, maxLength: 4 }), (answers) => {
        const s = score(qs, answers, ['aurora']);
        expect(s.topics.reduce((n, t) => n + t.total, 0)).toBe(s.total);
        expect(s.topics.reduce((n, t) => n + t.correct, 0)).toBe(s.correct);
        expect(s.correct).toBe(qs.filter((q, i) => answers[i] === q.answer).length);
        expect(s.topics.flatMap((t) => t.missed).length).toBe(s.total - s.correct);
      }),
    );
  });
});
