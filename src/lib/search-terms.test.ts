import { describe, expect, it } from 'vitest';
import { compact, Lexicon, normalizeQuery, stripParticle } from './search-terms.ts';

describe('stripParticle', () => {
  it.each([
    ['복제본을', '복제본'],
    ['트랜잭션이', '트랜잭션'],
    ['스냅샷은', '스냅샷'],
    ['엔드포인트로', '엔드포인트'],
    ['스냅샷으로', '스냅샷'],
    ['리전에서는', '리전'],
    ['프록시가', '프록시'],
    ['Aurora의', 'Aurora'],
  ])('%s → %s', (word, stem) => expect(stripParticle(word)).toBe(stem));

  it.each(['속도', '차이', '복제', 'Aurora', 'AZ', '가'])('keeps %s: no two-character stem would be left, or no particle', (word) => {
    expect(stripParticle(word)).toBe(word);
  });

  it.each([
    ['게이트웨이', 'a final 이 after a vowel is part of the word (the particle would be 가)'],
    ['스냅샷로', '로 after a final consonant other than ㄹ is not the particle (it would be 으로)'],
    ['프록시을', '을 after a vowel is not the particle (it would be 를)'],
  ])('keeps %s: %s', (word) => expect(stripParticle(word)).toBe(word));
});

describe('compact', () => {
  it('makes spacing, hyphens, case and punctuation variants one key', () => {
    for (const typed of ['Read Replica', 'read-replica', 'readreplica', ' READ  replica ']) expect(compact(typed)).toBe('readreplica');
    for (const typed of ['읽기 전용 복제본', '읽기전용복제본', '읽기 전용복제본']) expect(compact(typed)).toBe('읽기전용복제본');
    expect(compact('Multi-AZ')).toBe('multiaz');
    expect(compact('Aurora 용량 단위(ACU)')).toBe('aurora용량단위acu');
  });
});

const lexicon = new Lexicon([
  '읽기전용복제본', '복제본', '장애조치', '오로라', 'aurora', '서버리스', '오로라서버리스', 'readreplica', 'copyonwrite',
  'multiaz', '다중az', '클러스터', 'rds프록시', '엘라스티캐시', 'pitr', 'cluster', 'whatisacache',
]);

describe('Lexicon', () => {
  it('knows keys and the beginnings of keys, as Pagefind matches words by prefix', () => {
    expect(lexicon.has('장애조치')).toBe(true);
    expect(lexicon.startsSome('장애')).toBe(true);
    expect(lexicon.startsSome('조치')).toBe(false);
  });

  it('splits a word typed without spaces into keys, longest first', () => {
    expect(lexicon.segment('오로라장애조치')).toEqual(['오로라', '장애조치']);
    expect(lexicon.segment('다중az클러스터')).toEqual(['다중az', '클러스터']);
    expect(lexicon.segment('오로라장애조치시간')).toEqual(['오로라', '장애조치', '시간']);
  });

  it('splits English only into whole keys of three or more letters', () => {
    expect(lexicon.segment('multiazcluster')).toEqual(['multiaz', 'cluster']);
    expect(lexicon.segment('pause')).toBeUndefined();
    expect(lexicon.segment('multiazpause')).toBeUndefined();
  });

  it('finds the transliteration one letter (자모) away, not two', () => {
    expect(lexicon.nearest('엘라스틱캐시')).toBe('엘라스티캐시');
    expect(lexicon.nearest('오로러')).toBe('오로라');
    expect(lexicon.nearest('장애해결')).toBeUndefined();
    expect(lexicon.nearest('복제')).toBeUndefined();
  });
});

describe('normalizeQuery', () => {
  it('joins words whose spaces differ from the key: dropped, added or hyphenated', () => {
    expect(normalizeQuery('read replica', 'en', lexicon)).toBe('readreplica');
    expect(normalizeQuery('read-replica', 'en', lexicon)).toBe('readreplica');
    expect(normalizeQuery('copy on write', 'en', lexicon)).toBe('copyonwrite');
    expect(normalizeQuery('읽기 전용복제본', 'ko', lexicon)).toBe('읽기전용복제본');
    expect(normalizeQuery('장애 조치', 'ko', lexicon)).toBe('장애조치');
    expect(normalizeQuery('오로라 서버 리스', 'ko', lexicon)).toBe('오로라서버리스');
  });

  it('takes an English plural for the singular key, alone or in a phrase', () => {
    expect(normalizeQuery('read replicas', 'ko', lexicon)).toBe('readreplica');
    expect(normalizeQuery('clusters', 'en', lexicon)).toBe('cluster');
    // A word the keys know as it is stays as typed; so does one whose singular is no key either.
    expect(normalizeQuery('aurora caches', 'en', lexicon)).toBe('aurora caches');
  });

  it('drops particles before joining, and splits unspaced compounds', () => {
    expect(normalizeQuery('읽기 전용 복제본을', 'ko', lexicon)).toBe('읽기전용복제본');
    expect(normalizeQuery('오로라장애조치', 'ko', lexicon)).toBe('오로라 장애조치');
    expect(normalizeQuery('RDS프록시로', 'ko', lexicon)).toBe('rds프록시');
  });

  it('reads Korean typed with the keyboard in English mode, but not English words', () => {
    expect(normalizeQuery('dhfhfk', 'ko', lexicon)).toBe('오로라');
    expect(normalizeQuery('aurora', 'ko', lexicon)).toBe('aurora');
    expect(normalizeQuery('dhfhfk', 'en', lexicon)).toBe('dhfhfk');
  });

  it('takes a misspelt transliteration as the known one', () => {
    expect(normalizeQuery('엘라스틱캐시', 'ko', lexicon)).toBe('엘라스티캐시');
  });

  it('leaves out question words when other words remain, but not inside a known phrase', () => {
    expect(normalizeQuery('오로라 장애조치 얼마나 걸려?', 'ko', lexicon)).toBe('오로라 장애조치');
    expect(normalizeQuery('how long does aurora failover take', 'en', lexicon)).toBe('aurora failover');
    expect(normalizeQuery('what is a cache', 'en', lexicon)).toBe('whatisacache');
    expect(normalizeQuery('how', 'en', lexicon)).toBe('how');
  });

  it('keeps abbreviations and unknown words as typed (lower case)', () => {
    expect(normalizeQuery('PITR', 'ko', lexicon)).toBe('pitr');
    expect(normalizeQuery('트랜잭션이', 'ko', lexicon)).toBe('트랜잭션');
    expect(normalizeQuery('  ', 'ko', lexicon)).toBe('');
  });

  it('works without keys: particles and spacing only', () => {
    expect(normalizeQuery('  복제본을   찾기 ', 'ko')).toBe('복제본 찾기');
  });
});
