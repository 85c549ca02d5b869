import { koSynonyms } from './search-synonyms.ts';

/**
 * Korean particles (조사) that follow a noun. Pagefind matches words by prefix but has no Korean
 * stemmer, so a query word that carries one particle misses text where the noun carries another
 * (`트랜잭션이` vs `트랜잭션을`). Longest first.
 */
const PARTICLES = [
  '에서부터', '에서는', '에서도', '으로는', '으로도', '으로서', '으로써', '에게서', '까지는', '부터는', '이라는', '이라고',
  '에서', '으로', '에게', '까지', '부터', '처럼', '보다', '마다', '이나', '이란', '라는', '와의', '과의', '에는', '에도',
  '로는', '로도', '이며', '이고', '이다', '하고',
  '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '만', '로', '나', '랑',
];

const HANGUL = /[\uac00-\ud7a3]/;
const syllables = (s: string) => [...s].filter((c) => HANGUL.test(c)).length;

/** Drops a trailing particle from one word when a stem of two or more characters is left. */
export function stripParticle(word: string): string {
  if (!HANGUL.test(word.at(-1) ?? '')) return word;
  for (const p of PARTICLES) {
    if (!word.endsWith(p)) continue;
    const stem = word.slice(0, -p.length);
    const latinStem = /[a-z0-9]$/i.test(stem);
    if (latinStem ? stem.length >= 2 : syllables(stem) >= 2) return stem;
  }
  return word;
}

const phrases = Object.keys(koSynonyms).sort((a, b) => b.length - a.length);

/**
 * Turns what a reader typed into what Pagefind should look up. On the Korean site: English terms and
 * learners' spellings become the term the pages use (`Read Replica` → `읽기 전용 복제본`), and each word
 * loses its particle. The English site searches as typed.
 */
export function normalizeQuery(query: string, locale: 'ko' | 'en'): string {
  let q = query.trim().replace(/\s+/g, ' ');
  if (locale !== 'ko') return q;
  let lower = q.toLowerCase();
  for (const phrase of phrases) {
    const at = lower.indexOf(phrase);
    if (at === -1) continue;
    const before = at === 0 || /[\s(]/.test(lower[at - 1]!);
    const after = at + phrase.length === lower.length || /[\s)]/.test(lower[at + phrase.length]!) || HANGUL.test(lower[at + phrase.length]!);
    if (!before || !after) continue;
    const replacement = koSynonyms[phrase]!;
    q = q.slice(0, at) + replacement + q.slice(at + phrase.length);
    lower = q.toLowerCase();
  }
  return q
    .split(' ')
    .map((w) => stripParticle(w))
    .join(' ');
}
