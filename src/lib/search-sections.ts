import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import type { Term } from './glossary.ts';
import type { Fact } from './facts.ts';
import { headingVariants, sectionTerms, type Locale } from './search-variants.ts';

/**
 * A built page cut into the records the search index holds: one per section (`h2`/`h3` with an id),
 * one per glossary entry, and one for the text before the first section (the page itself, without an
 * anchor). Each record links to its own anchor, so a result lands on the section that teaches the term
 * and never on `#page-title`. The self-check questions are left out: their wording repeats the terms a
 * section teaches, and a result should open the teaching, not a question about it.
 */
export interface SearchRecord {
  /** Site-relative URL with the anchor: `/aurora/#storage`, `/en/glossary/#term-quorum`. */
  url: string;
  locale: Locale;
  /**
   * `intro`: the text before the first section; `section`: a section that teaches; `glossary`: one
   * glossary entry; `reference`: a section that lists (the glossary's topic headings, the generated
   * sources and changes lists).
   */
  kind: 'intro' | 'section' | 'glossary' | 'reference';
  /** The section heading (or the glossary term; the page title for the intro). */
  title: string;
  /** The page title. */
  page: string;
  /** For an `h3` section, the heading of the `h2` section it belongs to. */
  parent?: string;
  text: string;
  /** Ids of the registered facts the record shows (`<Fact>` and the other fact components mark them `data-fact`). */
  facts: string[];
}

const SKIP = new Set(['script', 'style', 'template', 'svg', 'nav', 'button', 'input', 'select', 'textarea', 'noscript']);
const BLOCK = new Set(['p', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'div', 'section', 'article', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'blockquote', 'pre', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary', 'legend', 'fieldset', 'label', 'caption']);

/** Classes of the generated lists (the glossary, the sources and changes lists): a section holding one is a reference. */
const LISTS = ['glossary', 'fact-list'];
/**
 * The heading id of the key-numbers box that ends a page (`KeyNumbers.astro`): it repeats figures the
 * sections above teach, so it is a reference, not the section a search should open.
 */
const SUMMARY_IDS = new Set(['key-numbers']);

const hasClass = (el: Element, name: string) => {
  const c = el.properties.className;
  return Array.isArray(c) && c.includes(name);
};
const ignored = (el: Element) => el.properties.dataPagefindIgnore !== undefined || SKIP.has(el.tagName);

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && ignored(node)) return '';
  const inner = node.children.map((c) => textOf(c as Nodes)).join('');
  return node.type === 'element' && BLOCK.has(node.tagName) ? ` ${inner} ` : inner;
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

function find(node: Nodes, test: (el: Element) => boolean): Element | undefined {
  if (node.type === 'element' && test(node)) return node;
  if (node.type !== 'element' && node.type !== 'root') return undefined;
  for (const c of node.children) {
    const hit = find(c as Nodes, test);
    if (hit) return hit;
  }
  return undefined;
}

/** Cuts one built page (its HTML and its site-relative URL, e.g. `/en/aurora/`) into search records. */
export function recordsOf(html: string, pageUrl: string): SearchRecord[] {
  const tree: Root = fromHtml(html);
  const htmlEl = find(tree, (el) => el.tagName === 'html');
  const lang = String(htmlEl?.properties.lang ?? '');
  if (lang !== 'ko' && lang !== 'en') throw new Error(`${pageUrl}: <html lang="${lang}"> is neither ko nor en`);
  const body = find(tree, (el) => el.properties.dataPagefindBody !== undefined);
  if (!body) return [];
  const h1 = find(body, (el) => el.tagName === 'h1');
  const page = h1 ? tidy(textOf(h1)) : '';
  if (!page) throw new Error(`${pageUrl}: the page has no <h1> title inside data-pagefind-body`);

  const records: SearchRecord[] = [];
  let current: SearchRecord = { url: pageUrl, locale: lang, kind: 'intro', title: page, page, text: '', facts: [] };
  let h2 = '';
  // Inside the self-check section nothing is recorded until the next section heading.
  let quiz = false;
  const start = (kind: SearchRecord['kind'], id: string, title: string, parent?: string) => {
    if (!quiz) records.push(current);
    current = { url: `${pageUrl}#${id}`, locale: lang, kind, title, page, text: '', facts: [], ...(parent ? { parent } : {}) };
  };

  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      current.text += node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (ignored(node) || node === h1) return;
      const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      if (id && (node.tagName === 'h2' || node.tagName === 'h3')) {
        const title = tidy(textOf(node));
        if (node.tagName === 'h2') h2 = title;
        start(SUMMARY_IDS.has(id) ? 'reference' : 'section', id, title, node.tagName === 'h3' ? h2 : undefined);
        quiz = id === 'self-check';
        return;
      }
      if (LISTS.some((name) => hasClass(node, name)) && current.kind === 'section') current.kind = 'reference';
      const fact = node.properties.dataFact;
      if (typeof fact === 'string' && !current.facts.includes(fact)) current.facts.push(fact);
      if (id && hasClass(node, 'glossary-item')) {
        const dt = find(node, (el) => el.tagName === 'dt');
        const name = dt ? find(dt, (el) => el.tagName === 'span') : undefined;
        start('glossary', id, tidy(textOf(name ?? node)));
      }
      if (BLOCK.has(node.tagName)) current.text += ' ';
    }
    for (const c of node.children) walk(c as Nodes);
    if (node.type === 'element' && BLOCK.has(node.tagName)) current.text += ' ';
  };
  walk(body);
  if (!quiz) records.push(current);
  // A section heading is worth a record even with no text of its own (its subsections hold the text).
  return records.map((r) => ({ ...r, text: tidy(r.text) })).filter((r) => r.text.length > 0 || r.kind === 'section' || r.kind === 'intro');
}

const noFacts = (id: string): Fact => {
  throw new Error(`search index: a record shows fact "${id}" but no fact lookup was given`);
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** How much a word in each kind of record counts (Pagefind's data-pagefind-weight; 1 is ordinary text). */
export const TEXT_WEIGHT: Record<SearchRecord['kind'], number> = { intro: 1, section: 1, glossary: 0.5, reference: 0.5 };

/** `slug#id` of a section record, as glossary entries name the section that teaches them. */
export function anchorOf(url: string): string {
  const [path, id = ''] = url.split('#');
  const slug = path!.replace(/^\/(en\/)?/, '').replace(/\/$/, '') || 'index';
  return `${slug}#${id}`;
}

/**
 * The HTML Pagefind indexes for one record. A section's heading is its `h1` (Pagefind's title, weighted
 * 7) and its hidden spellings are metadata fields weighted at search time (`heading`: its heading
 * without spaces and in runs of words, and the other spellings of a glossary term it names; `terms`: what
 * it teaches, `words`: their words; `context`: the page and enclosing section; `uses`: other terms it
 * mentions; `facts`: the figures and statement words of the registered facts it shows, `factOf` looking
 * them up). The text before the first section carries the page title,
 * as written and in runs of words, as `intro` (weighted less than a section's heading, so "Backtrack"
 * opens the section on backtrack, not the page whose title names it among others). Glossary entries and reference lists carry no title and
 * lighter text, so the section that teaches a term ranks above them.
 */
export function recordHtml(record: SearchRecord, glossary: Term[], factOf: (id: string) => Fact = noFacts): string {
  const meta = (name: string, value: string) => (value ? `<p data-pagefind-meta="${name}">${escape(value)}</p>` : '');
  let head = '';
  let hidden = meta('page', record.page);
  if (record.kind === 'section') {
    const context = [record.page, ...(record.parent ? [record.parent] : [])];
    const facts = record.facts.map((id) => factOf(id));
    const terms = sectionTerms({ anchor: anchorOf(record.url), heading: record.title, text: record.text, context, facts }, glossary, record.locale);
    head = `<h1>${escape(record.title)}</h1>`;
    hidden +=
      meta('heading', terms.heading.join(' ')) +
      meta('terms', terms.teaches.join(' ')) +
      meta('words', terms.teachesWords.join(' ')) +
      meta('context', terms.context.join(' ')) +
      meta('uses', terms.uses.join(' ')) +
      meta('facts', terms.facts.join(' '));
  } else if (record.kind === 'intro') {
    hidden += meta('intro', [record.title, ...headingVariants(record.title)].join(' '));
  } else {
    hidden += meta('entry', record.title);
  }
  return (
    `<!doctype html><html lang="${record.locale}"><head><meta charset="utf-8"></head><body><main data-pagefind-body>` +
    `${head}<div data-pagefind-ignore>${hidden}</div>` +
    `<p data-pagefind-weight="${TEXT_WEIGHT[record.kind]}">${escape(record.text)}</p>` +
    `</main></body></html>`
  );
}
