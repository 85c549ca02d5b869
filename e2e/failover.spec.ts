/**
 * The failover timeline diagram in a real browser. It sits on three pages in
 * both languages:
 *   rds-replicas-multi-az #multi-az-db-instance  <Failover scenario="multi-az-instance" compare="replica-promotion" />
 *   aurora #high-availability                   <Failover scenario="aurora" compare="aurora-no-replica" />
 *   security-proxy #rds-proxy                   <Failover scenario="aurora" compare="aurora+proxy" />
 * The interaction tests use the Multi-AZ page (what every placement promises is
 * in diagrams.contract.spec.ts). Elements are found by role and accessible
 * name; URLs are relative to the configured baseURL.
 */
import { expect, test } from '@playwright/test';
import { diagramOpener, frameWords, keyboardIn, liveRegionTests, PHONE, roundTrip, tabTo, type SpokenWords } from './diagram-helpers';

interface Words extends SpokenWords {
  readonly picture: RegExp;
  readonly description: string;
  readonly table: RegExp;
  readonly noscript: string;
  readonly fail: string;
  readonly play: string;
  readonly pause: string;
  readonly previous: string;
  readonly time: string;
  readonly scenario: string;
  readonly compare: string;
  readonly compareProxy: string;
  readonly reroll: string;
  /** The live region's words on the Multi-AZ page (seed 1) at steps 0, 1, 4 (the failure), 5 and 35 (the end). */
  readonly steps: Readonly<Record<0 | 1 | 4 | 5 | 35, string>>;
  /** Where the time slider stands at the failure. */
  readonly atFailure: string;
}

const enSteps: Words['steps'] = {
  0: '39 s before the failure. Multi-AZ DB instance: Normal operation. Each write is committed on primary a and, synchronously, on standby b in another AZ before the application is told it succeeded. Read replica promoted by hand: Normal operation. Primary a sends its changes to read replica b asynchronously; b is running 6 s behind.',
  1: '30 s before the failure. Multi-AZ DB instance: writes succeed. Writes so far: 0 acknowledged, 0 lost. Read replica promoted by hand: writes succeed. Writes so far: 2 acknowledged, 0 lost.',
  4: "At the failure (0 s). Multi-AZ DB instance: Primary a fails. The application's connections break and its writes start failing. Read replica promoted by hand: Primary a fails. Nothing happens on its own: a read replica is not a standby.",
  5: '10 s after the failure. Multi-AZ DB instance: writes fail with connection errors. Writes so far: 7 acknowledged, 5 failed (to be retried), 0 lost. Read replica promoted by hand: writes fail with connection errors. Writes so far: 8 acknowledged, 2 failed (to be retried), 0 lost.',
  35: '254 s after the failure. Multi-AZ DB instance: writes succeed. Writes so far: 50 acknowledged, 0 lost. Read replica promoted by hand: writes succeed. Writes so far: 58 acknowledged, 1 lost.',
};

const en: Words = {
  ...frameWords.en,
  path: 'en/rds-replicas-multi-az/',
  figure: 'Failover timeline: Multi-AZ DB instance vs Read replica promoted by hand',
  opening:
    'Showing Multi-AZ DB instance: RTO 77 s, RPO 0 s; Read replica promoted by hand: RTO 226 s (3 min 46 s), RPO 6 s.',
  picture: /^Failover timeline\. /,
  description: 'The primary (writer) fails at 0 s.',
  table: /^Milestones in this run \(seed 1\)/,
  noscript: 'The controls need JavaScript.',
  fail: 'Fail the primary',
  play: 'Play',
  pause: 'Pause',
  previous: 'Previous step',
  time: 'Time',
  scenario: 'Scenario',
  compare: 'Compare with',
  compareProxy: 'Comparison behind RDS Proxy',
  reroll: 'Different timings',
  steps: enSteps,
  atFailure: 'At the failure (0 s)',
  /** The live-region test: four steps on, one step on, one back, then the comparison and the comparison behind RDS Proxy. */
  said: [
    enSteps[4],
    enSteps[5],
    enSteps[4],
    'Showing Multi-AZ DB instance: RTO 77 s, RPO 0 s; Aurora with a replica: RTO 28 s, RPO 0 s.',
    'Showing Multi-AZ DB instance: RTO 77 s, RPO 0 s; Aurora with a replica behind RDS Proxy: RTO 18 s, RPO 0 s.',
  ],
};

const koSteps: Words['steps'] = {
  0: '장애 39초 전. 다중 AZ DB 인스턴스: 정상 운영 중. 모든 쓰기는 기본 인스턴스(a)에 커밋되는 동시에 다른 AZ의 대기 인스턴스(b)에도 동기식으로 기록된 뒤에야 애플리케이션에 성공으로 알려집니다. 읽기 전용 복제본 수동 승격: 정상 운영 중. 기본 인스턴스(a)는 변경 내용을 읽기 전용 복제본(b)에 비동기식으로 보내며, 복제본은 6초 뒤처져 있습니다.',
  1: '장애 30초 전. 다중 AZ DB 인스턴스: 쓰기가 성공합니다. 지금까지 쓰기 완료 0건, 유실 0건. 읽기 전용 복제본 수동 승격: 쓰기가 성공합니다. 지금까지 쓰기 완료 2건, 유실 0건.',
  4: '장애 발생 시점(0초). 다중 AZ DB 인스턴스: 기본 인스턴스(a)에 장애가 납니다. 애플리케이션의 연결이 끊기고 쓰기가 실패하기 시작합니다. 읽기 전용 복제본 수동 승격: 기본 인스턴스(a)에 장애가 납니다. 저절로 일어나는 일은 없습니다. 읽기 전용 복제본은 대기 인스턴스가 아니기 때문입니다.',
  5: '장애 후 10초. 다중 AZ DB 인스턴스: 쓰기가 연결 오류로 실패합니다. 지금까지 쓰기 완료 7건, 재시도 대기 5건, 유실 0건. 읽기 전용 복제본 수동 승격: 쓰기가 연결 오류로 실패합니다. 지금까지 쓰기 완료 8건, 재시도 대기 2건, 유실 0건.',
  35: '장애 후 254초. 다중 AZ DB 인스턴스: 쓰기가 성공합니다. 지금까지 쓰기 완료 50건, 유실 0건. 읽기 전용 복제본 수동 승격: 쓰기가 성공합니다. 지금까지 쓰기 완료 58건, 유실 1건.',
};

const ko: Words = {
  ...frameWords.ko,
  path: 'rds-replicas-multi-az/',
  figure: '장애 조치 타임라인: 다중 AZ DB 인스턴스 대 읽기 전용 복제본 수동 승격',
  opening:
    '지금 보는 시나리오: 다중 AZ DB 인스턴스 — RTO 77초, RPO 0초 / 읽기 전용 복제본 수동 승격 — RTO 226초(3분 46초), RPO 6초.',
  picture: /^장애 조치 타임라인\. /,
  description: '0초에 기본(라이터) 인스턴스에 장애가 납니다.',
  table: /^이번 실행\(시드 1\)의 단계별 시간/,
  noscript: '조작 버튼은 JavaScript가 있어야 동작합니다.',
  fail: '기본 인스턴스 장애 내기',
  play: '재생',
  pause: '일시 정지',
  previous: '이전 단계',
  time: '시간',
  scenario: '시나리오',
  compare: '비교 대상',
  compareProxy: '비교 대상에 RDS 프록시 사용',
  reroll: '다른 시간으로 다시 실행',
  steps: koSteps,
  atFailure: '장애 발생 시점(0초)',
  said: [
    koSteps[4],
    koSteps[5],
    koSteps[4],
    '지금 보는 시나리오: 다중 AZ DB 인스턴스 — RTO 77초, RPO 0초 / Aurora (복제본 있음) — RTO 28초, RPO 0초.',
    '지금 보는 시나리오: 다중 AZ DB 인스턴스 — RTO 77초, RPO 0초 / Aurora (복제본 있음) + RDS 프록시 — RTO 18초, RPO 0초.',
  ],
};

const openDiagram = diagramOpener<Words>('multi-az-db-instance', (f, words) => f.getByRole('button', { name: words.fail }));

test('a reader can run a whole scenario with the keyboard alone', async ({ page }) => {
  // The longest keyboard walk on the site (every control of the figure, in order).
  test.slow();
  const figure = await openDiagram(page, en);
  const keys = keyboardIn(page, figure, en);
  const fail = figure.getByRole('button', { name: en.fail });

  await keys.focus(fail);
  await keys.press(fail, 'Enter', en.steps[4]);
  // It plays on from the failure; the same button pauses it.
  await tabTo(page, figure.getByRole('button', { name: en.pause }));
  await page.keyboard.press('Enter');
  await expect(figure.getByRole('button', { name: en.play, exact: true })).toBeVisible();

  const slider = figure.getByRole('slider', { name: en.time });
  // Then the scenarios: a native select and checkbox, with the arrow keys and Space.
  await keys.walk([
    [slider, 'Home', en.steps[0], { valuetext: '39 s before the failure' }],
    [slider, 'ArrowRight', en.steps[1]],
    [slider, 'End', en.steps[35], { valuetext: '254 s after the failure' }],
    [figure.getByRole('button', { name: en.previous }), 'Enter', /^250 s after the failure\. /, { back: true }],
    [figure.getByRole('combobox', { name: en.compare }), 'ArrowUp', 'Showing Multi-AZ DB instance: RTO 77 s, RPO 0 s; Aurora without a replica: RTO 187 s (3 min 7 s), RPO 0 s.', { value: 'aurora-no-replica' }],
    [figure.getByRole('checkbox', { name: en.compareProxy }), 'Space', 'Showing Multi-AZ DB instance: RTO 77 s, RPO 0 s; Aurora without a replica behind RDS Proxy: RTO 171 s (2 min 51 s), RPO 0 s.'],
    [figure.getByRole('button', { name: en.reroll }), 'Enter', 'New timings (run 2): Multi-AZ DB instance: RTO 96 s, RPO 0 s; Aurora without a replica behind RDS Proxy: RTO 276 s (4 min 36 s), RPO 0 s.'],
  ]);
  // At 210 s the Multi-AZ lane has recovered (its result is shown); the Aurora lane has not, so none is claimed.
  await expect(
    figure.getByRole('img', {
      name: /Multi-AZ DB instance: RTO 96 s, RPO 0 s\. Aurora without a replica behind RDS Proxy: RTO and RPO: measured once this lane recovers\./,
    }),
  ).toBeVisible();
});

liveRegionTests(
  'the live region',
  openDiagram,
  [ko, en],
  (figure, words) => [
    async () => {
      const slider = figure.getByRole('slider', { name: words.time });
      for (let i = 0; i < 4; i += 1) await slider.press('ArrowRight');
    },
    () => figure.getByRole('button', { name: words.next }).click(),
    // Back to the same words: they are said again (the region is cleared and refilled).
    () => figure.getByRole('button', { name: words.previous }).click(),
    () => figure.getByRole('combobox', { name: words.compare }).selectOption('aurora'),
    () => figure.getByRole('checkbox', { name: words.compareProxy }).check(),
  ],
  async (figure, _live, words) => {
    // The time the reader stood at is kept across the change.
    await expect(figure.getByRole('slider', { name: words.time })).toHaveAttribute('aria-valuetext', words.atFailure);
  },
);

test('a chosen state survives a URL round trip', async ({ page, context }) => {
  let at: string | null = null;
  const share = { param: 'failover', token: 'mc.aup.s2.t6', hash: '#failover-diagram' };
  const reopened = await roundTrip(page, context, openDiagram, en, share, async (figure) => {
    await figure.getByRole('combobox', { name: en.scenario }).selectOption('multi-az-cluster');
    await figure.getByRole('combobox', { name: en.compare }).selectOption('aurora');
    await figure.getByRole('checkbox', { name: en.compareProxy }).check();
    await figure.getByRole('button', { name: en.reroll }).click();
    const slider = figure.getByRole('slider', { name: en.time });
    await slider.press('Home');
    for (let i = 0; i < 6; i += 1) await slider.press('ArrowRight');
    at = await slider.getAttribute('aria-valuetext');
  });
  await expect(reopened.getByRole('combobox', { name: en.scenario })).toHaveValue('multi-az-cluster');
  await expect(reopened.getByRole('combobox', { name: en.compare })).toHaveValue('aurora');
  await expect(reopened.getByRole('checkbox', { name: en.compareProxy })).toBeChecked();
  await expect(reopened.getByRole('slider', { name: en.time })).toHaveAttribute('aria-valuetext', at ?? '');
  await expect(reopened.getByRole('status', { name: en.live })).toHaveText(
    'Showing Multi-AZ DB cluster: RTO 23 s, RPO 0 s; Aurora with a replica behind RDS Proxy: RTO 26 s, RPO 0 s.',
  );
  await expect(
    // At 4 s after the failure neither lane has recovered yet: nothing is claimed as measured.
    reopened.getByRole('img', {
      name: /^Failover timeline\. Multi-AZ DB cluster: RTO and RPO: measured once this lane recovers\. Aurora with a replica behind RDS Proxy: RTO and RPO: measured once this lane recovers\./,
    }),
  ).toBeVisible();
  await expect(reopened.getByRole('table', { name: /seed 2/ }).getByRole('columnheader')).toHaveText([
    'Milestone',
    'Multi-AZ DB cluster',
    'Aurora with a replica behind RDS Proxy',
  ]);
});

test.describe('on a phone', () => {
  test.use(PHONE);

  test('the timeline is drawn for the phone, and pressing "failure" on its axis fails the primary and plays', async ({ page }) => {
    const figure = await openDiagram(page, en);
    const picture = figure.getByRole('img', { name: en.picture });
    // The narrow layout: the time axis spans the picture and each row's label sits above its bar.
    await expect(picture).toHaveAttribute('viewBox', /^0 0 320 /);
    const label = await picture.locator('[data-key="lane0"] [data-key="label-app"]').boundingBox();
    const bar = await picture.locator('[data-key="lane0"] [data-key="future"] [data-key="app-0"]').boundingBox();
    expect(label && bar && label.y + label.height / 2 < bar.y && label.x < bar.x + 1).toBe(true);

    // One timeline at a time: the picture's tabs press the radio buttons that choose it.
    await picture.getByText('Comparison', { exact: true }).click();
    await expect(figure.getByRole('radio', { name: 'Comparison' })).toBeChecked();
    await expect(picture.getByText('Read replica promoted by hand', { exact: true })).toBeVisible();

    await picture.getByText('failure', { exact: true }).click();
    await expect(figure.getByRole('button', { name: en.pause })).toBeVisible();
    await expect(figure.getByRole('status', { name: en.live })).toHaveText(/^(At the failure \(0 s\)|\d+ s after the failure)\. Multi-AZ DB instance: /);
  });
});
