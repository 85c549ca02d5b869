/**
 * The caching-patterns simulator (#caching-patterns) and the session-store
 * view (#session-store) in a real browser, on the Korean page
 * (/elasticache/) and the English one (/en/elasticache/). Elements are found
 * by role and accessible name; URLs are relative to the configured baseURL.
 */
import { expect, test } from '@playwright/test';
import { diagramOpener, frameWords, hearEach, keyboardIn, roundTrip, tabTo, tourForward, type SpokenWords } from './diagram-helpers';

interface CachingWords extends SpokenWords {
  readonly table: string;
  readonly read: string;
  readonly write: string;
  readonly wait: string;
  readonly replace: string;
  readonly ttl: string;
  readonly strategy: Readonly<Record<'lazy' | 'writeThrough' | 'both', string>>;
}

interface SessionWords extends SpokenWords {
  readonly login: string;
  readonly request: string;
  readonly wait10: string;
  readonly wait30: string;
  readonly local: string;
  readonly cache: string;
}

const en = {
  caching: {
    ...frameWords.en,
    path: 'en/elasticache/',
    figure: 'Caching patterns simulator: lazy loading, write-through and TTLs',
    picture: /^Lazy loading: the application, the cache and the database; no reads yet, 0 keys cached\.$/,
    description: 'Every request is applied under all three patterns at once',
    table: 'The same requests under each pattern',
    read: 'Read',
    write: 'Write (update the database)',
    wait: 'Wait 10 seconds',
    replace: 'Replace the cache node',
    ttl: 'TTL',
    strategy: { lazy: 'Lazy loading', writeThrough: 'Write-through', both: 'Write-through + lazy loading' },
    opening: 'Lazy loading: no reads yet, 0 keys cached.',
    said: [
      'Showing write-through + lazy loading. Write-through + lazy loading: no reads yet, 0 keys cached.',
      'product:3 written: v2 went to the database and then to the cache.',
      'Hit: product:3 came straight from the cache (v2). Hit ratio so far: 100% (1 of 1).',
    ],
  } satisfies CachingWords,
  session: {
    ...frameWords.en,
    path: 'en/elasticache/',
    figure: 'Session store simulator: stay logged in on any instance',
    picture: /^A user, a load balancer, instances A, B and C, and a session store\. Sessions live in ElastiCache/,
    description: 'every instance reads the same session',
    login: 'Log in',
    request: 'Send the next request',
    wait10: 'Wait 10 minutes',
    wait30: 'Wait 30 minutes',
    local: "Each instance's own memory",
    cache: 'ElastiCache (shared by every instance)',
    opening: 'Sessions live in ElastiCache; the user is not logged in. The next request goes to instance A.',
    said: [
      'Routed to instance A: there is no session, so the user is asked to log in.',
      '10 minutes pass with no requests (time: 10 min).',
    ],
  } satisfies SessionWords,
};

const ko = {
  caching: {
    ...frameWords.ko,
    path: 'elasticache/',
    figure: '캐싱 패턴 시뮬레이터: 지연 로딩, 라이트 스루, TTL',
    picture: /^지연 로딩: 애플리케이션, 캐시, 데이터베이스\. 아직 읽기 없음, 캐시에 든 키 0개\.$/,
    description: '모든 요청은 세 패턴에 동시에 적용되므로',
    table: '같은 요청, 패턴별 결과',
    read: '읽기',
    write: '쓰기 (데이터베이스 갱신)',
    wait: '10초 기다리기',
    replace: '캐시 노드 교체',
    ttl: 'TTL',
    strategy: { lazy: '지연 로딩', writeThrough: '라이트 스루', both: '라이트 스루 + 지연 로딩' },
    opening: '지연 로딩: 아직 읽기 없음, 캐시에 든 키 0개.',
    said: [
      '라이트 스루 + 지연 로딩 보기. 라이트 스루 + 지연 로딩: 아직 읽기 없음, 캐시에 든 키 0개.',
      'product:3 쓰기: 새 값 v2, 데이터베이스와 캐시에 모두 기록했습니다.',
      '캐시 적중: product:3 값(v2)을 캐시에서 바로 받았습니다. 지금까지 적중률 100%(읽기 1번 중 1번).',
    ],
  } satisfies CachingWords,
  session: {
    ...frameWords.ko,
    path: 'elasticache/',
    figure: '세션 저장소 시뮬레이터: 인스턴스가 바뀌어도 로그인 유지',
    picture: /^사용자, 로드 밸런서, 인스턴스 A·B·C, 세션 저장소\. 세션은 ElastiCache에 저장/,
    description: '어느 인스턴스든 같은 세션을 읽으므로',
    login: '로그인',
    request: '다음 요청 보내기',
    wait10: '10분 기다리기',
    wait30: '30분 기다리기',
    local: '각 인스턴스의 메모리',
    cache: 'ElastiCache (모든 인스턴스가 공유)',
    opening: '세션은 ElastiCache에 저장, 사용자 로그인 안 됨. 다음 요청은 인스턴스 A 차례입니다.',
    said: [
      '요청이 인스턴스 A에 도착했지만 세션이 없어 로그인을 요청합니다.',
      '요청 없이 10분이 지났습니다(시간: 10분).',
    ],
  } satisfies SessionWords,
};

const openCaching = diagramOpener<CachingWords>('caching-patterns', (f, w) =>
  f.getByRole('button', { name: w.read, exact: true }),
);
const openSession = diagramOpener<SessionWords>('session-store', (f, w) =>
  f.getByRole('button', { name: w.login, exact: true }),
);

test('caching: a reader can compare the patterns with the keyboard alone', async ({ page }) => {
  const w = en.caching;
  const figure = await openCaching(page, w);
  const keys = keyboardIn(page, figure, w);
  const button = (name: string) => figure.getByRole('button', { name, exact: true });
  const read = button(w.read);

  await keys.focus(read);
  await keys.walk([
    [read, 'Enter', 'Miss: product:1 was read from the database (v1) and stored in the cache: three trips instead of one. Hit ratio so far: 0% (0 of 1).'],
    [read, 'Enter', 'Hit: product:1 came straight from the cache (v1). Hit ratio so far: 50% (1 of 2).'],
    [button(w.write), 'Enter', 'product:1 written: v2 went to the database only; the cache still holds v1.'],
    [read, 'Enter', 'Stale hit: the cache returned product:1 v1, but the database holds v2. Hit ratio so far: 67% (2 of 3).', { back: true }],
  ]);
  await expect(figure.getByRole('img')).toHaveAccessibleName(/3 reads, 2 hits \(1 stale\), hit ratio 67%, 1 key cached\.$/);

  // Radio buttons: Tab reaches the checked pattern, arrows choose.
  const pattern = (name: string) => figure.getByRole('radio', { name, exact: true });
  await keys.press(
    pattern(w.strategy.lazy),
    'ArrowRight',
    'Showing write-through. Write-through: 3 reads, 1 hit, hit ratio 33%, 1 key cached.',
    { back: true },
  );
  await expect(pattern(w.strategy.writeThrough)).toBeChecked();
  await keys.press(
    figure.getByRole('combobox', { name: w.ttl }),
    'ArrowDown',
    'TTL set to 30 seconds for every key written to the cache from now on.',
  );

  await tabTo(page, pattern('product:1'));
  await page.keyboard.press('ArrowRight');
  await expect(pattern('product:2')).toBeChecked();
  await keys.press(button(w.write), 'Enter', 'product:2 written: v2 went to the database and then to the cache.');
  await tabTo(page, button(w.wait));
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Enter');
  await expect(keys.live).toHaveText('10 seconds pass (time: 30 s); product:2 expired and was removed from the cache.');
  await keys.press(button(w.replace), 'Enter', 'The cache node was replaced: the new node starts empty (1 key gone).');

  await keys.press(
    figure.getByRole('slider', { name: w.step }),
    'End',
    'Step 15 of 15: Miss: product:3 was read from the database (v2); write-through does not store it on a read. Hit ratio so far: 38% (3 of 8). The next read misses and fetches the current value: the TTL capped the staleness.',
    { valuetext: 'Step 15 of 15' },
  );
  const table = figure.getByRole('table', { name: w.table });
  await expect(table.getByRole('row', { name: /^Lazy loading 8 3 5 2 38% 2$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Write-through \+ lazy loading 8 4 4 0 50% 2$/ })).toBeVisible();
});

test('session store: log in through A, routed to B, still logged in; expiry; instance memory, with the keyboard alone', async ({ page }) => {
  const w = en.session;
  const figure = await openSession(page, w);
  const keys = keyboardIn(page, figure, w);
  const login = figure.getByRole('button', { name: w.login, exact: true });
  const request = figure.getByRole('button', { name: w.request });

  await keys.walk([
    [login, 'Enter', 'Logged in through instance A, which wrote the session to ElastiCache with a 30-minute TTL.'],
    [request, 'Enter', 'Routed to instance B, which read the session from ElastiCache: still logged in. The TTL starts again at 30 minutes.'],
    [figure.getByRole('button', { name: w.wait30 }), 'Enter', '30 minutes pass with no requests (time: 30 min); the session reached its TTL and was deleted.'],
    [request, 'Enter', 'Routed to instance C, which finds no session in ElastiCache: it reached its TTL and was deleted, so the user is asked to log in again.', { back: true }],
  ]);

  await keys.press(
    figure.getByRole('radio', { name: w.cache }),
    'ArrowRight',
    "Sessions now live in each instance's memory. Nobody is logged in yet.",
    { back: true },
  );
  await expect(figure.getByRole('radio', { name: w.local })).toBeChecked();
  await keys.walk([
    [login, 'Enter', 'Logged in through instance A, which keeps the session in its own memory.'],
    [request, 'Enter', 'Routed to instance B, which has no such session in its memory: the user is asked to log in again, although instance A still holds it.'],
  ]);

  await tabTo(page, figure.getByRole('slider', { name: w.step }));
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(keys.live).toHaveText(
    'Step 3 of 11: Routed to instance B, which read the session from ElastiCache: still logged in. The TTL starts again at 30 minutes. The next request lands on a different instance, which finds the same session: no second login.',
  );
});

for (const words of [ko, en]) {
  // Both figures in one test: they share a page.
  test(`${words.caching.path}: the live regions say each change in words`, async ({ page }) => {
    const w = words.caching;
    const figure = await openCaching(page, w);
    const live = await hearEach(figure, w, w.opening, w.said, [
      () => figure.getByRole('radio', { name: w.strategy.both, exact: true }).check(),
      async () => {
        await figure.getByRole('radio', { name: 'product:3' }).check();
        await figure.getByRole('button', { name: w.write }).click();
      },
      () => figure.getByRole('button', { name: w.read, exact: true }).click(),
    ]);
    // The same words twice are still said (the region is cleared and refilled).
    await figure.getByRole('button', { name: w.replace }).click();
    await figure.getByRole('button', { name: w.replace }).click();
    await expect(live).not.toHaveText('');

    const s = words.session;
    const session = await openSession(page, s);
    await hearEach(session, s, s.opening, s.said, [
      () => session.getByRole('button', { name: s.request }).click(),
      async () => {
        await session.getByRole('button', { name: s.login, exact: true }).click();
        await session.getByRole('button', { name: s.wait10 }).click();
      },
    ]);
  });
}

test('caching: a state survives a URL round trip', async ({ page, context }) => {
  const w = en.caching;
  const token = 'W.t4.c60.s0.d2-1-1.L4-2-1.k1v1.k2v1e60.W4-1-0.k1v2.B4-2-0.k1v2.k2v1e60';
  const reopened = await roundTrip(page, context, openCaching, w, { param: 'caching', token }, async (figure) => {
    await tourForward(figure, w, 4, 'Step 5 of 15');
    await figure.getByRole('combobox', { name: w.ttl }).selectOption('60');
    await figure.getByRole('radio', { name: 'product:2' }).check();
    await figure.getByRole('button', { name: w.read, exact: true }).click();
    await figure.getByRole('radio', { name: w.strategy.writeThrough, exact: true }).check();
  });
  await expect(reopened.getByRole('radio', { name: w.strategy.writeThrough, exact: true })).toBeChecked();
  await expect(reopened.getByRole('combobox', { name: w.ttl })).toHaveValue('60');
  await expect(reopened.getByRole('slider', { name: w.step })).toHaveAttribute('aria-valuetext', 'Step 5 of 15');
  await expect(reopened.getByRole('status', { name: w.live })).toHaveText('Write-through: 4 reads, 1 hit, hit ratio 25%, 1 key cached.');
  await reopened.getByRole('radio', { name: w.strategy.lazy, exact: true }).check();
  await expect(reopened.getByRole('img')).toHaveAccessibleName(/4 reads, 2 hits \(1 stale\), hit ratio 50%, 2 keys cached\.$/);
});

test('session store: a state survives a URL round trip', async ({ page, context }) => {
  const w = en.session;
  const reopened = await roundTrip(page, context, openSession, w, { param: 'session-store', token: 'l.t0.m10.p1.i1.k1.A1-30' }, async (figure) => {
    await figure.getByRole('radio', { name: w.local }).check();
    await figure.getByRole('button', { name: w.login, exact: true }).click();
    await figure.getByRole('button', { name: w.wait10 }).click();
  });
  await expect(reopened.getByRole('radio', { name: w.local })).toBeChecked();
  await expect(reopened.getByRole('status', { name: w.live })).toHaveText(
    "Sessions live in each instance's memory; the user is logged in (the session has 20 min left). The next request goes to instance B.",
  );
});
