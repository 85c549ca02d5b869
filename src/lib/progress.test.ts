import { describe, expect, it } from 'vitest';
import { correctCount, decodeKey, emptyProgress, encodeKey, parseProgress, PROGRESS_VERSION, record, withPractice } from './progress.ts';

describe('self-check progress', () => {
  it('starts empty when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), reset: false });
  });

  it('reads back what it recorded', () => {
    let p = record(emptyProgress(), 'aurora', 'q1', { chosen: 2, correct: true });
    p = record(p, 'aurora', 'q2', { chosen: 0, correct: false });
    const { progress, reset } = parseProgress(JSON.stringify(p));
    expect(reset).toBe(false);
    expect(correctCount(progress, 'aurora', { q1: 2, q2: 1 })).toBe(1);
    expect(progress.pages.aurora?.q2).toEqual({ chosen: 0, correct: false });
  });

  it.each([
    ['not JSON', '{oops'],
    ['an older version', JSON.stringify({ v: PROGRESS_VERSION - 1, pages: {} })],
    ['a wrong shape', JSON.stringify({ v: PROGRESS_VERSION, pages: [] })],
    ['a bad answer', JSON.stringify({ v: PROGRESS_VERSION, pages: { aurora: { q1: { chosen: 'x', correct: true } } } })],
    ['a bare number', '42'],
  ])('resets cleanly on %s', (_what, raw) => {
    expect(parseProgress(raw)).toEqual({ progress: emptyProgress(), reset: true });
  });

  it('counts only the questions a page has now, judged against its answer key', () => {
    const key = { q1: 2, q2: 1, q3: 0 };
    let p = record(emptyProgress(), 'aurora', 'q1', { chosen: 2, correct: false }); // right, though stored as wrong
    p = record(p, 'aurora', 'q2', { chosen: 3, correct: true }); // wrong, though stored as right
    for (const id of ['q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10']) p = record(p, 'aurora', id, { chosen: 0, correct: true }); // no such question
    const { progress } = parseProgress(JSON.stringify(p));
    expect(correctCount(progress, 'aurora', key)).toBe(1);
    expect(correctCount(progress, 'rds-basics', key)).toBe(0);
  });

  it('ignores names inherited from Object', () => {
    const p = record(emptyProgress(), 'aurora', 'constructor', { chosen: 0, correct: true });
    expect(correctCount(p, 'aurora', { q1: 0 })).toBe(0);
  });

  it('carries the answer key through HTML and back', () => {
    const key = { q1: 3, q2: 0, q12: 4 };
    expect(decodeKey(encodeKey(key))).toEqual(key);
    expect(decodeKey(undefined)).toEqual({});
    expect(decodeKey('q1:2 nonsense q2:x')).toEqual({ q1: 2 });
  });
});

describe('the practice set in progress', () => {
  it('is kept next to the page answers, and recording a page answer keeps it', () => {
    let p = withPractice(emptyProgress(), { set: 'v1.a1-a2.abcde', marks: '2x', at: 1 });
    p = record(p, 'aurora', 'q1', { chosen: 2, correct: true });
    expect(parseProgress(JSON.stringify(p))).toEqual({ progress: p, reset: false });
    expect(p.practice).toEqual({ set: 'v1.a1-a2.abcde', marks: '2x', at: 1 });
  });

  it.each([
    ['marks with other characters', { set: 's', marks: '2?', at: 0 }],
    ['a position past the end', { set: 's', marks: '2', at: 2 }],
    ['no set', { marks: '2', at: 0 }],
  ])('resets cleanly on %s', (_what, practice) => {
    expect(parseProgress(JSON.stringify({ v: PROGRESS_VERSION, pages: {}, practice }))).toEqual({ progress: emptyProgress(), reset: true });
  });
});
