/** The caching-patterns island's words in English. See strings.ts. */
import type { CachingStrings, CounterFacts } from './strings';

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function counters(f: CounterFacts): string {
  if (f.reads === 0) return `no reads yet, ${plural(f.keys, 'key', 'keys')} cached`;
  return `${plural(f.reads, 'read', 'reads')}, ${plural(f.hits, 'hit', 'hits')}${f.stale > 0 ? ` (${f.stale} stale)` : ''}, hit ratio ${percent(f.ratio ?? 0)}, ${plural(f.keys, 'key', 'keys')} cached`;
}

export const en: CachingStrings = {
  picture: {
    title: (strategy, f) => `${en.strategy[strategy]}: the application, the cache and the database; ${counters(f)}.`,
    app: 'Application',
    cache: 'ElastiCache',
    db: 'Database',
    empty: 'not cached',
    version: (v) => `v${v}`,
    ttlLeft: (seconds) => (seconds === null ? 'no TTL' : `TTL ${seconds} s`),
    stale: 'stale',
    clock: (seconds) => `Time: ${seconds} s`,
    ttlSetting: (ttl) => (ttl === 0 ? 'TTL: off' : `TTL: ${ttl} s`),
    result: { hit: 'Hit', stale: 'Stale hit', miss: 'Miss', write: 'Write' },
  },
  strategy: {
    lazy: 'Lazy loading',
    writeThrough: 'Write-through',
    both: 'Write-through + lazy loading',
  },
  counters: {
    reads: 'Reads',
    hits: 'Hits',
    misses: 'Misses',
    stale: 'Stale reads',
    ratio: 'Hit ratio',
    keys: 'Keys cached',
    none: '–',
    percent,
  },
  live: {
    status: (strategy, f) => `${en.strategy[strategy]}: ${counters(f)}.`,
    hit: (key, v) => `Hit: ${key} came straight from the cache (v${v}).`,
    staleHit: (key, v, current) =>
      `Stale hit: the cache returned ${key} v${v}, but the database holds v${current}.`,
    missFilled: (key, v) =>
      `Miss: ${key} was read from the database (v${v}) and stored in the cache: three trips instead of one.`,
    missNotFilled: (key, v) =>
      `Miss: ${key} was read from the database (v${v}); write-through does not store it on a read.`,
    ratio: (f) => `Hit ratio so far: ${percent(f.ratio ?? 0)} (${f.hits} of ${f.reads}).`,
    writeCached: (key, v) => `${key} written: v${v} went to the database and then to the cache.`,
    writeDbOnly: (key, v, cached) =>
      `${key} written: v${v} went to the database only` +
      (cached === null ? '; it is not in the cache.' : `; the cache still holds v${cached}.`),
    wait: (seconds, now, expired) =>
      `${seconds} seconds pass (time: ${now} s); ` +
      (expired.length === 0 ? 'no key expired.' : `${list(expired)} expired and ${expired.length === 1 ? 'was' : 'were'} removed from the cache.`),
    ttl: (ttl) =>
      ttl === 0
        ? 'TTL off: keys written from now on stay in the cache until they are replaced.'
        : `TTL set to ${ttl} seconds for every key written to the cache from now on.`,
    replace: (dropped) =>
      `The cache node was replaced: the new node starts empty${dropped > 0 ? ` (${plural(dropped, 'key', 'keys')} gone)` : ''}.`,
    showing: (strategy, status) => `Showing ${en.strategy[strategy].toLowerCase()}. ${status}`,
    tourStep: (index, length) => `Step ${index + 1} of ${length}:`,
    tour: {
      start: 'An empty cache in front of the database, which holds three products at version 1.',
      firstRead: 'The first read of a key always misses. Lazy loading stores what it read; write-through does not.',
      secondRead: 'The same read again: a hit wherever the first read filled the cache.',
      write: 'A write. Write-through updates the cache too; lazy loading leaves the old copy there.',
      readAfterWrite: 'Lazy loading now serves the old value: a stale read. Write-through serves the new one.',
      writeUnread: 'Write-through caches a key nobody has read yet (cache churn). Lazy loading does not.',
      readWritten: 'That pays off when the key is read: a hit for write-through, a miss for lazy loading.',
      replace: 'The cache node is replaced, and the new node is empty.',
      readAfterReplace: 'Lazy loading refills the key on the first miss; write-through stays empty until the next write.',
      ttlOn: 'Now give every key a 30-second TTL as it is written to the cache.',
      readWithTtl: 'A miss stores the key with the TTL where reads fill the cache.',
      writeWithTtl: 'Another write: lazy loading goes stale again, write-through stays current.',
      staleWithTtl: 'The stale value is served again, but this time the TTL limits how long.',
      expire: 'After 30 seconds the keys written with the TTL expire and the cache deletes them.',
      readAfterExpiry: 'The next read misses and fetches the current value: the TTL capped the staleness.',
    },
  },
};
