import { describe, expect, it } from 'vitest';
import { sayAfter } from '../kit/testing/model';
import { compareRows, pictureTitle, sentenceFor, statusOf, tourText } from './describe';
import { initial, run, step } from './model';
import { cachingStrings } from './strings';
import { stateAt } from './timeline';

const { en, ko } = cachingStrings;

const say = sayAfter({ run, step, initial }, en, (e, before, after, s) => sentenceFor(e, before, after, s));

describe('caching sentences', () => {
  it('say hits, stale hits and misses, with the running hit ratio', () => {
    expect(say([{ type: 'read', key: 'product:1' }])).toBe(
      'Miss: product:1 was read from the database (v1) and stored in the cache: three trips instead of one. Hit ratio so far: 0% (0 of 1).',
    );
    expect(say([{ type: 'read', key: 'product:1' }, { type: 'read', key: 'product:1' }])).toBe(
      'Hit: product:1 came straight from the cache (v1). Hit ratio so far: 50% (1 of 2).',
    );
    expect(
      say([{ type: 'read', key: 'product:1' }, { type: 'write', key: 'product:1' }, { type: 'read', key: 'product:1' }], ko),
    ).toBe('오래된 데이터: 캐시가 돌려준 product:1 값은 v1이지만 데이터베이스의 값은 v2입니다. 지금까지 적중률 50%(읽기 2번 중 1번).');
    const wt = initial({ show: 'writeThrough' });
    expect(say([{ type: 'read', key: 'product:2' }], en, wt)).toBe(
      'Miss: product:2 was read from the database (v1); write-through does not store it on a read. Hit ratio so far: 0% (0 of 1).',
    );
  });

  it('say where a write went', () => {
    expect(say([{ type: 'read', key: 'product:1' }, { type: 'write', key: 'product:1' }])).toBe(
      'product:1 written: v2 went to the database only; the cache still holds v1.',
    );
    expect(say([{ type: 'write', key: 'product:3' }])).toBe('product:3 written: v2 went to the database only; it is not in the cache.');
    expect(say([{ type: 'write', key: 'product:3' }], en, initial({ show: 'both' }))).toBe(
      'product:3 written: v2 went to the database and then to the cache.',
    );
  });

  it('say what time, TTLs and node replacement did', () => {
    expect(say([{ type: 'ttl', ttl: 30 }])).toBe('TTL set to 30 seconds for every key written to the cache from now on.');
    expect(say([{ type: 'ttl', ttl: 30 }, { type: 'read', key: 'product:1' }, { type: 'wait', seconds: 30 }])).toBe(
      '30 seconds pass (time: 30 s); product:1 expired and was removed from the cache.',
    );
    expect(say([{ type: 'wait', seconds: 10 }], ko)).toBe('10초가 지났습니다(시간: 10초). 만료된 키가 없습니다.');
    expect(say([{ type: 'read', key: 'product:1' }, { type: 'replace' }])).toBe(
      'The cache node was replaced: the new node starts empty (1 key gone).',
    );
    expect(say([{ type: 'show', strategy: 'writeThrough' }])).toBe(
      'Showing write-through. Write-through: no reads yet, 0 keys cached.',
    );
  });

  it('narrate the tour and title the picture', () => {
    expect(tourText(4, stateAt(3), stateAt(4), en)).toBe(
      'Step 5 of 15: Stale hit: the cache returned product:1 v1, but the database holds v2. Hit ratio so far: 67% (2 of 3). Lazy loading now serves the old value: a stale read. Write-through serves the new one.',
    );
    expect(statusOf(stateAt(14), en)).toBe('Lazy loading: 8 reads, 3 hits (2 stale), hit ratio 38%, 2 keys cached.');
    expect(pictureTitle(initial(), en)).toBe(
      'Lazy loading: the application, the cache and the database; no reads yet, 0 keys cached.',
    );
  });

  it('compare the patterns in one table', () => {
    expect(compareRows(stateAt(14), en).map((row) => [row.name, ...row.cells])).toEqual([
      ['Lazy loading', '8', '3', '5', '2', '38%', '2'],
      ['Write-through', '8', '3', '5', '0', '38%', '0'],
      ['Write-through + lazy loading', '8', '4', '4', '0', '50%', '2'],
    ]);
    expect(compareRows(initial(), ko)[0]?.cells[4]).toBe('–');
  });
});
