import { describe, expect, it } from 'vitest';
import { formatValue, sourceFor } from './fact-format.ts';
import { checkRegistry, expandFacts, factAreas, facts, parseFactFile, staleFacts, statementText, type Fact } from './facts.ts';

const good = {
  id: 'demo.failover.with-replica',
  value: 60,
  unit: 's',
  status: 'current',
  statement: { ko: '장애 조치는 보통 {value} 안에 끝납니다', en: 'Failover typically completes in under {value}' },
  source: 'https://docs.aws.amazon.com/x.html#section',
  checked: '2026-12-01',
};
const file = (...list: object[]) => ({ title: { ko: '데모', en: 'Demo' }, order: 1, facts: list });

describe('formatValue', () => {
  it('writes each unit the way a reader of the language expects', () => {
    expect(formatValue(60, 's', 'ko')).toBe('60초');
    expect(formatValue(60, 's', 'en')).toBe('60 s');
    expect(formatValue({ min: 0, max: 35 }, 'day', 'ko')).toBe('0~35일');
    expect(formatValue({ min: 0, max: 35 }, 'day', 'en')).toBe('0–35 days');
    expect(formatValue(1, 'day', 'en')).toBe('1 day');
    expect(formatValue(86400, 's', 'en')).toBe('86,400 s');
    expect(formatValue(6379, 'port', 'en')).toBe('6379');
    expect(formatValue(0.5, 'ACU', 'ko')).toBe('0.5 ACU');
    expect(formatValue('2027-03-31', 'date', 'ko')).toBe('2027년 3월 31일');
    expect(formatValue('2027-03-31', 'date', 'en')).toBe('31 March 2027');
  });

  it('sends Korean readers to the Korean edition of AWS documentation', () => {
    expect(sourceFor('https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/x.html#y', 'ko')).toBe('https://docs.aws.amazon.com/ko_kr/AmazonRDS/latest/UserGuide/x.html#y');
    expect(sourceFor('https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/x.html#y', 'en')).toBe('https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/x.html#y');
  });
});

describe('parseFactFile', () => {
  it('accepts a complete fact', () => {
    expect(parseFactFile(file(good), 'content/facts/demo.json').facts[0]?.id).toBe(good.id);
  });

  it.each([
    ['a source without a #fragment', { source: 'https://docs.aws.amazon.com/x.html' }, /fact demo\.failover\.with-replica field source: .*#fragment/],
    ['a statement that does not show its value', { statement: { ko: '장애 조치는 빠릅니다', en: 'Failover is quick' } }, /field statement\.ko: .*\{value\}/],
    ['an assumption without saying whose', { status: 'assumption' }, /field attribution: status "assumption" needs an attribution/],
    ['an ending fact without its date', { status: 'ending' }, /field ends: /],
    ['a malformed id', { id: 'Aurora Failover' }, /field id: dotted lowercase segments/],
    ['a value without a unit', { unit: undefined }, /field unit: value and unit come together/],
  ])('rejects %s, naming the file, the fact and the field', (_, change, message) => {
    expect(() => parseFactFile(file({ ...good, ...change }), 'content/facts/demo.json')).toThrow(message);
    expect(() => parseFactFile(file({ ...good, ...change }), 'content/facts/demo.json')).toThrow(/^content\/facts\/demo\.json: /);
  });
});

describe('checkRegistry', () => {
  const area = (list: object[], name = 'demo') => parseFactFile(file(...list), `content/facts/${name}.json`);
  it('rejects an id used in two files', () => {
    expect(() => checkRegistry([area([good]), area([good], 'other')])).toThrow(/content\/facts\/other\.json: fact id "demo\.failover\.with-replica" is already used in content\/facts\/demo\.json/);
  });
  it('rejects a statement that mentions a fact the registry does not have', () => {
    const mentions = { ...good, statement: { ko: '{value}, {fact:demo.nope}', en: '{value}, {fact:demo.nope}' } };
    expect(() => checkRegistry([area([mentions])])).toThrow(/mentions \{fact:demo\.nope\}, which is not in the registry/);
  });
});

describe('the registry in content/facts', () => {
  it('loads, and every statement renders in both languages', () => {
    expect(factAreas().length).toBeGreaterThan(3);
    for (const f of facts()) {
      expect(statementText(f, 'ko')).not.toMatch(/\{/);
      expect(statementText(f, 'en')).not.toMatch(/\{/);
    }
  });

  it('marks every figure AWS does not publish, and says who does', () => {
    for (const f of facts().filter((x) => x.status === 'assumption' || x.status === 'not-published')) {
      expect(f.attribution, f.id).toBeDefined();
    }
  });

  it('fills {fact:id} in question and glossary text with the value, and names the place of an unknown id', () => {
    expect(expandFacts('최대 {fact:aurora.backtrack.window}', 'ko')).toBe('최대 72시간');
    expect(expandFacts('up to {fact:aurora.backtrack.window}', 'en')).toBe('up to 72 hours');
    expect(() => expandFacts('{fact:aurora.nope}', 'en', 'content/questions/aurora.json q1')).toThrow(/content\/questions\/aurora\.json q1: unknown fact id "aurora\.nope"/);
  });
});

describe('staleFacts', () => {
  const at = (checked: string) => ({ ...good, checked }) as Fact;
  it('lists facts checked more than 180 days before today, oldest first (exactly 180 is not stale)', () => {
    const list = staleFacts([at('2026-12-01'), at('2026-01-01'), at('2026-06-01'), at('2026-06-05')], new Date('2026-12-02T00:00:00Z'));
    expect(list.map((x) => x.fact.checked)).toEqual(['2026-01-01', '2026-06-01']);
    expect(list[0]?.age).toBe(335);
  });
});
