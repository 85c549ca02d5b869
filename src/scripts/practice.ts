/**
 * The practice page: builds a set, runs it one question at a time, scores it by topic, and reads and
 * writes set and result links (`?set=…`, `?set=…&result=…`). The questions come from the page's own
 * server-rendered list (the no-JavaScript view), which this script hides and uses as its templates.
 * The set in progress is kept on this device with the page quizzes' progress (src/lib/progress.ts).
 */
import { decodeResult, decodeSet, encodeResult, encodeSet, pickQuestions, score, type Answers, type SetProblem } from '../lib/practice.ts';
import { record, withPractice, type PracticeState } from '../lib/progress.ts';
import { loadProgress, markAnswer, saveProgress, showProgress } from './quiz.ts';

interface Item {
  key: string;
  topic: string;
  slug: string;
  id: string;
  answer: number;
  choices: number;
  answerText: string;
  learnHref: string;
  learnTitle: string;
  template: HTMLElement;
}

type Strings = Record<string, string>;

const DEFAULT_COUNT = 10;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

function randomSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]!;
}

const answersOf = (marks: string): Answers => Array.from(marks, (c) => (c === 'x' ? null : Number(c)));

export function setupPractice(): void {
  const root = document.querySelector<HTMLElement>('[data-practice]');
  if (!root) return;
  const s = JSON.parse(root.dataset.strings!) as Strings;
  const topics = JSON.parse(root.dataset.topics!) as { id: string; label: string }[];
  const topicLabel = (id: string) => topics.find((t) => t.id === id)?.label ?? id;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;

  const items = new Map<string, Item>();
  for (const li of root.querySelectorAll<HTMLElement>('.practice-bank .quiz')) {
    const link = li.querySelector<HTMLAnchorElement>('.quiz-learn')!;
    items.set(li.dataset.key!, {
      key: li.dataset.key!,
      topic: li.dataset.topic!,
      slug: li.dataset.slug!,
      id: li.dataset.question!,
      answer: Number(li.dataset.answer),
      choices: li.querySelectorAll('input[type=radio]').length,
      answerText: li.querySelector('.quiz-answer-text')!.textContent!,
      learnHref: link.getAttribute('href')!,
      learnTitle: link.dataset.title ?? link.textContent!,
      template: li,
    });
  }
  const known = new Set(items.keys());
  const pool = [...items.values()];
  const baseTitle = document.title;

  const notice = $('.practice-notice');
  const run = $('.practice-run');
  const result = $('.practice-result');
  const slot = $('.practice-slot');
  const next = $<HTMLButtonElement>('.practice-next');
  const take = $<HTMLButtonElement>('.practice-take');

  let progress = loadProgress();
  let current: { token: string; keys: string[]; state: PracticeState } | undefined;
  /** Records a choice made on the question on screen but not checked (it counts when the reader moves on). */
  let commitChoice: (() => void) | undefined;

  const urlFor = (params: Record<string, string>) => {
    const url = new URL(location.href);
    url.search = new URLSearchParams(params).toString();
    url.hash = '';
    return url.href;
  };
  const setTitle = (n: number) => {
    document.title = `${fill(s['practice.set.title']!, { total: n })} — ${baseTitle}`;
  };

  const save = (state: PracticeState) => {
    progress = withPractice(progress, state);
    saveProgress(progress);
  };

  const problemText = (problem: SetProblem) =>
    problem.kind === 'unknown' ? fill(s['practice.notice.unknown']!, { keys: problem.keys.join(', ') }) : s[`practice.notice.${problem.kind}`]!;

  /** Shows one question of the set in progress. */
  const showQuestion = (focus: boolean) => {
    const { keys, state } = current!;
    const item = items.get(keys[state.at]!)!;
    const li = item.template.cloneNode(true) as HTMLElement;
    li.querySelector('.quiz-number')?.remove();
    for (const input of li.querySelectorAll<HTMLInputElement>('input[type=radio]')) input.name = `practice-${item.key}`;
    slot.replaceChildren(li);
    $('.practice-progress').textContent = fill(s['practice.progress']!, { n: state.at + 1, total: keys.length });
    $('.practice-topic').textContent = fill(s['practice.topic']!, { topic: topicLabel(item.topic) });
    next.textContent = state.at + 1 < keys.length ? s['practice.next']! : s['practice.finish']!;

    // The answer and explanation open once the question is answered (no peeking inside a scored set).
    const details = li.querySelector<HTMLDetailsElement>('details')!;
    details.hidden = true;
    const lock = () => {
      for (const input of li.querySelectorAll<HTMLInputElement>('input[type=radio]')) input.disabled = true;
      details.hidden = false;
    };
    const words = (chosen: number) => (chosen === item.answer ? s['quiz.correct']! : fill(s['practice.wrong']!, { answer: item.answerText }));
    const saved = state.marks[state.at];
    if (saved !== undefined && saved !== 'x') {
      markAnswer(li, Number(saved), words(Number(saved)), false);
      lock();
    }
    const answer = (chosen: number, announce: boolean) => {
      const marks = current!.state.marks.split('');
      marks[state.at] = String(chosen);
      current!.state = { ...current!.state, marks: marks.join('') };
      progress = record(progress, item.slug, item.id, { chosen, correct: chosen === item.answer });
      save(current!.state);
      showProgress(progress);
      markAnswer(li, chosen, words(chosen), announce);
      lock();
    };
    li.querySelector('.quiz-check')!.addEventListener('click', () => {
      if (current!.state.marks[state.at] !== 'x') return;
      const chosen = li.querySelector<HTMLInputElement>('input[type=radio]:checked');
      if (!chosen) li.querySelector('.quiz-result')!.textContent = s['quiz.choose']!;
      else answer(Number(chosen.value), true);
    });
    commitChoice = () => {
      const chosen = li.querySelector<HTMLInputElement>('input[type=radio]:checked');
      if (chosen && current!.state.marks[state.at] === 'x') answer(Number(chosen.value), false);
    };
    if (focus) $('.practice-progress').focus();
  };

  /** Starts (or resumes, when this device holds it) the set `keys`. */
  const startRun = (token: string, keys: string[], { fresh = false, focus = false } = {}) => {
    const stored = progress.practice;
    const state: PracticeState =
      !fresh && stored?.set === token && stored.marks.length === keys.length ? stored : { set: token, marks: 'x'.repeat(keys.length), at: 0 };
    current = { token, keys, state };
    save(state);
    setTitle(keys.length);
    if (state.at >= keys.length) {
      showResult(token, keys, answersOf(state.marks), false, focus);
      return;
    }
    result.hidden = true;
    run.hidden = false;
    $('#practice-run-title').textContent = fill(s['practice.set.title']!, { total: keys.length });
    $<HTMLInputElement>('#practice-set-link').value = urlFor({ set: token });
    showQuestion(false);
    if (focus) $('#practice-run-title').focus();
  };

  next.addEventListener('click', () => {
    if (!current) return;
    commitChoice?.();
    current.state = { ...current.state, at: current.state.at + 1 };
    save(current.state);
    if (current.state.at < current.keys.length) showQuestion(true);
    else showResult(current.token, current.keys, answersOf(current.state.marks), false, true);
  });

  /** The score by topic, with the sections to reread; `shared` when it came from a result link. */
  const showResult = (token: string, keys: string[], answers: Answers, shared: boolean, focus: boolean) => {
    const questions = keys.map((k) => items.get(k)!);
    const sc = score(questions, answers, topics.map((t) => t.id));
    run.hidden = true;
    result.hidden = false;
    setTitle(keys.length);
    $('#practice-result-title').textContent = fill(s[shared ? 'practice.shared.title' : 'practice.result.title']!, { correct: sc.correct, total: sc.total });
    const skipped = sc.total - sc.answered;
    $('.practice-skipped').hidden = skipped === 0;
    $('.practice-skipped').textContent = fill(s['practice.skipped']!, { n: skipped });
    $('.practice-shared-intro').hidden = !shared;
    $('.practice-result-share').hidden = shared;
    $<HTMLInputElement>('#practice-result-link').value = urlFor({ set: token, result: encodeResult(token, answers) });
    take.textContent = shared ? s['practice.take']! : s['practice.retake']!;
    take.onclick = () => {
      history.pushState(null, '', urlFor({ set: token }));
      notice.textContent = '';
      startRun(token, keys, { fresh: true, focus: true });
    };
    const rows = sc.topics.map((t) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = topicLabel(t.topic);
      const td = document.createElement('td');
      td.textContent = `${t.correct} / ${t.total}`;
      const reread = document.createElement('td');
      const sections = new Map(t.missed.map((k) => [items.get(k)!.learnHref, items.get(k)!.learnTitle]));
      if (sections.size === 0) reread.textContent = s['practice.table.none']!;
      else {
        const ul = document.createElement('ul');
        for (const [href, title] of sections) {
          const a = document.createElement('a');
          a.href = href;
          a.textContent = title;
          const li = document.createElement('li');
          li.append(a);
          ul.append(li);
        }
        reread.append(ul);
      }
      tr.append(th, td, reread);
      return tr;
    });
    result.querySelector('tbody')!.replaceChildren(...rows);
    if (focus) $('#practice-result-title').focus();
  };

  const freshSet = (why: string) => {
    notice.textContent = `${why} ${s['practice.notice.fresh']}`;
    const keys = pickQuestions(pool, topics.map((t) => t.id), DEFAULT_COUNT, randomSeed());
    const token = encodeSet(keys);
    history.replaceState(null, '', urlFor({ set: token }));
    startRun(token, keys);
  };

  /** Reads the URL: a result link, a set link, or nothing (the form to build a set). */
  const route = () => {
    const params = new URLSearchParams(location.search);
    const setToken = params.get('set');
    const resultToken = params.get('result');
    run.hidden = true;
    result.hidden = true;
    if (setToken === null) {
      current = undefined;
      document.title = baseTitle;
      return;
    }
    const set = decodeSet(setToken, known);
    if (!set.ok) return freshSet(problemText(set.problem));
    if (resultToken !== null) {
      const answers = decodeResult(resultToken, setToken, set.value.map((k) => items.get(k)!.choices));
      if (answers.ok) return showResult(setToken, set.value, answers.value, true, false);
      notice.textContent = s['practice.notice.result']!;
      history.replaceState(null, '', urlFor({ set: setToken }));
    }
    startRun(setToken, set.value);
  };

  const form = $<HTMLFormElement>('.practice-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input[name=topic]:checked')].map((i) => i.value);
    const error = $('#practice-form-error');
    const boxes = form.querySelector('fieldset')!;
    if (chosen.length === 0) {
      error.textContent = s['practice.build.none']!;
      boxes.setAttribute('aria-describedby', 'practice-form-error');
      form.querySelector<HTMLInputElement>('input[name=topic]')!.focus();
      return;
    }
    error.textContent = '';
    const raw = form.querySelector<HTMLSelectElement>('select[name=count]')!.value;
    const keys = pickQuestions(pool, chosen, raw === 'all' ? pool.length : Number(raw), randomSeed());
    const token = encodeSet(keys);
    history.pushState(null, '', urlFor({ set: token }));
    notice.textContent = '';
    startRun(token, keys, { fresh: true, focus: true });
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>('.practice-copy')) {
    button.addEventListener('click', () => {
      const input = document.getElementById(button.dataset.copy!) as HTMLInputElement;
      input.select();
      const status = document.getElementById('copy-status');
      navigator.clipboard?.writeText(input.value).then(
        () => {
          button.dataset.copied = s['link.copied']!;
          if (status) status.textContent = s['link.copied']!;
          setTimeout(() => {
            delete button.dataset.copied;
            if (status) status.textContent = '';
          }, 2500);
        },
        () => undefined,
      );
    });
  }

  addEventListener('popstate', () => {
    notice.textContent = '';
    route();
  });
  route();
}
