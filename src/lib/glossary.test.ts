import { describe, expect, it } from 'vitest';
import { glossary, parseGlossary, type Term } from './glossary.ts';

const term = (id: string, en: string, ko: string): Term => ({
  id,
  topic: 'rds',
  en,
  ko,
  aliases: { ko: [], en: [] },
  meaning: { ko: '읽기 전용 사본을 만드는 기능', en: 'A read-only copy of a database' },
  page: 'rds-basics#engines',
});

describe('parseGlossary', () => {
  it('accepts the glossary as it is', () => {
    expect(glossary.length).toBeGreaterThan(10);
  });

  it('refuses an id used twice, naming the file', () => {
    expect(() => parseGlossary([term('read-replica', 'Read replica', '읽기 전용 복제본'), term('read-replica', 'Other', '다른 것')], 'g.json')).toThrow(
      'g.json: term id "read-replica" is used twice',
    );
  });

  it.each([
    ['English', term('replica-2', 'read replica', '다른 이름')],
    ['Korean', term('replica-2', 'Another name', '읽기 전용  복제본')],
  ])('refuses a term repeated under a new id (same %s name), naming the file and both ids', (_what, repeat) => {
    expect(() => parseGlossary([term('read-replica', 'Read replica', '읽기 전용 복제본'), repeat], 'content/glossary.json')).toThrow(
      /content\/glossary\.json: term "replica-2" repeats term "read-replica" \((English|Korean) name ".+"\)/,
    );
  });
});
