import { describe, expect, it } from 'vitest';
import { normalizeQuery, stripParticle } from './search-terms.ts';

describe('stripParticle', () => {
  it.each([
    ['복제본을', '복제본'],
    ['트랜잭션이', '트랜잭션'],
    ['스냅샷은', '스냅샷'],
    ['엔드포인트로', '엔드포인트'],
    ['리전에서는', '리전'],
    ['Aurora의', 'Aurora'],
  ])('%s → %s', (word, stem) => expect(stripParticle(word)).toBe(stem));

  it.each(['속도', '차이', '복제', 'Aurora', 'AZ', '가'])('keeps %s: no two-character stem would be left, or no particle', (word) => {
    expect(stripParticle(word)).toBe(word);
  });
});

describe('normalizeQuery', () => {
  it('maps English terms typed on the Korean site to the Korean term', () => {
    expect(normalizeQuery('Read Replica', 'ko')).toBe('읽기 전용 복제본');
    expect(normalizeQuery('Multi-AZ', 'ko')).toBe('다중 AZ');
    expect(normalizeQuery('multi-az failover', 'ko')).toBe('다중 AZ 장애 조치');
  });

  it('maps learner spellings to the AWS term, and strips particles after the mapping', () => {
    expect(normalizeQuery('리드 레플리카를', 'ko')).toBe('읽기 전용 복제본');
    expect(normalizeQuery('페일오버가', 'ko')).toBe('장애 조치');
  });

  it('does not replace part of a longer word', () => {
    expect(normalizeQuery('clones', 'ko')).toBe('clones');
    expect(normalizeQuery('failovers', 'ko')).toBe('failovers');
  });

  it('leaves English queries on the English site alone, apart from spacing', () => {
    expect(normalizeQuery('  Read   Replica ', 'en')).toBe('Read Replica');
  });
});
