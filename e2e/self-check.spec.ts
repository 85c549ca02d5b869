import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const questions = JSON.parse(readFileSync('content/questions/aurora.json', 'utf8')) as {
  id: string;
  question: { ko: string; en: string };
  choices: { ko: string; en: string }[];
  answer: number;
  section: string;
}[];
const first = questions[0]!;
const wrongIndex = (first.answer + 1) % first.choices.length;

test('choosing an answer shows whether it is right, with an explanation linking to its section', async ({ page }) => {
  await page.goto('aurora/');
  const group = page.getByRole('group', { name: new RegExp(first.question.ko.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await group.getByRole('radio', { name: first.choices[wrongIndex]!.ko }).check();
  const item = page.locator(`#quiz-${first.id}`);
  await item.getByRole('button', { name: '답 확인' }).click();
  await expect(item.getByRole('status')).toHaveText('오답입니다.');
  await group.getByRole('radio', { name: first.choices[first.answer]!.ko }).check();
  await item.getByRole('button', { name: '답 확인' }).click();
  await expect(item.getByRole('status')).toHaveText('정답입니다.');
  const learn = item.getByRole('link', { name: '이 내용을 다루는 절' });
  await expect(learn).toBeVisible();
  await learn.click();
  await expect(page).toHaveURL(new RegExp(`#${first.section}$`));
});

test('progress is remembered on this device, shown in the sidebar, and can be reset', async ({ page }) => {
  await page.goto('aurora/');
  const item = page.locator(`#quiz-${first.id}`);
  await item.getByRole('radio', { name: first.choices[first.answer]!.ko }).check();
  await item.getByRole('button', { name: '답 확인' }).click();
  const badge = page.getByRole('navigation', { name: '페이지 목록' }).locator('[data-progress-slug="aurora"]');
  await expect(badge).toHaveText(`1/${questions.length} 정답`);

  await page.goto('en/rds-basics/');
  await expect(page.getByRole('navigation', { name: 'Pages' }).locator('[data-progress-slug="aurora"]')).toHaveText(`1/${questions.length} correct`);
  await page.goto('aurora/');
  await expect(page.locator(`#quiz-${first.id}`).getByRole('radio', { name: first.choices[first.answer]!.ko })).toBeChecked();
  await expect(page.locator(`#quiz-${first.id}`).getByRole('status')).toHaveText('정답입니다.');

  await page.getByRole('button', { name: '모든 진행 기록 지우기' }).click();
  await expect(page.getByText('진행 기록을 지웠습니다.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '페이지 목록' }).locator('[data-progress-slug="aurora"]')).toBeHidden();
  await page.reload();
  await expect(page.locator(`#quiz-${first.id}`).getByRole('radio', { name: first.choices[first.answer]!.ko })).not.toBeChecked();
});

for (const [what, stored] of [
  ['corrupt', '{not json'],
  ['from an older version', JSON.stringify({ v: 1, answers: { aurora: [2, 0] } })],
]) {
  test(`a ${what} stored value is reset cleanly, without an error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('rae-progress', value);
        sessionStorage.setItem('seeded', '1');
      }
    }, stored);
    await page.goto('aurora/');
    await expect(page.getByRole('button', { name: '답 확인' }).first()).toBeVisible();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('rae-progress') ?? 'null'));
    expect(saved).toEqual({ v: 2, pages: {} });
    const item = page.locator(`#quiz-${first.id}`);
    await item.getByRole('radio', { name: first.choices[first.answer]!.ko }).check();
    await item.getByRole('button', { name: '답 확인' }).click();
    await expect(item.getByRole('status')).toHaveText('정답입니다.');
    expect(errors).toEqual([]);
  });
}

test('the sidebar counts only current questions, judged against the answer key, whatever was stored', async ({ page }) => {
  // Stored answers for questions that do not exist, and "correct" flags on wrong answers, must not count.
  const pages: Record<string, Record<string, { chosen: number; correct: boolean }>> = { aurora: {} };
  pages.aurora![first.id] = { chosen: first.answer, correct: false }; // right answer stored as wrong: counts
  const second = questions[1]!;
  pages.aurora![second.id] = { chosen: (second.answer + 1) % second.choices.length, correct: true }; // wrong answer flagged correct
  for (let i = 0; i < 6; i++) pages.aurora![`q${90 + i}`] = { chosen: 0, correct: true }; // no such questions
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('rae-progress', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify({ v: 2, pages }));
  await page.goto('rds-basics/');
  await expect(page.getByRole('navigation', { name: '페이지 목록' }).locator('[data-progress-slug="aurora"]')).toHaveText(`1/${questions.length} 정답`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the answers can still be read in a disclosure', async ({ page }) => {
    await page.goto('en/aurora/');
    const item = page.locator(`#quiz-${first.id}`);
    await expect(item.getByRole('button', { name: 'Check answer' })).toBeHidden();
    await item.getByText('Answer and explanation').click();
    await expect(item.getByText(`Answer: ${first.choices[first.answer]!.en}`)).toBeVisible();
    await expect(item.getByRole('link', { name: 'Section that teaches this' })).toHaveAttribute('href', `#${first.section}`);
  });
});
