import { describe, expect, it } from 'vitest';
import { correctCount, emptyProgress, parseProgress, PROGRESS_VERSION, record } from './progress.ts';

describe('self-check progress', () => {
  it('starts empty when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), reset: false });
  });

  it('reads back what it recorded', () => {
    let p = record(emptyProgress(), 'aurora', 'q1', { chosen: 2, correct: true });
    p = record(p, 'aurora', 'q2', { chosen: 0, correct: false });
    const { progress, reset } = parseProgress(JSON.stringify(p));
    expect(reset).toBe(false);
    expect(correctCount(progress, 'aurora')).toBe(1);
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
});
