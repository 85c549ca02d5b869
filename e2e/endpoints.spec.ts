/**
 * The Aurora endpoints diagram in a real browser, on the Korean page
 * (/aurora/) and the English one (/en/aurora/), in the #endpoints section.
 * Elements are found by role and accessible name; URLs are relative to the
 * configured baseURL.
 */
import { expect, test, type Locator } from '@playwright/test';
import { AGAIN, diagramOpener, type SpokenWords, drawnBelow, frameWords, keyboardIn, liveRegionTests, narrowPicture, PHONE, roundTrip } from './diagram-helpers';

interface Words extends SpokenWords {
  readonly table: string;
  readonly write: string;
  readonly readWriter: string;
  readonly readReplica: string;
  readonly burst: string;
  readonly waitShort: string;
  readonly waitLong: string;
  readonly reconnect: string;
  readonly report: string;
  readonly lag: string;
  readonly pool: string;
  readonly load: string;
  readonly member: (id: number) => string;
}

const en: Words = {
  ...frameWords.en,
  path: 'en/aurora/',
  figure:
    'Aurora endpoints simulator: writes and replica lag, per-connection balancing, custom endpoints, replica Auto Scaling',
  picture: /^Aurora DB cluster: Writer and 3 replicas; /,
  description: 'So it balances connections, not statements',
  table: 'How each endpoint picks an instance',
  write: 'Write',
  readWriter: 'Read from the writer',
  readReplica: 'Read from a replica',
  burst: 'Send 8 reads',
  waitShort: 'Wait 0.5 s',
  waitLong: 'Wait 5 minutes',
  reconnect: 'Reconnect both apps',
  report: 'Run an analytics report',
  lag: 'Replica lag',
  pool: 'Service app pool size',
  load: 'Read load',
  member: (id) => `Replica ${id}`,
  opening: 'Writer and 3 replicas; replica lag 100 ms. No writes yet. Average replica CPU 30 % (target 60 %).',
  said: [
    'Replica lag is now 2 s: the replicas apply each write 2 s after it commits.',
    'Write #1 went to the writer through the cluster endpoint. The replicas apply it 2 s after it commits.',
    "8 reads on a pool of 2 connections: replica 1 served 4 and replica 2 served 4. Each statement goes to its connection's replica. All of them came back stale.",
    '0.5 s later: the replicas have not applied any of the 1 write yet.',
    "The service app's pool now has 3 connections. New: c3 → replica 3. c3 landed on a replica set aside for analytics: the reader endpoint includes every replica.",
    'Replica 3 left the analytics custom endpoint (members: none). With no members, the analytics app has no connection.',
    'The custom endpoint has no members, so the analytics app has nowhere to connect.',
    AGAIN, // the same words twice are still said (the region is cleared and refilled)
  ],
};

const ko: Words = {
  ...frameWords.ko,
  path: 'aurora/',
  figure: 'Aurora 엔드포인트 시뮬레이터: 쓰기와 복제 지연, 연결 단위 분산, 사용자 지정 엔드포인트, 복제본 Auto Scaling',
  picture: /^Aurora DB 클러스터: 라이터와 복제본 3개, /,
  description: '그래서 분산 단위는 쿼리가 아니라 연결입니다',
  table: '엔드포인트가 인스턴스를 고르는 방식',
  write: '쓰기',
  readWriter: '라이터에서 읽기',
  readReplica: '복제본에서 읽기',
  burst: '읽기 8번 보내기',
  waitShort: '0.5초 기다리기',
  waitLong: '5분 기다리기',
  reconnect: '두 애플리케이션 다시 연결',
  report: '분석 보고서 실행',
  lag: '복제 지연',
  pool: '서비스 애플리케이션의 연결 풀 크기',
  load: '읽기 부하',
  member: (id) => `복제본 ${id}`,
  opening: '라이터와 복제본 3개, 복제 지연 100ms. 아직 쓰기가 없습니다. 복제본 평균 CPU 30%(목표 60%).',
  said: [
    '이제 복제 지연은 2초입니다. 복제본은 각 쓰기를 커밋 후 2초 뒤에 반영합니다.',
    '쓰기 #1 완료: 클러스터 엔드포인트를 거쳐 라이터에 기록했습니다. 복제본에는 커밋 후 2초 뒤에 반영됩니다.',
    '연결 2개짜리 풀로 읽기 8번: 복제본 1에서 4번, 복제본 2에서 4번 처리했습니다. 각 쿼리는 자기 연결이 가리키는 복제본으로 갑니다. 모두 오래된 값이었습니다.',
    '0.5초 뒤: 복제본에는 아직 쓰기가 반영되지 않았습니다(라이터에는 #1까지 있음).',
    '서비스 애플리케이션의 연결 풀이 3개가 되었습니다. 새 연결: c3 → 복제본 3. c3 연결은 분석용으로 떼어 둔 복제본에 붙었습니다. 리더 엔드포인트는 모든 복제본을 포함하기 때문입니다.',
    '복제본 3 제외: 사용자 지정 엔드포인트 analytics의 구성원은 이제 없습니다. 구성원이 없으므로 분석 애플리케이션은 연결이 없습니다.',
    '사용자 지정 엔드포인트에 구성원이 없어 분석 애플리케이션이 연결할 곳이 없습니다.',
    AGAIN,
  ],
};

const openDiagram = diagramOpener<Words>('endpoints', (f, words) => f.getByRole('button', { name: words.write, exact: true }));

test('a reader can run the endpoints scenario with the keyboard alone', async ({ page }) => {
  const figure = await openDiagram(page, en);
  const keys = keyboardIn(page, figure, en);
  const button = (name: string) => figure.getByRole('button', { name, exact: true });
  const write = button(en.write);

  const combobox = (name: string) => figure.getByRole('combobox', { name });

  await keys.focus(write);
  await keys.walk([
    [write, 'Enter', 'Write #1 went to the writer through the cluster endpoint. The replicas apply it 100 ms after it commits.'],
    [button(en.readReplica), 'Enter', 'Read on connection c1, pinned to replica 1: no writes yet, but the writer already has #1. Stale: the replicas apply writes 100 ms after they commit.'],
    [button(en.readWriter), 'Enter', 'Read on the writer through the cluster endpoint: write #1, the latest. A read on the writer is never stale.', { back: true }],
    [button(en.waitShort), 'Enter', '0.5 s later: the replicas hold every write (#1).'],
    [combobox(en.pool), 'ArrowUp', "The service app's pool now has 1 connection: closed c2.", { value: '1' }],
    [button(en.burst), 'Enter', "8 reads on a pool of 1 connection: replica 1 served all 8. Each statement goes to its connection's replica.", { back: true }],
    [figure.getByRole('checkbox', { name: en.member(1), exact: true }), 'Space', 'Replica 1 joined the analytics custom endpoint (members: replicas 1 and 3). The analytics app reconnected: a3 → replica 1 and a4 → replica 3.'],
    [button(en.report), 'Enter', 'The analytics report ran on connection a3, which the custom endpoint pinned to replica 1: write #1, up to date.'],
    [combobox(en.load), 'End', 'Read load: peak. Average replica CPU 100 %, above the 60 % target: after 3 minutes Auto Scaling adds replicas.', { value: 'peak' }],
    [button(en.waitLong), 'Enter', /^5 min later: At 3 min, average replica CPU had been 100 %, above the target, for 3 minutes: Auto Scaling started creating replicas 4 and 5\. Now: average replica CPU 100 %\. Creating replicas 4 and 5, ready in 2 min 59 s\.$/],
    [button(en.waitLong), 'Enter', /^5 min later: At 8 min, replicas 4 and 5 became available and joined the reader endpoint\. Existing connections stay where they are\./],
  ]);

  await keys.tour(18, {
    last: /^Step 18 of 18: /,
    first: /^Step 1 of 18: Writer and 3 replicas; replica lag 100 ms\. No writes yet\. .* A writer and three Aurora Replicas share one cluster volume\./,
    second: /^Step 2 of 18: Write #1 went to the writer through the cluster endpoint\./,
  });
});

liveRegionTests('the endpoints live region', openDiagram, [ko, en], (figure, words) => {
  const button = (name: string) => figure.getByRole('button', { name, exact: true });
  const select = (name: string, value: string) => () => figure.getByRole('combobox', { name }).selectOption(value);
  return [
    select(words.lag, '3'),
    () => button(words.write).click(),
    () => button(words.burst).click(),
    () => button(words.waitShort).click(),
    select(words.pool, '3'),
    () => figure.getByRole('checkbox', { name: words.member(3), exact: true }).uncheck(),
    () => button(words.report).click(),
    () => button(words.report).click(),
  ];
});

test('an endpoints state survives a URL round trip', async ({ page, context }) => {
  const member = (figure: Locator, id: number) => figure.getByRole('checkbox', { name: en.member(id), exact: true });
  const reopened = await roundTrip(page, context, openDiagram, en, { param: 'endpoints' }, async (figure) => {
    await figure.getByRole('combobox', { name: en.lag }).selectOption('3');
    await figure.getByRole('button', { name: en.write, exact: true }).click();
    await figure.getByRole('combobox', { name: en.pool }).selectOption('4');
    await member(figure, 1).check();
    await figure.getByRole('combobox', { name: en.load }).selectOption('peak');
    await figure.getByRole('button', { name: en.waitLong }).click();
    await expect(figure.getByRole('slider', { name: en.step })).toHaveAttribute('aria-valuetext', 'Step 1 of 18');
  });
  await expect(reopened.getByRole('combobox', { name: en.lag })).toHaveValue('3');
  await expect(reopened.getByRole('combobox', { name: en.pool })).toHaveValue('4');
  await expect(reopened.getByRole('combobox', { name: en.load })).toHaveValue('peak');
  await expect(member(reopened, 1)).toBeChecked();
  await expect(member(reopened, 2)).not.toBeChecked();
  await expect(member(reopened, 4)).toBeDisabled();
  const live = reopened.getByRole('status', { name: en.live });
  await expect(live).toHaveText(
    'Writer and 5 replicas (2 being created); replica lag 2 s. The replicas hold every write (#1). Average replica CPU 100 % (target 60 %).',
  );
  await expect(
    reopened.getByRole('img', {
      name: /Service app pool: c1 → replica 1, c2 → replica 2, c3 → replica 3 and c4 → replica 1\./,
    }),
  ).toBeVisible();
  // The simulation carries on from there: the replicas being created become available.
  await reopened.getByRole('button', { name: en.waitLong }).click();
  await expect(live).toHaveText(/At 8 min, replicas 4 and 5 became available and joined the reader endpoint\./);
});


test.describe('on a phone', () => {
  test.use(PHONE);

  test('the picture is drawn for the phone, and pressing a replica or an endpoint in it acts', async ({ page }) => {
    const figure = await openDiagram(page, en);
    // The narrow layout: the writer and the replicas as rows, one under the other.
    const { picture, live } = await narrowPicture(figure, en);
    const [r1, r2] = [picture.locator('[data-instance="r1"]'), picture.locator('[data-instance="r2"]')];
    expect(await drawnBelow(r1, r2)).toBe(true);
    expect((await r1.boundingBox())?.x).toBe((await r2.boundingBox())?.x);

    // A replica presses its custom-endpoint checkbox.
    await picture.locator('[data-instance="r1"]').click();
    await expect(figure.getByRole('checkbox', { name: en.member(1), exact: true })).toBeChecked();
    await expect(live).toHaveText(/^Replica 1 joined the analytics custom endpoint \(members: replicas 1 and 3\)\./);
    await picture.locator('[data-instance="r1"]').click();
    await expect(figure.getByRole('checkbox', { name: en.member(1), exact: true })).not.toBeChecked();

    // The cluster endpoint sends a write through it.
    await picture.locator('[data-key="cluster"]').click();
    await expect(live).toHaveText(/^Write #1 went to the writer through the cluster endpoint\./);
  });
});
