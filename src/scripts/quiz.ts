import { correctCount, decodeKey, emptyProgress, parseProgress, PROGRESS_KEY, record, type Progress } from '../lib/progress.ts';

/** The reader's progress on this device (empty when storage is unavailable or what it holds is unreadable). */
export function loadProgress(): Progress {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PROGRESS_KEY);
  } catch {
    return emptyProgress();
  }
  const { progress, reset } = parseProgress(raw);
  if (reset) saveProgress(progress);
  return progress;
}

export function saveProgress(progress: Progress): void {
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    /* storage unavailable: progress lasts for this page only */
  }
}

/** The sidebar shows, per page, how many of its current questions the reader has answered right. */
export function showProgress(progress: Progress): void {
  for (const badge of document.querySelectorAll<HTMLElement>('[data-progress-slug]')) {
    const slug = badge.dataset.progressSlug!;
    const done = correctCount(progress, slug, decodeKey(badge.dataset.key));
    badge.textContent = done ? (badge.dataset.template ?? '{done}/{total}').replace('{done}', String(done)).replace('{total}', badge.dataset.total ?? '?') : '';
    badge.hidden = done === 0;
  }
}

/**
 * Shows a question (a `.quiz` item) as answered: the chosen choice checked, the right one and a wrong
 * choice marked, the verdict in its status line (announced when it changes) and the explanation open.
 */
export function markAnswer(item: HTMLElement, chosen: number, words: string, announce: boolean): void {
  const answer = Number(item.dataset.answer);
  const correct = chosen === answer;
  const result = item.querySelector<HTMLElement>('.quiz-result')!;
  item.dataset.state = correct ? 'correct' : 'wrong';
  for (const input of item.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
    const label = input.closest('label')!;
    label.classList.toggle('is-answer', Number(input.value) === answer);
    label.classList.toggle('is-wrong', Number(input.value) === chosen && !correct);
    if (Number(input.value) === chosen) input.checked = true;
  }
  if (announce || result.textContent !== words) result.textContent = words;
  item.querySelector('details')!.open = true;
}

export function setupQuiz(): void {
  let progress = loadProgress();
  showProgress(progress);
  const section = document.querySelector<HTMLElement>('[data-quiz]');
  if (!section) return;
  const slug = section.dataset.quiz!;
  for (const controls of section.querySelectorAll<HTMLElement>('.quiz-controls')) controls.hidden = false;

  const show = (item: HTMLElement, chosen: number, announce: boolean) =>
    markAnswer(item, chosen, chosen === Number(item.dataset.answer) ? section.dataset.correct! : section.dataset.wrong!, announce);

  for (const item of section.querySelectorAll<HTMLElement>('.quiz')) {
    const id = item.dataset.question!;
    const saved = progress.pages[slug]?.[id];
    if (saved) show(item, saved.chosen, false);
    item.querySelector('.quiz-check')!.addEventListener('click', () => {
      const chosen = item.querySelector<HTMLInputElement>('input[type=radio]:checked');
      if (!chosen) {
        item.querySelector<HTMLElement>('.quiz-result')!.textContent = section.dataset.choose!;
        return;
      }
      const value = Number(chosen.value);
      show(item, value, true);
      progress = record(progress, slug, id, { chosen: value, correct: value === Number(item.dataset.answer) });
      saveProgress(progress);
      showProgress(progress);
    });
  }

  section.querySelector('.quiz-reset')!.addEventListener('click', () => {
    progress = emptyProgress();
    saveProgress(progress);
    showProgress(progress);
    for (const item of section.querySelectorAll<HTMLElement>('.quiz')) {
      delete item.dataset.state;
      item.querySelector<HTMLElement>('.quiz-result')!.textContent = '';
      item.querySelector('details')!.open = false;
      for (const input of item.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
        input.checked = false;
        input.closest('label')!.classList.remove('is-answer', 'is-wrong');
      }
    }
    section.querySelector<HTMLElement>('.quiz-reset-status')!.textContent = section.dataset.resetDone!;
  });
}
