/**
 * The storage-autoscaling simulator in a real browser, on the Korean page
 * (/rds-basics/) and the English one (/en/rds-basics/), in the
 * #storage-autoscaling section. Elements are found by role and accessible
 * name; URLs are relative to the configured baseURL.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { diagramOpener, frameWords, keyboardIn, liveRegionTests, roundTrip, tabTo, type SpokenWords } from './diagram-helpers';

interface Words extends SpokenWords {
  readonly table: string;
  readonly allocated: string;
  readonly max: string;
  readonly rate: string;
  readonly bulk: string;
  readonly play: string;
  readonly previous: string;
  readonly time: string;
  readonly speed: string;
}

const en: Words = {
  ...frameWords.en,
  path: 'en/rds-basics/',
  figure: 'Storage autoscaling simulator: free space over one day',
  picture: /^Free space over one day with 100 GiB allocated, a 126 GiB maximum storage threshold/,
  noticeText: 'The diagram state in this link could not be read, so the diagram starts from its default settings.',
  description: 'all three must hold',
  table: 'What happened during the day',
  allocated: 'Allocated storage (GiB)',
  max: 'Maximum storage threshold (GiB)',
  rate: 'Writes per hour (GiB)',
  bulk: 'Bulk load at 12:00 (GiB)',
  play: 'Play the day',
  next: 'One hour on',
  previous: 'One hour back',
  time: 'Time of day',
  speed: 'Speed',
  opening:
    'By 24:00 storage grew twice, to 126 GiB, the threshold cutting an increase short; at 17:23 the threshold stopped any further increase; the disk was full from 23:00, and 2 GiB of writes were refused.',
  said: [
    'A 30 GiB bulk load now runs from 12:00 to 13:00. By 24:00 storage grew twice, to 126 GiB, the threshold cutting an increase short; at 17:23 the threshold stopped any further increase; the disk was full from 12:41, and 32 GiB of writes were refused.',
    'Maximum storage threshold set to 200 GiB. By 24:00 storage grew 4 times, to 156 GiB; the disk was full from 12:45, and 16.8 GiB of writes were refused.',
    'Writes set to 1 GiB an hour. By 24:00 storage grew 3 times, to 134 GiB; the disk was full from 12:34, and 16.1 GiB of writes were refused.',
  ],
};

const ko: Words = {
  ...frameWords.ko,
  path: 'rds-basics/',
  figure: '스토리지 자동 크기 조정 시뮬레이터: 하루 동안의 여유 공간',
  picture: /^하루 동안의 여유 공간\(할당된 스토리지 100 GiB, 최대 스토리지 임계값 126 GiB/,
  noticeText: '링크에 담긴 다이어그램 상태를 읽을 수 없어 기본 설정으로 시작합니다.',
  description: '세 조건이 모두 맞아야 합니다',
  table: '하루 동안 일어난 일',
  allocated: '할당된 스토리지 (GiB)',
  max: '최대 스토리지 임계값 (GiB)',
  rate: '시간당 쓰기 (GiB)',
  bulk: '12:00 대량 적재 (GiB)',
  play: '하루 재생',
  next: '한 시간 뒤',
  previous: '한 시간 전',
  time: '시각',
  speed: '속도',
  opening:
    '24:00까지 스토리지가 두 번 늘어 126 GiB가 되었습니다(한 번은 임계값 때문에 덜 늘었습니다). 17:23부터는 임계값에 막혀 더 늘지 못했습니다. 23:00부터 디스크가 가득 차 쓰기 2 GiB가 거부되었습니다.',
  said: [
    '12:00부터 13:00까지 30 GiB를 대량 적재합니다. 24:00까지 스토리지가 두 번 늘어 126 GiB가 되었습니다(한 번은 임계값 때문에 덜 늘었습니다). 17:23부터는 임계값에 막혀 더 늘지 못했습니다. 12:41부터 디스크가 가득 차 쓰기 32 GiB가 거부되었습니다.',
    '최대 스토리지 임계값을 200 GiB로 정했습니다. 24:00까지 스토리지가 네 번 늘어 156 GiB가 되었습니다. 12:45부터 디스크가 가득 차 쓰기 16.8 GiB가 거부되었습니다.',
    '시간당 쓰기를 1 GiB로 정했습니다. 24:00까지 스토리지가 세 번 늘어 134 GiB가 되었습니다. 12:34부터 디스크가 가득 차 쓰기 16.1 GiB가 거부되었습니다.',
  ],
};

const openDiagram = diagramOpener<Words>('storage-autoscaling', (f, words) => f.getByRole('button', { name: words.play }));

/** Types a value into a number field and commits it the way a reader would (Enter). */
async function enter(page: Page, field: Locator, value: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

/** Fills a number field and commits it (Enter). */
async function commit(figure: Locator, name: string, value: string): Promise<void> {
  const field = figure.getByRole('spinbutton', { name });
  await field.fill(value);
  await field.press('Enter');
}

test('a reader can change the settings and walk through the day with the keyboard alone', async ({ page }) => {
  // A long keyboard walk that ends by playing 18 hours of the day in real time.
  test.slow();
  const figure = await openDiagram(page, en);
  const keys = keyboardIn(page, figure, en);
  const max = figure.getByRole('spinbutton', { name: en.max });
  const allocated = figure.getByRole('spinbutton', { name: en.allocated });
  /** Enters a value in a field and expects the live region to say `said`. */
  const enterAndHear = async (field: Locator, value: string, said: string) => {
    await enter(page, field, value);
    await expect(keys.live).toHaveText(said);
  };

  await keys.focus(max);
  await enterAndHear(max, '400', 'Maximum storage threshold set to 400 GiB. By 24:00 storage grew 4 times, to 157 GiB.');
  await enterAndHear(
    allocated,
    '400',
    'Allocated storage set to 400 GiB. The maximum storage threshold must be at least 10% above the allocated storage, so it is now 440 GiB. AWS recommends a threshold at least 26% above the allocation (504 GiB) to avoid notifications that storage is nearing it. By 24:00 storage grew once, to 440 GiB.',
  );
  await expect(max).toHaveValue('440');
  await enterAndHear(allocated, '100', 'Allocated storage set to 100 GiB. By 24:00 storage grew 4 times, to 157 GiB.');
  await enterAndHear(max, '126', `Maximum storage threshold set to 126 GiB. ${en.opening}`);

  const slider = figure.getByRole('slider', { name: en.time });
  await keys.press(
    slider,
    'Home',
    '00:00: 20% of 100 GiB is free, and the last storage change was long ago. Writes arrive at 2 GiB an hour.',
    { valuetext: 'Up to 00:00' },
  );
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', 'Up to 06:00');
  await expect(keys.live).toHaveText(/^05:00–06:00: At 05:05 free space had been at or below 10% for 5 minutes/);
  await expect(figure.getByRole('table', { name: en.table }).getByRole('row')).toHaveCount(2);

  await keys.press(
    figure.getByRole('button', { name: en.next }),
    'Enter',
    '06:00–07:00: no change. At 07:00: 114 GiB allocated, 20 GiB free (18%). The next increase can come at 11:05 at the earliest.',
    { back: true },
  );
  await tabTo(page, figure.getByRole('button', { name: en.previous }), true);
  await page.keyboard.press('Enter');
  await expect(slider).toHaveAttribute('aria-valuetext', 'Up to 06:00');

  // Play, at double speed, to the end of the day.
  await tabTo(page, figure.getByRole('combobox', { name: en.speed }));
  await page.keyboard.press('ArrowDown');
  await expect(figure.getByRole('combobox', { name: en.speed })).toHaveValue('2');
  await tabTo(page, figure.getByRole('button', { name: en.play }), true);
  await page.keyboard.press('Enter');
  await expect(figure.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(keys.live).toHaveText(/End of the day\. By 24:00 storage grew twice/, { timeout: 40_000 });
  await expect(figure.getByRole('button', { name: en.play })).toBeVisible();
});

liveRegionTests(
  'the live region',
  openDiagram,
  [ko, en],
  (figure, words) => [
    () => commit(figure, words.bulk, '30'),
    () => commit(figure, words.max, '200'),
    () => commit(figure, words.rate, '1'),
  ],
  async (figure, live, words) => {
    // The same words twice are still said (the region is cleared and refilled).
    await figure.getByRole('button', { name: words.next }).click();
    await figure.getByRole('button', { name: words.next }).click();
    await expect(live).not.toHaveText('');
  },
);

test('a state survives a URL round trip', async ({ page, context }) => {
  const token = 'a100.m200.r10.b30.h14';
  const reopened = await roundTrip(page, context, openDiagram, en, { param: 'storage-autoscaling', token }, async (figure) => {
    for (const [name, value] of [
      [en.max, '200'],
      [en.rate, '1'],
      [en.bulk, '30'],
    ] as const) {
      await commit(figure, name, value);
    }
    const slider = figure.getByRole('slider', { name: en.time });
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 14; i += 1) await slider.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Up to 14:00');
  });
  await expect(reopened.getByRole('spinbutton', { name: en.max })).toHaveValue('200');
  await expect(reopened.getByRole('spinbutton', { name: en.rate })).toHaveValue('1');
  await expect(reopened.getByRole('spinbutton', { name: en.bulk })).toHaveValue('30');
  await expect(reopened.getByRole('slider', { name: en.time })).toHaveAttribute('aria-valuetext', 'Up to 14:00');
  await expect(reopened.getByRole('status', { name: en.live })).toHaveText(
    'By 14:00 storage grew once, to 110 GiB; the disk was full from 12:34, and 14 GiB of writes were refused.',
  );
  await expect(reopened.getByRole('img', { name: /a 200 GiB maximum storage threshold, 1 GiB written an hour, plus a 30 GiB bulk load at 12:00\./ })).toBeVisible();
});
