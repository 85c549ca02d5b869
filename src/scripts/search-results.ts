import { Lexicon, normalizeQuery } from '../lib/search-terms.ts';

/** The part of Pagefind's JS API (`pagefind/pagefind.js`) used here. */
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * How much a match in each hidden field of a record counts (Pagefind's ranking.metaWeights; the fields
 * are written by `src/lib/search-sections.ts`): the section's heading (`title`, `heading`) and what it
 * teaches (`terms`) lift it above the page's opening text (`intro`, the page title), sections that only
 * use a term (`uses`) or sit on the same page (`context`), and glossary entries and lists (`entry`). The
 * figures and statement words of the registered facts a section shows (`facts`) count like its text.
 */
export const META_WEIGHTS = { title: 5, heading: 8, terms: 6, words: 2, intro: 2, facts: 1, context: 0.5, uses: 0.5, page: 0.3, entry: 0.3 };

/** Results shown (and fragments fetched) per query. */
const SHOWN = 8;

interface Strings {
  count: string;
  none: string;
  error: string;
  loading: string;
}

/**
 * Pagefind needs every word of a query to match. When a query finds nothing, the words that match
 * nothing on their own are dropped, then the words that are not known phrases; if the rest still find
 * nothing together, records are ranked by how many of the words they match, then by score.
 */
export async function find(pagefind: Pick<Pagefind, 'search'>, query: string, lexicon?: Lexicon): Promise<PagefindResult[]> {
  const words = query.split(' ').filter(Boolean);
  const all = (await pagefind.search(query))?.results ?? [];
  if (all.length > 0 || words.length < 2) return all;
  const each = await Promise.all(words.map(async (w) => (await pagefind.search(w))?.results ?? []));
  const useful = words.filter((_, i) => each[i]!.length > 0);
  if (useful.length >= 2 && useful.length < words.length) {
    const fewer = (await pagefind.search(useful.join(' ')))?.results ?? [];
    if (fewer.length > 0) return fewer;
  }
  const phrases = useful.filter((w) => lexicon?.has(w));
  if (phrases.length >= 2 && phrases.length < useful.length) {
    const fewer = (await pagefind.search(phrases.join(' ')))?.results ?? [];
    if (fewer.length > 0) return fewer;
  }
  const byId = new Map<string, { result: PagefindResult; hits: number; score: number }>();
  for (const list of each) {
    for (const result of list) {
      const seen = byId.get(result.id) ?? { result, hits: 0, score: 0 };
      seen.hits += 1;
      seen.score += result.score;
      byId.set(result.id, seen);
    }
  }
  return [...byId.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).map((e) => e.result);
}

/**
 * Pagefind matches a query word as a prefix, also inside the hidden fields, so `오로라` scores the same
 * for the section that teaches 오로라 (Aurora) and for one that teaches `오로라서버리스`. Of the results
 * loaded, those whose title words, whole heading or taught terms contain a query word exactly come first
 * (in Pagefind's order otherwise). Only sections count: a glossary entry, a list or a page's opening
 * text never jumps ahead of a section this way.
 */
export function exactFirst(results: ResultData[], query: string): ResultData[] {
  const words = query.split(' ').filter(Boolean);
  const exact = (d: ResultData) => {
    if (!d.meta.heading) return 0;
    const titleWords = (d.meta.title ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u);
    const own = new Set([...(d.meta.terms ?? '').split(' '), ...titleWords, d.meta.heading.split(' ')[0]]);
    return words.filter((w) => own.has(w)).length;
  };
  return results
    .map((d, i) => ({ d, i, n: exact(d) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((e) => e.d);
}

function resultItem(data: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const a = document.createElement('a');
  a.href = data.url;
  const title = document.createElement('span');
  title.className = 'search-result-title';
  const own = data.meta.title || data.meta.entry;
  // A page's opening text is the page itself: its title once, no page line under it.
  title.textContent = own || data.meta.page || data.url;
  a.append(title);
  if (own) {
    const page = document.createElement('span');
    page.className = 'search-result-page';
    page.textContent = data.meta.page ?? '';
    a.append(page);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  // Pagefind escapes the text of an excerpt and adds only <mark> elements.
  excerpt.innerHTML = data.excerpt;
  li.append(a, excerpt);
  return li;
}

/** Arrow keys move between the box and the result links; Home/End stay with the text box. */
function arrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      links()[0]!.focus();
    }
  });
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? all[at + 1] : all[at - 1];
    (next ?? (e.key === 'ArrowUp' ? input : all[at]!)).focus();
  });
}

/** Loads Pagefind and the query keys for this page's language, then searches as the reader types. */
export async function startSearch(dialog: HTMLDialogElement, input: HTMLInputElement): Promise<void> {
  const bundle = dialog.dataset.bundle!;
  const strings = JSON.parse(dialog.dataset.strings ?? '{}') as Strings;
  const status = dialog.querySelector<HTMLElement>('#search-status')!;
  const list = dialog.querySelector<HTMLElement>('#search-results')!;
  const locale = document.documentElement.lang === 'en' ? 'en' : 'ko';
  let pagefind: Pagefind;
  let lexicon: Lexicon;
  // Until the index is ready, what the reader types is answered with "loading" (and searched once ready).
  const waiting = () => {
    status.textContent = input.value.trim() ? strings.loading : '';
  };
  waiting();
  input.addEventListener('input', waiting);
  try {
    const keys = fetch(`${bundle}keys.${locale}.json`).then(async (r) => {
      if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
      return new Lexicon((await r.json()) as string[]);
    });
    pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: dialog.dataset.base ?? '/', excerptLength: 22, ranking: { metaWeights: META_WEIGHTS } });
    void pagefind.init();
    lexicon = await keys;
  } catch (e) {
    status.textContent = strings.error;
    throw e;
  } finally {
    input.removeEventListener('input', waiting);
  }

  let run = 0;
  const update = async () => {
    const mine = ++run;
    const typed = input.value.trim();
    const query = normalizeQuery(typed, locale, lexicon);
    if (!query) {
      list.replaceChildren();
      list.dataset.query = typed;
      status.textContent = '';
      return;
    }
    const results = await find(pagefind, query, lexicon);
    const data = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
    if (mine !== run) return;
    list.replaceChildren(...exactFirst(data, query).map(resultItem));
    list.dataset.query = typed;
    status.textContent = results.length ? strings.count.replace('{n}', String(results.length)) : strings.none.replace('{q}', typed);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 120);
  });
  arrowKeys(input, list);
  if (input.value.trim()) await update();
}
