/**
 * The copy-on-write cloning diagram in a real browser, on the Korean page
 * (/backups-restore-cloning/) and the English one, in the #cloning section.
 * Elements are found by role and accessible name; URLs are relative to the
 * configured baseURL.
 */
import { expect, test, type Locator } from '@playwright/test';
import { AGAIN, diagramOpener, type SpokenWords, frameWords, keyboardIn, liveRegionTests, roundTrip, tabTo, tourForward } from './diagram-helpers';

interface Words extends SpokenWords {
  readonly table: string;
  readonly cluster: string;
  readonly page: string;
  readonly pageOption: (letter: string) => string;
  readonly write: string;
  readonly clone: string;
  readonly remove: string;
  readonly size: string;
  readonly name: (n: number) => string;
}

const en: Words = {
  ...frameWords.en,
  path: 'en/backups-restore-cloning/',
  figure: 'Aurora cloning: clusters that share pages through copy-on-write',
  picture: /^Pages of Source\. Storage: /,
  description: 'That is copy-on-write.',
  table: 'Time until the new database is ready, by size (model estimate)',
  cluster: 'Cluster',
  page: 'Page',
  pageOption: (letter) => `Page ${letter}`,
  write: 'Write to page',
  clone: 'Clone this cluster',
  remove: 'Delete this cluster',
  size: 'Database size',
  name: (n) => (n === 0 ? 'Source' : `Clone ${n}`),
  opening: "Storage: 0 shared + 6 Source's own = 6 pages.",
  said: [
    'The last cluster stays, so the picture has something to show.',
    AGAIN,
    /^Clone 1 cloned from Source: /,
    "Clone 1 wrote page F. F was shared with Source, so Clone 1 got a new page, F1, of its own; Source still sees F. Storage: 5 shared + 1 Source's own + 1 Clone 1's own = 7 pages.",
    /^Clone 2 cloned from Clone 1: it points at the same 6 pages/,
    "Source deleted. F was Source's alone and was freed; the 5 pages it shared stay, and every other cluster is whole. Storage: 6 shared + 0 Clone 1's own + 0 Clone 2's own = 6 pages.",
    '10 GiB database: this model estimates a clone is ready in about 10 min and a snapshot restore in about 11 min.',
  ],
};

const ko: Words = {
  ...frameWords.ko,
  path: 'backups-restore-cloning/',
  figure: 'Aurora 클론: 기록 중 복사(Copy-on-Write)로 페이지를 함께 쓰는 클러스터',
  picture: /^원본의 페이지\. 스토리지: /,
  description: '이것이 기록 중 복사(Copy-on-Write)입니다.',
  table: '데이터베이스 크기별로 사용 가능해지기까지 걸리는 시간 (모델 추정)',
  cluster: '대상 클러스터',
  page: '페이지',
  pageOption: (letter) => `페이지 ${letter}`,
  write: '페이지에 쓰기',
  clone: '이 클러스터 클론',
  remove: '이 클러스터 삭제',
  size: '데이터베이스 크기',
  name: (n) => (n === 0 ? '원본' : `클론 ${n}`),
  opening: '스토리지: 공유 0 + 원본 전용 6 = 6페이지.',
  said: [
    '마지막 남은 클러스터는 삭제하지 않습니다. 그림에 보여 줄 클러스터가 하나는 있어야 합니다.',
    AGAIN,
    /^원본에서 클론 1 생성: /,
    '클론 1에서 페이지 F에 썼습니다. 함께 쓰던 페이지(F)는 원본에 그대로 남고, 클론 1에는 전용 새 페이지(F1)가 생겼습니다. 스토리지: 공유 5 + 원본 전용 1 + 클론 1 전용 1 = 7페이지.',
    /^클론 1에서 클론 2 생성: 같은 페이지 6개를 그대로 가리키므로/,
    '원본 삭제. 원본만 가리키던 페이지(F)를 해제했습니다. 함께 쓰던 5페이지는 남아 있어, 남은 클러스터는 모두 온전합니다. 스토리지: 공유 6 + 클론 1 전용 0 + 클론 2 전용 0 = 6페이지.',
    '10GiB 데이터베이스: 이 모델의 추정으로 클론은 약 10분, 스냅샷 복원은 약 11분 뒤에 쓸 수 있습니다.',
  ],
};

const openDiagram = diagramOpener<Words>('cloning', (f, words) => f.getByRole('button', { name: words.write, exact: true }));

test('a reader can clone, write and delete with the keyboard alone', async ({ page }) => {
  const figure = await openDiagram(page, en);
  const keys = keyboardIn(page, figure, en);
  const cloneButton = figure.getByRole('button', { name: en.clone });
  const write = figure.getByRole('button', { name: en.write, exact: true });
  const cluster = figure.getByRole('combobox', { name: en.cluster, exact: true });
  /** Tabs back to a drop-down, moves it with an arrow key and checks its value. */
  const choose = async (select: Locator, key: string, value: string) => {
    await tabTo(page, select, true);
    await page.keyboard.press(key);
    await expect(select).toHaveValue(value);
  };

  await keys.focus(cloneButton);
  await keys.press(
    cloneButton,
    'Enter',
    "Clone 1 cloned from Source: it points at the same 6 pages, so nothing was copied and no storage was added. Storage: 6 shared + 0 Source's own + 0 Clone 1's own = 6 pages.",
  );
  await choose(figure.getByRole('combobox', { name: en.page, exact: true }), 'ArrowDown', '1');
  await keys.press(
    write,
    'Enter',
    "Source wrote page B. B was shared with Clone 1, so Source got a new page, B1, of its own; Clone 1 still sees B. Storage: 5 shared + 1 Source's own + 1 Clone 1's own = 7 pages.",
  );
  await choose(cluster, 'ArrowDown', '1');
  await keys.press(
    write,
    'Enter',
    "Clone 1 wrote page B. B was already Clone 1's alone, so it was rewritten in place as B2 and no page was added. Storage: 5 shared + 1 Source's own + 1 Clone 1's own = 7 pages.",
  );

  // A clone of the clone, then the source goes.
  await keys.press(cloneButton, 'Enter', /^Clone 2 cloned from Clone 1: /);
  await choose(cluster, 'ArrowUp', '0');
  await keys.press(
    figure.getByRole('button', { name: en.remove }),
    'Enter',
    "Source deleted. B1 was Source's alone and was freed; the 5 pages it shared stay, and every other cluster is whole. Storage: 6 shared + 0 Clone 1's own + 0 Clone 2's own = 6 pages.",
  );
  await expect(cluster.getByRole('option')).toHaveText(['Clone 1', 'Clone 2']);

  await keys.tour(9, {
    last: /^Step 9 of 9: A bigger database: /,
    first: /^Step 1 of 9: The source cluster's volume, drawn as six data pages, A to F\./,
    second: /^Step 2 of 9: Cloning copies nothing/,
  });
});

liveRegionTests('the live region', openDiagram, [ko, en], (figure, words) => {
  const cluster = figure.getByRole('combobox', { name: words.cluster, exact: true });
  const press = (name: string) => () => figure.getByRole('button', { name, exact: true }).click();
  return [
    // Refused, and the same words twice are still said (the region is cleared and refilled).
    press(words.remove),
    press(words.remove),
    press(words.clone),
    async () => {
      await cluster.selectOption({ label: words.name(1) });
      await figure.getByRole('combobox', { name: words.page, exact: true }).selectOption({ label: words.pageOption('F') });
      await press(words.write)();
    },
    press(words.clone),
    async () => {
      await cluster.selectOption({ label: words.name(0) });
      await press(words.remove)();
    },
    () => figure.getByRole('combobox', { name: words.size }).selectOption({ index: 0 }),
  ];
});

test('a state survives a URL round trip', async ({ page, context }) => {
  const reopened = await roundTrip(page, context, openDiagram, en, { param: 'clone' }, async (figure) => {
    await tourForward(figure, en, 4, 'Step 5 of 9');
    await figure.getByRole('combobox', { name: en.size }).selectOption({ label: '100 TiB' });
    await figure.getByRole('button', { name: en.clone }).click();
  });
  await expect(reopened.getByRole('slider', { name: en.step })).toHaveAttribute('aria-valuetext', 'Step 5 of 9');
  await expect(reopened.getByRole('combobox', { name: en.size })).toHaveValue('4');
  await expect(reopened.getByRole('combobox', { name: en.cluster, exact: true }).getByRole('option')).toHaveText([
    'Source',
    'Clone 1',
    'Clone 2',
  ]);
  await expect(reopened.getByRole('status', { name: en.live })).toHaveText(
    "Storage: 6 shared + 0 Source's own + 2 Clone 1's own + 0 Clone 2's own = 8 pages.",
  );
  await expect(reopened.getByRole('img', { name: /^Pages of Source, Clone 1 and Clone 2\. / })).toBeVisible();
});
