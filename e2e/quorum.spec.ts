/**
 * The Aurora quorum diagram in a real browser, on the Korean page (/aurora/)
 * and the English one (/en/aurora/). Elements are found by role and
 * accessible name; URLs are relative to the configured baseURL.
 */
import { expect, test } from '@playwright/test';
import { diagramOpener, drawnBelow, figureOf, frameWords, keyboardIn, liveRegionTests, narrowPicture, PHONE, roundTrip, tourForward, type SpokenWords } from './diagram-helpers';

interface Words extends SpokenWords {
  readonly table: string;
  readonly write: string;
  readonly read: string;
  readonly repair: string;
  readonly az: (az: string) => string;
  readonly copy: (id: string) => string;
  readonly classic: string;
}

const en: Words = {
  ...frameWords.en,
  path: 'en/aurora/',
  figure: 'Aurora storage: one protection group, six copies, two quorums',
  picture: /^Aurora's 6 copies across 3 AZs: /,
  description: 'A write is acknowledged once 4 copies confirm it',
  table: 'The same failures with six copies and with three',
  write: 'Write',
  read: 'Read',
  repair: 'Repair restored copies',
  az: (az) => `AZ ${az}`,
  copy: (id) => `Copy ${id}`,
  classic: 'Classic: 3 copies (write 2, read 2)',
  opening: '6 of 6 copies reachable — writes and reads continue.',
  said: [
    'AZ b is down: 4 of 6 copies reachable — writes and reads continue.',
    'Copy c2 is down: 3 of 6 copies reachable — writes stop, reads continue.',
    'Write not acknowledged: only 3 copies answered and 4 are needed, so nothing was written.',
    /^Read served by 3 copies \((a1|a2|c1), (a1|a2|c1) and (a1|a2|c1)\); nothing has been written yet\.$/,
    'Showing the classic 3 copies: write 2 of 3, read 2 of 3. 2 of 3 copies reachable — writes and reads continue.',
  ],
};

const ko: Words = {
  ...frameWords.ko,
  path: 'aurora/',
  figure: 'Aurora 스토리지: 보호 그룹 하나, 사본 6개, 쿼럼 두 가지',
  picture: /^세 가용 영역에 나뉜 Aurora 사본 6개: /,
  description: '쓰기는 사본 4개가 확인해 주면 완료되고',
  table: '같은 장애에서 사본 6개와 사본 3개 비교',
  write: '쓰기',
  read: '읽기',
  repair: '돌아온 사본 복구',
  az: (az) => `가용 영역 ${az}`,
  copy: (id) => `사본 ${id}`,
  classic: '기존 방식: 사본 3개 (쓰기 2, 읽기 2)',
  opening: '사본 6개 중 6개에 접근 가능 — 쓰기와 읽기 모두 계속됩니다.',
  said: [
    '가용 영역 b 중단: 사본 6개 중 4개에 접근 가능 — 쓰기와 읽기 모두 계속됩니다.',
    '사본 c2 중단: 사본 6개 중 3개에 접근 가능 — 쓰기는 멈추고 읽기는 계속됩니다.',
    '쓰기 실패: 응답한 사본이 3개뿐인데 4개가 필요하므로 아무것도 기록하지 않았습니다.',
    /^읽기 완료: 사본 3개\((a1|a2|c1), (a1|a2|c1), (a1|a2|c1)\)가 응답했고, 아직 기록된 쓰기는 없습니다\.$/,
    '기존 방식 사본 3개 보기: 쓰기 3개 중 2개, 읽기 3개 중 2개. 사본 3개 중 2개에 접근 가능 — 쓰기와 읽기 모두 계속됩니다.',
  ],
};

const openDiagram = diagramOpener<Words>('storage', (f, words) => f.getByRole('button', { name: words.write, exact: true }));

test('loads the diagram only when the figure comes near the viewport', async ({ page }) => {
  await page.goto(en.path);
  const figure = figureOf(page, en);
  const box = await figure.boundingBox();
  const viewport = page.viewportSize();
  test.skip(!box || !viewport || box.y < viewport.height + 400, 'the figure starts near the top of this page');
  await expect(figure.getByRole('button', { name: en.write, exact: true })).toBeDisabled();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.getByRole('button', { name: en.write, exact: true })).toBeEnabled();
});

test('a reader can run a whole scenario with the keyboard alone', async ({ page }) => {
  const figure = await openDiagram(page, en);
  const keys = keyboardIn(page, figure, en);
  const azA = figure.getByRole('checkbox', { name: en.az('a'), exact: true });
  const write = figure.getByRole('button', { name: en.write, exact: true });

  await keys.focus(azA);
  await keys.walk([
    [azA, 'Space', 'AZ a is down: 4 of 6 copies reachable — writes and reads continue.'],
    [write, 'Enter', /^Write #1 acknowledged once 4 copies answered \([abc][12], [abc][12], [abc][12] and [abc][12]\)\.$/],
    [figure.getByRole('checkbox', { name: en.copy('b1'), exact: true }), 'Space', 'Copy b1 is down: 3 of 6 copies reachable — writes stop, reads continue.', { back: true }],
    [write, 'Enter', 'Write not acknowledged: only 3 copies answered and 4 are needed, so nothing was written.'],
    [figure.getByRole('button', { name: en.read, exact: true }), 'Enter', /^Read served by 3 copies \(.+\); the newest write among them, #1, is the latest\.$/],
    [azA, 'Space', 'AZ a is back: a1 and a2 are repairing and do not count until caught up. 3 of 6 copies up to date and reachable, 2 repairing — writes stop, reads continue.', { back: true }],
    [figure.getByRole('button', { name: en.repair }), 'Enter', 'a1 and a2 caught up from their peers and count again: 5 of 6 copies reachable — writes and reads continue.'],
  ]);
  // Radio buttons: Tab reaches the checked one, arrows choose.
  await keys.press(
    figure.getByRole('radio', { checked: true }),
    'ArrowDown',
    'Showing the classic 3 copies: write 2 of 3, read 2 of 3. 2 of 3 copies reachable — writes and reads continue.',
    { back: true },
  );
  await expect(figure.getByRole('radio', { name: en.classic })).toBeChecked();

  await keys.tour(13, {
    last: /^Step 13 of 13: /,
    first:
      'Step 1 of 13: 3 of 3 copies reachable — writes and reads continue. The classic design: three copies, one in each AZ; writes and reads each need 2 of 3.',
    second: /^Step 2 of 13: Write #1 acknowledged once 2 copies answered/,
  });
});

liveRegionTests(
  'the live region',
  openDiagram,
  [ko, en],
  (figure, words) => [
    () => figure.getByRole('checkbox', { name: words.az('b'), exact: true }).check(),
    () => figure.getByRole('checkbox', { name: words.copy('c2'), exact: true }).check(),
    () => figure.getByRole('button', { name: words.write, exact: true }).click(),
    () => figure.getByRole('button', { name: words.read, exact: true }).click(),
    () => figure.getByRole('radio', { name: words.classic }).check(),
  ],
  async (figure, live, words) => {
    // The same words twice are still said (the region is cleared and refilled).
    await figure.getByRole('button', { name: words.repair }).click();
    await figure.getByRole('button', { name: words.repair }).click();
    await expect(live).not.toHaveText('');
  },
);

test('a failure state survives a URL round trip', async ({ page, context }) => {
  const reopened = await roundTrip(page, context, openDiagram, en, { param: 'quorum' }, async (figure) => {
    await tourForward(figure, en, 4, 'Step 5 of 13');
    await figure.getByRole('checkbox', { name: en.copy('b1'), exact: true }).check();
    await figure.getByRole('radio', { name: en.classic }).check();
  });
  await expect(reopened.getByRole('radio', { name: en.classic })).toBeChecked();
  await expect(reopened.getByRole('checkbox', { name: en.az('a'), exact: true })).toBeChecked();
  await expect(reopened.getByRole('checkbox', { name: en.copy('b1'), exact: true })).toBeChecked();
  await expect(reopened.getByRole('checkbox', { name: en.az('c'), exact: true })).not.toBeChecked();
  await expect(reopened.getByRole('slider', { name: en.step })).toHaveAttribute('aria-valuetext', 'Step 5 of 13');
  const live = reopened.getByRole('status', { name: en.live });
  await expect(live).toHaveText('1 of 3 copies reachable — writes and reads stop.');
  await expect(
    reopened.getByRole('img', { name: /^The classic 3 copies, one per AZ: 1 of 3 copies reachable/ }),
  ).toBeVisible();
  // Back to Aurora's view of the same failures.
  await reopened.getByRole('radio', { name: 'Aurora: 6 copies (write 4, read 3)' }).check();
  await expect(live).toHaveText(/3 of 6 copies reachable — writes stop, reads continue\.$/);
});

test.describe('on a phone', () => {
  test.use(PHONE);

  test('the picture is drawn for the phone, and pressing a copy or an AZ in it fails and restores it', async ({ page }) => {
    const figure = await openDiagram(page, en);
    // The narrow layout: AZs side by side as slim columns, each AZ's copies one above the other.
    const { picture, live } = await narrowPicture(figure, en);
    expect(await drawnBelow(picture.locator('[data-copy="b1"]'), picture.locator('[data-copy="b2"]'))).toBe(true);

    await picture.locator('[data-copy="b2"]').click();
    await expect(figure.getByRole('checkbox', { name: en.copy('b2'), exact: true })).toBeChecked();
    await expect(live).toHaveText('Copy b2 is down: 5 of 6 copies reachable — writes and reads continue.');
    await picture.locator('[data-copy="b2"]').click();
    await expect(figure.getByRole('checkbox', { name: en.copy('b2'), exact: true })).not.toBeChecked();

    // An AZ's own space, between and below its copies.
    const az = await picture.locator('[data-key="az-c"] [data-key="label"]').boundingBox();
    if (!az) throw new Error('no AZ label');
    await page.mouse.click(az.x + az.width / 2, az.y + az.height / 2);
    await expect(figure.getByRole('checkbox', { name: en.az('c'), exact: true })).toBeChecked();
    // b2 came back repairing, so it does not count yet.
    await expect(live).toHaveText(
      'AZ c is down: 3 of 6 copies up to date and reachable, 1 repairing — writes stop, reads continue.',
    );
  });
});
