import { readdirSync, readFileSync } from 'node:fs';
import { axeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { checksum, decodeSet, encodeSet, questionKey } from '../src/lib/practice.ts';

interface Q {
  id: string;
  topic: string;
  section: string;
  question: { ko: string; en: string };
  choices: { ko: string; en: string }[];
  answer: number;
}
/** Every question of the site by key, read from the content the build used. */
const bank = new Map<string, Q>(
  readdirSync('content/questions')
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(`content/questions/${f}`, 'utf8')) as Q[]).map((q) => [questionKey(f.replace(/\.json$/, ''), q.id), q] as const)),
);
const known = new Set(bank.keys());
const keys = [...known];
// Three questions from three different pages, in an order no page uses.
const SET = [keys.at(-1)!, keys[0]!, keys[Math.floor(keys.length / 2)]!];
const token = encodeSet(SET);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The question on screen: its legend starts with the question text. */
const legend = (page: Page) => page.locator('.practice-slot legend');

test('a set link shows the same questions in the same order in Korean and English, and the language link keeps the set', async ({ page }) => {
  await page.goto(`practice/?set=${token}`);
  await expect(page.getByRole('heading', { name: '3문제 세트' })).toBeVisible();
  await expect(page.getByLabel(/세트 링크/)).toHaveValue(new RegExp(`/practice/\\?set=${escape(token)}$`));
  await expect(page.getByRole('heading', { name: '문제 1 / 3' })).toBeVisible();
  await expect(legend(page)).toHaveText(bank.get(SET[0]!)!.question.ko);

  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/practice/\\?set=${escape(token)}`));
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
  await expect(legend(page)).toHaveText(bank.get(SET[0]!)!.question.en);
  // Walk the English set: the order is the link's.
  for (const [i, key] of SET.entries()) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of 3` })).toBeVisible();
    await expect(legend(page)).toHaveText(bank.get(key)!.question.en);
    await page.getByRole('button', { name: i < 2 ? 'Next question' : 'See the result' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Your result: 0 of 3 correct' })).toBeFocused();
  await expect(page.getByText('3 skipped')).toBeVisible();
});

test('keyboard only: answer a set, hear each verdict, get the score by topic and a result link that round-trips', async ({ page }) => {
  test.slow(); // dozens of key presses, two axe runs and a second page
  await page.goto(`en/practice/?set=${token}`);
  // From the top: the skip link, then into the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  const tabTo = async (found: () => Promise<boolean>) => {
    for (let i = 0; i < 60 && !(await found()); i++) await page.keyboard.press('Tab');
    expect(await found()).toBe(true);
  };
  const focusedIs = (selector: string) => () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  // Answer the first two right and the third wrong.
  const plan = SET.map((key, i) => {
    const q = bank.get(key)!;
    return i < 2 ? q.answer : (q.answer + 1) % q.choices.length;
  });
  for (const [i, key] of SET.entries()) {
    const q = bank.get(key)!;
    await tabTo(focusedIs('.practice-slot input[type=radio]'));
    await page.keyboard.press('Space');
    for (let k = 0; k < plan[i]!; k++) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: q.choices[plan[i]!]!.en, exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    const verdict = page.locator('.practice-slot').getByRole('status');
    if (i < 2) await expect(verdict).toHaveText('Correct.');
    else await expect(verdict).toHaveText(`Not quite. The answer is: ${q.choices[q.answer]!.en}`);
    await expect(page.getByRole('link', { name: /Section that teaches this/ })).toBeVisible();
    await tabTo(focusedIs('.practice-next'));
    await page.keyboard.press('Enter');
    if (i < 2) await expect(page.getByRole('heading', { name: `Question ${i + 2} of 3` })).toBeFocused();
  }
  await expect(page.getByRole('heading', { name: 'Your result: 2 of 3 correct' })).toBeFocused();
  const table = page.getByRole('table', { name: 'Score by topic' });
  // One row per topic of the set; only the missed question's section is offered to reread.
  await expect(table.getByRole('row')).toHaveCount(1 + new Set(SET.map((k) => bank.get(k)!.topic)).size);
  await expect(table.getByRole('link')).toHaveCount(1);
  await expect(table.getByRole('link')).toHaveAttribute('href', new RegExp(`#${bank.get(SET[2]!)!.section.split('#').at(-1)}$`));
  expect(await axeViolations(page), 'result view, light').toEqual([]);

  const resultLink = await page.getByLabel(/Result link/).inputValue();
  expect(resultLink).toMatch(new RegExp(`/en/practice/\\?set=${escape(token)}&result=\\d\\d\\d\\.[0-9a-z]{5}$`));
  // Opened in Korean by a group member: the shared result, then the set itself.
  await page.goto(resultLink.replace('/en/practice/', '/practice/'));
  await expect(page.getByRole('heading', { name: '공유된 결과: 3문제 중 2문제 정답' })).toBeVisible();
  await expect(page.getByRole('table', { name: '주제별 점수' }).getByRole('link')).toHaveCount(1);
  await page.getByRole('button', { name: '이 세트 풀기' }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/\\?set=${escape(token)}$`));
  await expect(page.getByRole('heading', { name: '3문제 세트' })).toBeFocused();
  await expect(legend(page)).toHaveText(bank.get(SET[0]!)!.question.ko);
  expect(await axeViolations(page), 'run view, light').toEqual([]);
});

test('corrupt and outdated links give a clear notice and a fresh set, never an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const unknownBody = `v1.${SET[0]}-zz99`;
  const cases: [string, string, RegExp][] = [
    ['questions in another order under the old checksum', `v1.${[SET[1], SET[0], SET[2]].join('-')}.${token.split('.')[2]}`, /검사 문자가 맞지 않습니다/],
    ['a link cut short', token.slice(0, 12), /손상되었습니다/],
    ['another version', `v9.${SET.join('-')}.abcde`, /다른 버전의 사이트/],
    ['a question the site no longer has', `${unknownBody}.${checksum(unknownBody)}`, /지금은 없는 문제가 들어 있습니다\(zz99\)/],
  ];
  for (const [what, bad, message] of cases) {
    await page.goto(`practice/?set=${encodeURIComponent(bad)}`);
    await expect(page.getByRole('alert').filter({ hasText: message }), what).toContainText('대신 새 세트를 준비했습니다.');
    await expect(page.getByRole('heading', { name: '문제 1 / 10' }), what).toBeVisible();
    const fresh = new URL(page.url()).searchParams.get('set')!;
    expect(decodeSet(fresh, known), what).toMatchObject({ ok: true });
  }
  // A result that does not fit its set: the notice, and the set itself.
  await page.goto(`en/practice/?set=${token}&result=012.zzzzz`);
  await expect(page.getByRole('alert')).toHaveText(/result part of this link could not be read/);
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
  expect(new URL(page.url()).search).toBe(`?set=${token}`);
  expect(errors).toEqual([]);
});

test('building a set from chosen topics, in the dark theme, passes axe', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('en/practice/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const topics = page.getByRole('group', { name: 'Topics' });
  for (const box of await topics.getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('button', { name: 'Start the set' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose at least one topic.' })).toBeVisible();
  await expect(topics.getByRole('checkbox').first()).toBeFocused();
  await topics.getByRole('checkbox', { name: /^RDS Custom/ }).check();
  await page.getByLabel('Number of questions').selectOption('5');
  await page.getByRole('button', { name: 'Start the set' }).click();
  const set = decodeSet(new URL(page.url()).searchParams.get('set')!, known);
  expect(set.ok && set.value.every((k) => k.startsWith('rc'))).toBe(true);
  await expect(page.getByRole('heading', { name: /^A set of \d questions$/ })).toBeFocused();
  await expect(page.getByText('Topic: RDS Custom')).toBeVisible();
  expect(await axeViolations(page), 'run view, dark').toEqual([]);
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  expect(await axeViolations(page), 'answered question, dark').toEqual([]);
});

test('the link preview says what the page is, and the sitemap lists it in both languages', async ({ request }) => {
  for (const [path, title] of [['practice/', '연습 세트'], ['en/practice/', 'Practice sets']] as const) {
    const html = await (await request.get(path)).text();
    expect(html).toContain(`<meta property="og:title" content="${title} |`);
    const image = /<meta property="og:image" content="https?:\/\/[^/]+\/([^"]+)"/.exec(html)?.[1];
    expect(image).toBe(`og/${path.startsWith('en') ? 'en' : 'ko'}/practice.png`);
    expect((await request.get(image!)).status()).toBe(200);
  }
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/practice\/<\/loc>/);
  expect(sitemap).toMatch(/<loc>[^<]*\/en\/practice\/<\/loc>/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every question is listed by topic with its answer in a disclosure', async ({ page }) => {
    await page.goto('en/practice/');
    await expect(page.getByRole('heading', { name: 'All questions by topic' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the set' })).toBeHidden();
    await expect(page.locator('.practice-bank .quiz')).toHaveCount(bank.size);
    const q = bank.get(SET[0]!)!;
    const item = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: new RegExp(escape(q.question.en.slice(0, 40))) }) });
    await item.getByText('Answer and explanation').click();
    await expect(item.getByText(`Answer: ${q.choices[q.answer]!.en}`)).toBeVisible();
    await expect(item.getByRole('link', { name: /^Section that teaches this: / })).toBeVisible();
  });
});
