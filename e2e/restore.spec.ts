/**
 * The restore-options timeline in a real browser, on the Korean page
 * (/backups-restore-cloning/) and the English one, in the #restore-options
 * section. Elements are found by role and accessible name; URLs are relative
 * to the configured baseURL.
 */
import { expect, test, type Locator } from '@playwright/test';
import { diagramOpener, type SpokenWords, frameWords, keyboardIn, liveRegionTests, PHONE, roundTrip, tabTo } from './diagram-helpers';

interface Words extends SpokenWords {
  readonly table: string;
  readonly pitr: string;
  readonly yes: string;
  readonly slider: string;
  readonly days: string;
  readonly hours: string;
  readonly minutes: string;
  readonly jump: string;
  readonly engine: string;
  readonly retention: string;
  readonly backtrack: string;
}

const en: Words = {
  ...frameWords.en,
  path: 'en/backups-restore-cloning/',
  figure: 'Restore options: which ways back reach a given moment',
  picture: /^Ways back on a two-week timeline, Aurora MySQL, 7 days of retention\. /,
  description: 'Point-in-time restore uses the automated backups.',
  table: 'Returning to the moment 2 hours ago',
  pitr: 'Point-in-time restore',
  yes: '✓ Yes',
  slider: 'Moment on the timeline',
  days: 'Days ago',
  hours: 'Hours',
  minutes: 'Minutes',
  jump: 'Jump to a marked moment',
  engine: 'Engine',
  retention: 'Backup retention period (days)',
  backtrack: 'Target backtrack window (hours)',
  opening:
    '2 hours ago: point-in-time restore and Backtrack can return here; a manual snapshot, a clone and restore from S3 cannot.',
  said: [
    '5 minutes ago: point-in-time restore and Backtrack can return here; a manual snapshot, a clone and restore from S3 cannot.',
    '3 days ago: point-in-time restore and Backtrack can return here; a manual snapshot, a clone and restore from S3 cannot.',
    'Target backtrack window: 24 hours. 3 days ago: point-in-time restore can return here; a manual snapshot, Backtrack, a clone and restore from S3 cannot.',
    "Backup retention: 1 day. Aurora's automated backups can't be turned off: the shortest retention is 1 day. 3 days ago: nothing here can return to it; point-in-time restore, a manual snapshot, Backtrack, a clone and restore from S3 cannot.",
    'Engine: Aurora PostgreSQL. 3 days ago: nothing here can return to it; point-in-time restore, a manual snapshot, Backtrack, a clone and restore from S3 cannot.',
  ],
};

const ko: Words = {
  ...frameWords.ko,
  path: 'backups-restore-cloning/',
  figure: '복원 옵션: 어느 시점으로, 어떤 방법으로 돌아갈 수 있나',
  picture: /^2주 타임라인 위의 복원 방법, Aurora MySQL, 보존 기간 7일\. /,
  description: '특정 시점으로 복원은 자동 백업을 씁니다.',
  table: '2시간 전 시점으로 돌아가기',
  pitr: '특정 시점으로 복원',
  yes: '✓ 가능',
  slider: '타임라인의 시점',
  days: '며칠 전',
  hours: '시간',
  minutes: '분',
  jump: '표시된 시점으로 이동',
  engine: '엔진',
  retention: '백업 보존 기간(일)',
  backtrack: '대상 역추적 기간(시간)',
  opening: '2시간 전 시점 — 가능: 특정 시점 복원, 역추적. 불가: 수동 스냅샷, 클론, S3 복원.',
  said: [
    '5분 전 시점 — 가능: 특정 시점 복원, 역추적. 불가: 수동 스냅샷, 클론, S3 복원.',
    '3일 전 시점 — 가능: 특정 시점 복원, 역추적. 불가: 수동 스냅샷, 클론, S3 복원.',
    '대상 역추적 기간: 24시간. 3일 전 시점 — 가능: 특정 시점 복원. 불가: 수동 스냅샷, 역추적, 클론, S3 복원.',
    '백업 보존 기간: 1일. Aurora의 자동 백업은 끌 수 없어 보존 기간은 최소 1일입니다. 3일 전 시점 — 가능: 없음. 불가: 특정 시점 복원, 수동 스냅샷, 역추적, 클론, S3 복원.',
    '엔진: Aurora PostgreSQL. 3일 전 시점 — 가능: 없음. 불가: 특정 시점 복원, 수동 스냅샷, 역추적, 클론, S3 복원.',
  ],
};

const openDiagram = diagramOpener<Words>('restore-options', (f, words) => f.getByRole('combobox', { name: words.engine }));

test('a reader can pick moments and settings with the keyboard alone', async ({ page }) => {
  const figure = await openDiagram(page, en);
  const keys = keyboardIn(page, figure, en);
  const slider = figure.getByRole('slider', { name: en.slider });
  /** Tabs to a control and presses one key on it several times. */
  const pressOn = async (control: Locator, key: string, times: number) => {
    await tabTo(page, control);
    for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
  };

  await keys.focus(slider);
  await keys.press(
    slider,
    'End',
    'Now: a clone can return here; point-in-time restore, a manual snapshot, Backtrack and restore from S3 cannot.',
    { valuetext: 'now' },
  );
  await pressOn(slider, 'ArrowLeft', 3);
  await expect(slider).toHaveAttribute('aria-valuetext', '3 minutes ago');
  await expect(keys.live).toHaveText(
    '3 minutes ago: Backtrack can return here; point-in-time restore, a manual snapshot, a clone and restore from S3 cannot.',
  );

  // The number fields say the same moment, and set it exactly.
  const days = figure.getByRole('spinbutton', { name: en.days, exact: true });
  await expect(days).toHaveValue('0');
  await expect(figure.getByRole('spinbutton', { name: en.minutes, exact: true })).toHaveValue('3');
  await pressOn(days, 'ArrowUp', 3);
  await expect(keys.live).toHaveText(
    '3 days 3 minutes ago: point-in-time restore can return here; a manual snapshot, Backtrack, a clone and restore from S3 cannot.',
  );
  await pressOn(figure.getByRole('combobox', { name: en.jump }), 'ArrowDown', 2);
  await expect(keys.live).toHaveText(
    '11 days 14 hours ago: a manual snapshot can return here; point-in-time restore, Backtrack, a clone and restore from S3 cannot.',
  );
  const engine = figure.getByRole('combobox', { name: en.engine });
  await pressOn(engine, 'ArrowDown', 2);
  await expect(engine).toHaveValue('rds-mysql');
  await expect(keys.live).toHaveText(/^Engine: RDS for MySQL\. 11 days 14 hours ago: a manual snapshot can return here/);

  await tabTo(page, figure.getByRole('spinbutton', { name: en.retention }));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(keys.live).toHaveText(
    /^Backup retention 0 days: automated backups are off, and so is point-in-time restore\. /,
  );
  await expect(
    figure.getByRole('row', { name: /^Point-in-time restore / }).getByRole('cell').last(),
  ).toHaveText('Automated backups are off (retention 0 days), so there is nothing to restore from.');

  await keys.tour(12, {
    last: /^Step 12 of 12: An RDS DB instance can set retention to 0/,
    first: /^Step 1 of 12: Pick a moment on the two-week timeline/,
    second: /^Step 2 of 12: Now: only a clone starts here/,
  });
});

/** Types a number into a field and commits it (Enter). */
async function commit(figure: Locator, name: string, value: string): Promise<void> {
  const field = figure.getByRole('spinbutton', { name });
  await field.fill(value);
  await field.press('Enter');
}

liveRegionTests('the live region', openDiagram, [ko, en], (figure, words) => {
  const jump = figure.getByRole('combobox', { name: words.jump });
  return [
    () => jump.selectOption('latest'),
    () => jump.selectOption('backtrackEdge'),
    () => commit(figure, words.backtrack, '24'),
    () => commit(figure, words.retention, '0'),
    async () => {
      await expect(figure.getByRole('spinbutton', { name: words.retention })).toHaveValue('1');
      await figure.getByRole('combobox', { name: words.engine }).selectOption('aurora-postgresql');
    },
  ];
});

test('a state survives a URL round trip', async ({ page, context }) => {
  const reopened = await roundTrip(page, context, openDiagram, en, { param: 'restore', token: 'rp.r0.b72.m5880.t0' }, async (figure) => {
    await figure.getByRole('combobox', { name: en.engine }).selectOption('rds-postgresql');
    await commit(figure, en.retention, '0');
    await figure.getByRole('combobox', { name: en.jump }).selectOption('s2');
  });
  await expect(reopened.getByRole('combobox', { name: en.engine })).toHaveValue('rds-postgresql');
  await expect(reopened.getByRole('spinbutton', { name: en.retention })).toHaveValue('0');
  await expect(reopened.getByRole('spinbutton', { name: en.days, exact: true })).toHaveValue('4');
  await expect(reopened.getByRole('spinbutton', { name: en.hours, exact: true })).toHaveValue('2');
  await expect(reopened.getByRole('combobox', { name: en.jump })).toHaveValue('s2');
  await expect(reopened.getByRole('status', { name: en.live })).toHaveText(
    '4 days 2 hours ago: a manual snapshot can return here; point-in-time restore, Backtrack, a clone and restore from S3 cannot.',
  );
  await expect(reopened.getByRole('table', { name: 'Returning to the moment 4 days 2 hours ago' })).toBeVisible();
  await expect(reopened.getByRole('img', { name: /^Ways back on a two-week timeline, RDS for PostgreSQL, 0 days of retention\. / })).toBeVisible();
});


test('what the reader types stays while the animation code is still on its way', async ({ page }) => {
  // A slow network: d3-transition arrives only after the reader has typed in the next field.
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/d3-transition\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const figure = await openDiagram(page, en);
  await figure.getByRole('combobox', { name: en.engine }).selectOption('rds-postgresql');
  const retention = figure.getByRole('spinbutton', { name: en.retention });
  await retention.fill('0');
  const arrived = page.waitForResponse(/d3-transition\.[\w-]+\.js$/);
  release();
  await arrived;
  await retention.press('Enter');
  await expect(retention).toHaveValue('0');
  await expect(figure.getByRole('img', { name: /^Ways back on a two-week timeline, RDS for PostgreSQL, 0 days of retention\. / })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use(PHONE);

  test('the timeline spans the phone’s picture, each way back named above its own track', async ({ page }) => {
    const figure = await openDiagram(page, en);
    await expect(figure.getByRole('img', { name: en.picture })).toHaveAttribute('viewBox', /^0 0 320 /);
    // Its name follows the engine, so after the change below it is found by role alone.
    const picture = figure.getByRole('img').first();
    const lane = picture.locator('[data-mechanism="pitr"]');
    const name = await lane.locator('[data-key="name"]').boundingBox();
    const status = await lane.locator('[data-key="status"]').boundingBox();
    const track = await lane.locator('[data-key="track"]').boundingBox();
    if (!name || !status || !track) throw new Error('no lane');
    expect(Math.abs(name.y - status.y)).toBeLessThan(2);
    expect(track.y).toBeGreaterThan(name.y + name.height / 2);
    // The engine chosen with the controls changes the verdicts on the phone's picture too.
    await figure.getByRole('combobox', { name: en.engine }).selectOption('rds-postgresql');
    await expect(lane.locator('[data-key="status"]')).toHaveText('✓ can return');
  });
});
