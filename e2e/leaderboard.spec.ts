/**
 * The sorted-set leaderboard in a real browser, on the Korean page
 * (/elasticache/) and the English one (/en/elasticache/), in the #leaderboard
 * section. Elements are found by role and accessible name; URLs are relative
 * to the configured baseURL.
 */
import { expect, test, type Locator } from '@playwright/test';
import { AGAIN, diagramOpener, type SpokenWords, frameWords, keyboardIn, liveRegionTests, roundTrip, tabTo, tourForward } from './diagram-helpers';

interface Words extends SpokenWords {
  readonly player: string;
  readonly points: string;
  readonly incr: string;
  readonly add: string;
  readonly remove: string;
  readonly round: string;
  readonly topSize: string;
  readonly top: string;
  readonly rank: string;
}

const en: Words = {
  ...frameWords.en,
  path: 'en/elasticache/',
  figure: 'A real-time leaderboard built on a sorted set',
  picture: /^Leaderboard of 6 players, highest score first: player64 1,450, player23 1,450/,
  noticeText: 'The leaderboard in this link could not be read, so the diagram starts from its default board.',
  description: 'A sorted set keeps its members unique and always in score order',
  player: 'Player',
  points: 'Points',
  incr: 'Add points (ZINCRBY)',
  add: 'Set score (ZADD)',
  remove: 'Remove from the board (ZREM)',
  round: 'Play a match',
  topSize: 'How many',
  top: 'Show the top (ZREVRANGE)',
  rank: 'Rank of the chosen player (ZREVRANK)',
  opening: '6 players on the board. player64 and player23 have the same top score, 1,450; the sorted set still gives each its own rank, ordering equal scores by member name.',
  said: [
    'ZINCRBY added 150 points to player42: now 1,250, up from 4th to 3rd place.',
    'ZREVRANK returned 2 for player42: ranks count from 0, so that is 3rd place.',
    'ZREVRANGE 0 2 returned the top 3, highest first: player64 1,450, player23 1,450 and player42 1,250.',
    'player77 was not on the board: ZREM removed nothing and replied 0.',
    AGAIN, // the same words twice are still said (the region is cleared and refilled)
  ],
};

const ko: Words = {
  ...frameWords.ko,
  path: 'elasticache/',
  figure: '정렬된 세트로 만든 실시간 리더보드',
  picture: /^리더보드, 플레이어 6명을 높은 점수부터: player64 1,450점, player23 1,450점/,
  noticeText: '링크에 담긴 리더보드를 읽을 수 없어 기본 리더보드로 시작합니다.',
  description: '정렬된 세트는 멤버를 중복 없이 항상 점수 순서로 보관하며',
  player: '플레이어',
  points: '점수',
  incr: '점수 더하기 (ZINCRBY)',
  add: '점수 정하기 (ZADD)',
  remove: '리더보드에서 빼기 (ZREM)',
  round: '경기 한 판 진행',
  topSize: '상위 몇 명',
  top: '상위 보기 (ZREVRANGE)',
  rank: '선택한 플레이어의 순위 (ZREVRANK)',
  opening: '리더보드에 플레이어 6명. 최고 점수(1,450점)가 같은 멤버: player64, player23. 점수가 같아도 정렬된 세트는 멤버 이름 순으로 각자 다른 순위를 매깁니다.',
  said: [
    'ZINCRBY: player42 +150점 — 현재 1,250점, 4위 → 3위.',
    'ZREVRANK: player42 → 2. 순위는 0부터 세므로 3위입니다.',
    'ZREVRANGE 0 2: 높은 점수부터 상위 3명 — player64 1,450점, player23 1,450점, player42 1,250점.',
    'ZREM: 리더보드에 없는 멤버 player77 — 지운 것이 없어 0을 돌려줍니다.',
    AGAIN,
  ],
};

const openDiagram = diagramOpener<Words>('leaderboard', (f, words) => f.getByRole('button', { name: words.incr }));

/** The players in the picture, top to bottom. */
async function order(figure: Locator): Promise<string[]> {
  return figure
    .getByRole('img')
    .evaluate((svg) =>
      [...svg.querySelectorAll('[data-member]')]
        .map((row) => ({ member: row.getAttribute('data-member') ?? '', y: Number((row.getAttribute('transform') ?? '').match(/,\s*([\d.]+)\)/)?.[1] ?? 0) }))
        .sort((a, b) => a.y - b.y)
        .map((row) => row.member),
    );
}

test('a reader can push scores and query the board with the keyboard alone', async ({ page }) => {
  const figure = await openDiagram(page, en);
  const keys = keyboardIn(page, figure, en);
  const button = (name: string) => figure.getByRole('button', { name });
  const player = figure.getByRole('combobox', { name: en.player });

  await keys.focus(player);
  await expect(player).toHaveValue('player42');

  await tabTo(page, figure.getByRole('spinbutton', { name: en.points }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('400');
  await keys.press(button(en.incr), 'Enter', 'ZINCRBY added 400 points to player42: now 1,500, up from 4th to 1st place.');
  // The row slides to the top (motion is allowed here), so wait for it.
  await expect.poll(async () => (await order(figure))[0]).toBe('player42');
  await keys.press(button(en.rank), 'Enter', 'ZREVRANK returned 0 for player42: ranks count from 0, so that is 1st place.');

  await tabTo(page, player, true);
  await page.keyboard.press('End');
  await expect(player).toHaveValue('player91');
  await keys.press(button(en.add), 'Enter', 'ZADD put player91 on the board with 400 points, in 7th place.');
  await page.keyboard.press('Enter');
  await expect(keys.live).toHaveText(
    'player91 was already on the board, so ZADD replaced its score instead of adding it twice: now 400, still 7th.',
  );
  await expect(figure.getByRole('img')).toHaveAccessibleName(/^Leaderboard of 7 players/);
  await keys.press(button(en.remove), 'Enter', 'ZREM took player91 off the board; it was 7th.');

  await tabTo(page, figure.getByRole('combobox', { name: en.topSize }));
  await page.keyboard.press('ArrowDown');
  await keys.press(
    button(en.top),
    'Enter',
    'ZREVRANGE 0 4 returned the top 5, highest first: player42 1,500, player64 1,450, player23 1,450, player07 1,200 and player12 980.',
  );
  await expect(figure.getByText('> ZREVRANGE leaderboard 0 4 WITHSCORES')).toBeVisible();
  await keys.press(button(en.round), 'Enter', /^Match played: /, { back: true });

  await keys.tour(9, {
    last: /^Step 9 of 9: ZREM took player58 off the board; it was \d+th\. ZREM takes a player off the board\.$/,
    first:
      'Step 1 of 9: 6 players on the board. player64 and player23 have the same top score, 1,450; the sorted set still gives each its own rank, ordering equal scores by member name. Six players in one sorted set, always kept in score order. player23 and player64 are tied at 1,450.',
    second:
      'Step 2 of 9: ZINCRBY added 150 points to player42: now 1,250, up from 4th to 3rd place. After a match, the game server adds the points with ZINCRBY, and the set moves the player to its new place at once.',
  });
});

liveRegionTests('the live region', openDiagram, [ko, en], (figure, words) => {
  const press = (name: string) => () => figure.getByRole('button', { name }).click();
  return [
    press(words.incr),
    press(words.rank),
    press(words.top),
    async () => {
      await figure.getByRole('combobox', { name: words.player }).selectOption('player77');
      await press(words.remove)();
    },
    press(words.remove),
  ];
});

test('a board survives a URL round trip', async ({ page, context }) => {
  const token = 't2.n0.1200.980.1450.1250.870.1450.2000.1300';
  const reopened = await roundTrip(page, context, openDiagram, en, { param: 'leaderboard', token }, async (figure) => {
    await tourForward(figure, en, 2, 'Step 3 of 9');
    await figure.getByRole('combobox', { name: en.player }).selectOption('player77');
    await figure.getByRole('spinbutton', { name: en.points }).fill('2000');
    await figure.getByRole('button', { name: en.add }).click();
  });
  await expect(reopened.getByRole('slider', { name: en.step })).toHaveAttribute('aria-valuetext', 'Step 3 of 9');
  await expect(reopened.getByRole('status', { name: en.live })).toHaveText('8 players on the board. player77 leads with 2,000.');
  expect(await order(reopened)).toEqual(['player77', 'player64', 'player23', 'player91', 'player42', 'player07', 'player12', 'player58']);
});
