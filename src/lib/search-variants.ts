/**
 * Spellings learners type for the site's terms, derived from the glossary, the section headings and
 * the fact registry (no hand-kept list per query). The build indexes them as hidden, weighted text of each section
 * (`src/integrations/search-index.ts`); the search box compares what the reader typed with the same
 * compact keys (`src/lib/search-terms.ts`).
 */
import type { Term } from './glossary.ts';
import { formatValue } from './fact-format.ts';
import { statementText, type Fact } from './facts.ts';
import { compact, stripParticle } from './search-terms.ts';

export { compact };

export type Locale = 'ko' | 'en';

const HANGUL = /[\uac00-\ud7a3]/;

/** The words of a phrase, split where a reader would put a space or a hyphen. */
function words(phrase: string): string[] {
  return phrase.split(/[\s\-‐-―/]+/).filter(Boolean);
}

/**
 * The initials learners abbreviate a multi-word English term to: "Point-in-time recovery" → "pitr",
 * "Read replica" → "rr", "Copy-on-write" → "cow". A word already written in capitals stays whole,
 * so "Multi-AZ" → "maz". Korean phrases and single words have none.
 */
export function acronym(phrase: string): string | undefined {
  const parts = words(phrase);
  if (parts.length < 2 || parts.length > 5) return undefined;
  if (!parts.every((w) => /^[A-Za-z][A-Za-z0-9]*$/.test(w))) return undefined;
  return parts.map((w) => (/^[A-Z0-9]{2,4}$/.test(w) ? w : w[0]!)).join('').toLowerCase();
}

/**
 * A phrase and what its brackets hold, as separate spellings:
 * "Aurora 용량 단위(ACU)" → "Aurora 용량 단위", "ACU"; "TTL (time to live)" → "TTL", "time to live".
 */
export function unbracket(phrase: string): string[] {
  const inner = [...phrase.matchAll(/[(（]([^)）]+)[)）]/g)].map((m) => m[1]!.trim());
  const outer = phrase.replace(/\s*[(（][^)）]*[)）]\s*/g, ' ').replace(/\s+/g, ' ').trim();
  return [outer, ...inner].filter((s) => s.length > 0);
}

/** The spellings of one glossary term a reader of this language might type. */
export function termSpellings(term: Term, locale: Locale): string[] {
  const raw = locale === 'ko' ? [term.ko, term.en, ...term.aliases.ko, ...term.aliases.en] : [term.en, ...term.aliases.en];
  return [...new Set(raw.flatMap(unbracket))];
}

/**
 * Every variant of one glossary term: the whole spellings (compact, and initials; two-letter initials
 * only of its English name) and, separately, the words they are made of.
 */
export function termVariants(term: Term, locale: Locale): { whole: string[]; words: string[] } {
  const primary = new Set(unbracket(term.en));
  const spellings = termSpellings(term, locale);
  const whole = new Set(spellings.flatMap((s) => spellingVariants(s, { shortInitials: primary.has(s) })));
  const parts = new Set(spellings.flatMap(spellingWords));
  return { whole: [...whole], words: [...parts].filter((w) => !whole.has(w)) };
}

/**
 * What one spelling adds to the index: its compact key and, for English phrases, the initials (of
 * three or more letters, unless `shortInitials`). `spellingWords` gives its words.
 */
export function spellingVariants(spelling: string, { shortInitials = false } = {}): string[] {
  const out = new Set<string>();
  const key = compact(spelling);
  if (key.length >= 2) out.add(key);
  // Two letters ("rr") only for a term's own English name: "ap" for an alias such as "Automatic pause"
  // would match far more than anyone means by it.
  const initials = acronym(spelling);
  if (initials && (initials.length >= 3 || shortInitials)) out.add(initials);
  return [...out];
}

/** The words of a spelling: a transliteration such as "레플리카" is a word the page may never use. */
export function spellingWords(spelling: string): string[] {
  return words(spelling)
    .map(compact)
    .filter((w) => w.length >= 2);
}

/**
 * What a heading adds: the compact heading and each run of two to six of its words, compacted, so
 * "읽기 전용 복제본 승격" is also found as "읽기전용복제본" and "복제본승격".
 */
export function headingVariants(heading: string, longestRun = 6): string[] {
  const parts = heading
    .split(/[\s:：,、·/()（）\-–—]+/)
    .filter((w) => w.length > 0)
    .map((w) => compact(stripParticle(w)))
    .filter(Boolean);
  const out = new Set<string>();
  const whole = parts.join('');
  if (whole.length >= 2) out.add(whole);
  for (let n = 2; n <= longestRun; n++) {
    for (let i = 0; i + n <= parts.length; i++) out.add(parts.slice(i, i + n).join(''));
  }
  return [...out];
}

/**
 * What a registered fact adds to the section that shows it: its figure as a reader of `locale` types it
 * (`1초`, `35일`, `100ms`; a range also by its ends) and the words of its statement, without particles.
 * A section that shows `monitoring.enhanced.min-interval` is then found by "확장 모니터링 1초" even where its
 * own text lists the intervals in another form.
 */
export function factVariants(fact: Fact, locale: Locale): { figures: string[]; words: string[] } {
  const figures = new Set<string>();
  if (fact.value !== undefined && fact.unit && fact.unit !== 'date') {
    const shown = [fact.value, ...(typeof fact.value === 'object' ? [fact.value.min, fact.value.max] : [])];
    for (const v of shown) {
      const key = compact(formatValue(v, fact.unit, locale));
      if (key.length >= 2) figures.add(key);
    }
  }
  const words = new Set(
    statementText(fact, locale)
      .split(/[\s,()（）·/:;]+/)
      .map((w) => compact(stripParticle(w)))
      .filter((w) => w.length >= 2 && !/^\d+$/.test(w)),
  );
  return { figures: [...figures], words: [...words].filter((w) => !figures.has(w)) };
}

/** Does the section's text use this spelling? Korean may carry a particle; English must start a word. */
export function mentions(text: string, spelling: string): boolean {
  const hay = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  const needle = spelling.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  if (needle.length < 2) return false;
  if (HANGUL.test(needle[0]!)) return hay.includes(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}`, 'u').test(hay);
}

export interface SectionTerms {
  /** The heading, compact and in runs of words. */
  heading: string[];
  /** Whole spellings of the glossary terms this section teaches (the glossary names it as their page). */
  teaches: string[];
  /** The words those spellings are made of. */
  teachesWords: string[];
  /** The page title and the enclosing section's heading, compact and in runs of words. */
  context: string[];
  /** Spellings of the other glossary terms the section uses in its text. */
  uses: string[];
  /** The figures and statement words of the registered facts the section shows. */
  facts: string[];
}

/**
 * The hidden spellings of one section. `anchor` is `slug#id` as glossary pages are written.
 * Spellings already in the text as written are left out of `uses` (the text is indexed anyway).
 */
export function sectionTerms(
  input: { anchor: string; heading: string; text: string; context: string[]; facts?: Fact[] },
  glossary: Term[],
  locale: Locale,
): SectionTerms {
  const heading = new Set(headingVariants(input.heading));
  // A heading that names a glossary term by its own name also carries the term's other spellings:
  // "읽기 전용 복제본도 다중 AZ로" is what a reader means by "읽기 복제본 다중 AZ" or "read replica multi-az".
  // Aliases do not count here: a one-word alias such as "복제본" would tie every heading about any replica.
  for (const term of glossary) {
    const names = [...(locale === 'ko' ? unbracket(term.ko) : []), ...unbracket(term.en)];
    if (names.some((s) => mentions(input.heading, s))) for (const v of termVariants(term, locale).whole) heading.add(v);
  }
  const teaches = new Set<string>();
  const teachesWords = new Set<string>();
  const uses = new Set<string>();
  // The page title and the enclosing heading count as text here: "오로라 장애조치" finds Aurora's
  // failover section although the section itself never repeats "Aurora".
  const seen = [input.text, ...input.context].join(' ');
  for (const term of glossary) {
    if (term.page === input.anchor) {
      const { whole, words: parts } = termVariants(term, locale);
      for (const v of whole) teaches.add(v);
      for (const v of parts) teachesWords.add(v);
    } else if (termSpellings(term, locale).some((s) => mentions(seen, s))) {
      const { whole, words: parts } = termVariants(term, locale);
      for (const v of [...whole, ...parts]) uses.add(v);
    }
  }
  const inText = new Set(input.text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const context = new Set(input.context.flatMap((c) => headingVariants(c, 3)));
  const facts = new Set<string>();
  for (const fact of input.facts ?? []) {
    const { figures, words: parts } = factVariants(fact, locale);
    for (const v of figures) facts.add(v);
    for (const v of parts) if (!inText.has(v)) facts.add(v);
  }
  return {
    heading: [...heading],
    teaches: [...teaches],
    teachesWords: [...teachesWords].filter((v) => !teaches.has(v)),
    context: [...context].filter((v) => !heading.has(v)),
    uses: [...uses].filter((v) => !teaches.has(v) && !teachesWords.has(v) && !heading.has(v) && !inText.has(v)),
    facts: [...facts].filter((v) => !heading.has(v) && !teaches.has(v)),
  };
}

/**
 * Every key the search box can recognise in a query, for one language: glossary spellings, headings and
 * the figures of the registered facts (so "1 초" is read as "1초").
 */
export function lexicon(glossary: Term[], headings: string[], locale: Locale, facts: Fact[] = []): string[] {
  const keys = new Set<string>();
  for (const fact of facts) for (const v of factVariants(fact, locale).figures) keys.add(v);
  for (const term of glossary) {
    const { whole, words: parts } = termVariants(term, locale);
    for (const v of [...whole, ...parts]) keys.add(v);
  }
  for (const h of headings) for (const v of headingVariants(h)) keys.add(v);
  return [...keys].filter((k) => k.length >= 2).sort();
}
