import { describe, expect, it } from 'vitest';
import type { Term } from './glossary-schema.ts';
import { glossary } from './glossary.ts';
import { facts, getFact } from './facts.ts';
import { acronym, factVariants, headingVariants, lexicon, mentions, sectionTerms, termVariants, unbracket } from './search-variants.ts';

const term = (over: Partial<Term>): Term => ({
  id: 'x',
  topic: 'rds',
  en: 'Read replica',
  ko: '읽기 전용 복제본',
  aliases: { ko: ['리드 레플리카', '복제본'], en: ['read-only replica'] },
  meaning: { ko: '읽기를 나눠 받는 복제본입니다.', en: 'A copy that takes reads.' },
  page: 'rds-replicas-multi-az#read-replicas',
  ...over,
});

describe('acronym', () => {
  it.each([
    ['Point-in-time recovery', 'pitr'],
    ['Read replica', 'rr'],
    ['Copy-on-write', 'cow'],
    ['Multi-AZ', 'maz'],
    ['Aurora capacity unit', 'acu'],
  ])('%s → %s', (phrase, initials) => expect(acronym(phrase)).toBe(initials));

  it.each(['Failover', '읽기 전용 복제본', 'a b c d e f'])('has none for %s', (phrase) => expect(acronym(phrase)).toBeUndefined());
});

describe('unbracket', () => {
  it('gives the phrase and its brackets separately', () => {
    expect(unbracket('Aurora 용량 단위(ACU)')).toEqual(['Aurora 용량 단위', 'ACU']);
    expect(unbracket('TTL (time to live)')).toEqual(['TTL', 'time to live']);
    expect(unbracket('Failover')).toEqual(['Failover']);
  });
});

describe('termVariants', () => {
  it('gives Korean, English and learner spellings on the Korean site, compact, with initials of the English name', () => {
    const { whole, words } = termVariants(term({}), 'ko');
    expect(whole).toEqual(expect.arrayContaining(['읽기전용복제본', 'readreplica', '리드레플리카', 'rr', 'readonlyreplica', '복제본']));
    expect(words).toEqual(expect.arrayContaining(['레플리카', 'replica']));
    expect(words).not.toContain('복제본');
  });

  it('gives only English spellings on the English site, and no two-letter initials of an alias', () => {
    const { whole } = termVariants(term({}), 'en');
    expect(whole).not.toContain('읽기전용복제본');
    expect(whole).toContain('rr');
    const pause = termVariants(term({ aliases: { ko: [], en: ['automatic pause', 'scale to zero'] } }), 'en');
    expect(pause.whole).not.toContain('ap');
    expect(pause.whole).toContain('stz');
  });
});

describe('headingVariants', () => {
  it('gives the compact heading and runs of its words, without particles', () => {
    const v = headingVariants('스토리지: 6개 사본과 쿼럼');
    expect(v[0]).toBe('스토리지6개사본쿼럼');
    expect(v).toEqual(expect.arrayContaining(['6개사본', '사본쿼럼']));
    expect(headingVariants('From Single-AZ to Multi-AZ')).toContain('singleaztomultiaz');
  });
});

describe('mentions', () => {
  it('finds Korean with a particle attached, and English only at the start of a word', () => {
    expect(mentions('읽기 전용 복제본을 만들면', '읽기 전용 복제본')).toBe(true);
    expect(mentions('Read Replicas take reads', 'read replica')).toBe(true);
    expect(mentions('a spread replica', 'read replica')).toBe(false);
  });
});

describe('sectionTerms', () => {
  const replica = term({});
  const failover = term({ id: 'failover', en: 'Failover', ko: '장애 조치', aliases: { ko: ['페일오버'], en: ['fail over'] }, page: 'aurora#failover' });

  it('puts what the section teaches in teaches, and what it only uses in uses', () => {
    const t = sectionTerms({ anchor: 'aurora#failover', heading: '장애 조치', text: '복제본이 있으면 빨리 끝납니다.', context: ['Amazon Aurora'] }, [replica, failover], 'ko');
    expect(t.teaches).toEqual(expect.arrayContaining(['장애조치', '페일오버', 'failover']));
    expect(t.uses).toEqual(expect.arrayContaining(['리드레플리카', 'readreplica']));
    expect(t.uses).not.toContain('장애조치');
    expect(t.context).toContain('amazonaurora');
  });

  it('leaves out of uses the words the text already has', () => {
    const t = sectionTerms({ anchor: 'x#y', heading: 'Other', text: 'A read replica takes reads.', context: [] }, [replica], 'en');
    expect(t.uses).toContain('readreplica');
    expect(t.uses).not.toContain('replica');
  });
});

describe('factVariants', () => {
  it("gives a fact's figure as each language writes it, and the words of its statement", () => {
    const ko = factVariants(getFact('monitoring.enhanced.min-interval'), 'ko');
    expect(ko.figures).toEqual(['1초']);
    expect(ko.words).toEqual(expect.arrayContaining(['enhanced', 'monitoring', 'cloudwatch', '간격']));
    expect(ko.words).not.toContain('monitoring은');
    const en = factVariants(getFact('monitoring.enhanced.min-interval'), 'en');
    expect(en.figures).toEqual(['1s']);
    expect(en.words).toEqual(expect.arrayContaining(['enhanced', 'metrics', 'logs']));
  });

  it('gives a range by its ends as well, and nothing for a fact without a figure', () => {
    const range = getFact('rds.backup.retention.instance');
    expect(typeof range.value).toBe('object');
    const { figures } = factVariants(range, 'ko');
    const { min, max } = range.value as { min: number; max: number };
    expect(figures).toEqual(expect.arrayContaining([`${min}일`, `${max}일`]));
    const plain = facts().find((f) => f.value === undefined)!;
    expect(factVariants(plain, 'ko').figures).toEqual([]);
  });
});

describe('sectionTerms from the fact registry and headings', () => {
  const replica = term({});

  it('adds the figures and statement words of the facts a section shows, and not what its text already says', () => {
    const interval = getFact('monitoring.enhanced.min-interval');
    const t = sectionTerms({ anchor: 'm#enhanced', heading: '확장 모니터링', text: '에이전트가 지표를 보고합니다', context: [], facts: [interval] }, [], 'ko');
    expect(t.facts).toEqual(expect.arrayContaining(['1초', 'cloudwatch']));
    const without = sectionTerms({ anchor: 'm#enhanced', heading: '확장 모니터링', text: '에이전트가 지표를 보고합니다', context: [] }, [], 'ko');
    expect(without.facts).toEqual([]);
    const said = sectionTerms({ anchor: 'm#enhanced', heading: '확장 모니터링', text: 'CloudWatch Logs에 기록', context: [], facts: [interval] }, [], 'ko');
    expect(said.facts).not.toContain('cloudwatch');
  });

  it("gives a heading that names a glossary term the term's other spellings", () => {
    const t = sectionTerms({ anchor: 'r#multi-az-replica', heading: '읽기 전용 복제본도 다중 AZ로', text: '', context: [] }, [replica], 'ko');
    expect(t.heading).toEqual(expect.arrayContaining(['리드레플리카', 'readreplica', 'rr']));
    // The section does not teach the term: its own page does.
    expect(t.teaches).toEqual([]);
    const other = sectionTerms({ anchor: 'r#x', heading: '다중 AZ', text: '', context: [] }, [replica], 'ko');
    expect(other.heading).not.toContain('readreplica');
    // "복제본" is only an alias: a heading about Aurora Replicas is not about read replicas.
    const alias = sectionTerms({ anchor: 'r#x', heading: 'Aurora 복제본', text: '', context: [] }, [replica], 'ko');
    expect(alias.heading).not.toContain('readreplica');
  });
});

describe('lexicon from the real glossary', () => {
  it('holds the spellings learners type for the terms the site teaches', () => {
    const ko = new Set(lexicon(glossary, ['다중 AZ DB 클러스터'], 'ko'));
    for (const key of ['장애조치', '페일오버', '엘라스티캐시', '밸키', '멤캐시드', '레디스', 'pitr', 'cow', 'acu', 'maz', 'rr', 'readreplica', '다중azdb클러스터']) {
      expect(ko.has(key), key).toBe(true);
    }
    const en = new Set(lexicon(glossary, [], 'en'));
    expect(en.has('copyonwrite')).toBe(true);
    expect(en.has('장애조치')).toBe(false);
  });

  it("holds the registry's figures, so a figure typed with a space is read as one word", () => {
    expect(lexicon([], [], 'ko', [getFact('monitoring.enhanced.min-interval')])).toEqual(['1초']);
    expect(new Set(lexicon(glossary, [], 'en', facts())).has('1s')).toBe(true);
  });
});
