import { convertQwertyToHangul, disassemble, josa } from 'es-hangul';

/**
 * Query normalisation for the search box. Pagefind matches each query word by prefix and needs every
 * word to match; it splits Korean only at spaces and has no Korean stemmer. So before searching:
 * particles are dropped, words are joined or split to the spellings the index knows (the compact keys
 * of `search-variants.ts`), Korean typed with the keyboard in English mode is read as Korean, and a
 * transliteration one letter off a known one is taken as that one.
 */

type JosaOption = Parameters<typeof josa.pick>[1];

/**
 * Korean particles (조사) that follow a noun, longest first. Pagefind has no Korean stemmer, so a query
 * word that carries one particle misses text where the noun carries another (`트랜잭션이` vs `트랜잭션을`).
 */
const PARTICLES = [
  '에서부터', '에서는', '에서도', '으로는', '으로도', '으로서', '으로써', '에게서', '까지는', '부터는', '이라는', '이라고',
  '에서', '으로', '에게', '까지', '부터', '처럼', '보다', '마다', '이나', '이란', '라는', '와의', '과의', '에는', '에도',
  '로는', '로도', '이며', '이고', '이다', '하고', '이랑',
  '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '만', '로', '나', '랑',
];

/** Particles whose form depends on the noun's last syllable, and the pair es-hangul picks from. */
const PAIRED: [string, JosaOption][] = [
  ['으로', '으로/로'], ['이나', '이나/나'], ['이란', '이란/란'], ['이랑', '이랑/랑'], ['이라', '이라/라'],
  ['이', '이/가'], ['가', '이/가'], ['을', '을/를'], ['를', '을/를'], ['은', '은/는'], ['는', '은/는'],
  ['과', '와/과'], ['와', '와/과'], ['로', '으로/로'], ['나', '이나/나'], ['라', '이라/라'], ['랑', '이랑/랑'],
];

const HANGUL = /[\uac00-\ud7a3]/;
const syllables = (s: string) => [...s].filter((c) => HANGUL.test(c)).length;

/** Is this the particle the stem takes (`프록시로`, `스냅샷으로`; not `게이트웨`+`이`)? Latin stems take either. */
function fits(stem: string, particle: string): boolean {
  if (!HANGUL.test(stem.at(-1) ?? '')) return true;
  const pair = PAIRED.find(([head]) => particle.startsWith(head));
  return !pair || josa.pick(stem, pair[1]) === pair[0];
}

/** Drops a trailing particle from one word when a stem of two or more characters is left. */
export function stripParticle(word: string): string {
  if (!HANGUL.test(word.at(-1) ?? '')) return word;
  for (const p of PARTICLES) {
    if (!word.endsWith(p)) continue;
    const stem = word.slice(0, -p.length);
    const latinStem = /[a-z0-9]$/i.test(stem);
    if ((latinStem ? stem.length >= 2 : syllables(stem) >= 2) && fits(stem, p)) return stem;
  }
  return word;
}

/**
 * The form a typed phrase and an indexed spelling are compared in: NFC, lower case, without spaces,
 * hyphens, dots, slashes, brackets or quotes. "Read-Replica", "read replica" and "readreplica" are one key;
 * so are "읽기 전용 복제본" and "읽기전용복제본".
 */
export function compact(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-‐-―_.·・/\\()（）[\]{}'"‘’“”,:;!?~*+&|]+/g, '');
}

/** The keys of one language (`search-variants.ts` writes them at build time), ready for lookups. */
export class Lexicon {
  readonly keys: ReadonlySet<string>;
  private readonly sorted: string[];
  private readonly hangulKeys: { key: string; jamo: string }[];

  constructor(keys: Iterable<string>) {
    this.sorted = [...new Set(keys)].sort();
    this.keys = new Set(this.sorted);
    this.hangulKeys = this.sorted.filter((k) => HANGUL.test(k) && /^[\uac00-\ud7a3]+$/.test(k)).map((key) => ({ key, jamo: disassemble(key) }));
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Does some key start with this (the way Pagefind matches a query word)? */
  startsSome(prefix: string): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted[lo]!.startsWith(prefix);
  }

  /**
   * Splits a word written without spaces into known keys, longest first: `오로라장애조치` → 오로라, 장애조치.
   * A rest the keys do not cover may stay at the end (`오로라장애조치시간` → …, 시간). Undefined when fewer
   * than two keys are found.
   */
  segment(word: string): string[] | undefined {
    // English words split only into keys of three or more letters, with nothing left over
    // (`multiazcluster` → multiaz, cluster; `pause` stays whole).
    const latin = !HANGUL.test(word);
    const parts: string[] = [];
    let at = 0;
    while (at < word.length) {
      let found = '';
      for (let end = word.length; end > at + (latin ? 2 : 1); end--) {
        const piece = word.slice(at, end);
        if (this.keys.has(piece)) {
          found = piece;
          break;
        }
      }
      if (!found) break;
      parts.push(found);
      at += found.length;
    }
    if (parts.length === 0) return undefined;
    if (at < word.length) {
      if (latin) return undefined;
      const rest = stripParticle(word.slice(at));
      if (syllables(rest) + rest.replace(/[\uac00-\ud7a3]/g, '').length < 2) return parts.length >= 2 ? parts : undefined;
      parts.push(rest);
    }
    return parts.length >= 2 ? parts : undefined;
  }

  /**
   * The known Korean key nearest to a transliteration that matches none, compared letter by letter
   * (자모): `엘라스틱캐시` → `엘라스티캐시`. One letter may differ in a word of three or more syllables,
   * two in one of six or more.
   */
  nearest(word: string): string | undefined {
    const n = syllables(word);
    if (n < 3 || !/^[\uac00-\ud7a3]+$/.test(word)) return undefined;
    const allowed = n >= 6 ? 2 : 1;
    const jamo = disassemble(word);
    let best: string | undefined;
    let bestDistance = allowed + 1;
    for (const { key, jamo: other } of this.hangulKeys) {
      if (Math.abs(other.length - jamo.length) > allowed || key[0] !== word[0]) continue;
      const d = distance(jamo, other, allowed);
      if (d < bestDistance) {
        best = key;
        bestDistance = d;
      }
    }
    return best;
  }
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds the limit. */
function distance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const EMPTY = new Lexicon([]);

/**
 * Words of a question that no section is about ("how long does … take", "… 얼마나 걸려"). Pagefind needs
 * every word to match, so they are left out of a query that has other words. Words that are part of a
 * known phrase ("what is a cache", "single az to multi az") are joined into it before this applies.
 */
const FILLERS = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'be', 'do', 'does', 'did', 'can', 'how', 'what', 'which', 'why', 'when', 'where',
  'vs', 'versus', 'of', 'to', 'in', 'on', 'for', 'with', 'and', 'or', 'per', 'by', 'from', 'at', 'long', 'take', 'takes', 'it', 'my', 'i',
  '얼마나', '걸려', '걸리나', '걸리나요', '걸려요', '뭐야', '뭐예요', '뭔가요', '무엇인가요', '어떻게', '하나요', '되나요', '있나요',
]);

/** Is the word one the index is likely to know (a key, or the start of one)? */
const known = (lexicon: Lexicon, word: string) => lexicon.has(word) || lexicon.startsSome(word);

/**
 * The key an English plural stands for: `readreplicas` → `readreplica`, `caches` → `cache` (the index
 * keeps the glossary's singular spellings, and the Korean index has no English stemmer).
 */
function keyOf(lexicon: Lexicon, key: string): string | undefined {
  if (lexicon.has(key)) return key;
  if (!/^[a-z0-9]+s$/.test(key)) return undefined;
  for (const singular of [key.slice(0, -1), key.replace(/es$/, '')]) if (singular.length >= 3 && lexicon.has(singular)) return singular;
  return undefined;
}

/** One typed word, read: Korean typed in English keyboard mode becomes Korean; a particle is dropped. */
function readWord(word: string, locale: 'ko' | 'en', lexicon: Lexicon): string {
  if (locale === 'ko' && /^[a-z]+$/i.test(word) && word.length >= 3 && !known(lexicon, word.toLowerCase())) {
    const hangul = convertQwertyToHangul(word.toLowerCase());
    if (/^[\uac00-\ud7a3]+$/.test(hangul)) {
      const stem = stripParticle(hangul);
      if (known(lexicon, stem) || lexicon.segment(stem)) return stem;
    }
  }
  return stripParticle(word);
}

/**
 * Turns what a reader typed into what Pagefind should look up: words read (`readWord`), then runs of
 * words whose compact form is a key (or an English plural of one) joined (`read replica` → `readreplica`,
 * `read replicas` → `readreplica`, `읽기 전용복제본` → `읽기전용복제본`), then unknown words split into keys or
 * matched to the nearest transliteration.
 */
export function normalizeQuery(query: string, locale: 'ko' | 'en', lexicon: Lexicon = EMPTY): string {
  const typed = query
    .normalize('NFC')
    .replace(/[?!？！.,;:"“”'‘’()（）]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const words = typed.map((w) => readWord(w, locale, lexicon));
  const filler = typed.map((w, i) => FILLERS.has(w.toLowerCase()) || FILLERS.has(words[i]!.toLowerCase()));
  const out: string[] = [];
  const fillers: string[] = [];
  for (let i = 0; i < words.length; ) {
    let joined = 0;
    let phrase = '';
    for (let j = Math.min(words.length, i + 6); j > i + 1; j--) {
      const key = keyOf(lexicon, compact(words.slice(i, j).join('')));
      if (key) {
        joined = j;
        phrase = key;
        break;
      }
    }
    if (joined) {
      out.push(phrase);
      i = joined;
      continue;
    }
    const word = words[i]!;
    const key = compact(word);
    if (filler[i++]) {
      fillers.push(word.toLowerCase());
      continue;
    }
    if (!key) continue;
    if (known(lexicon, key) || lexicon.keys.size === 0) {
      out.push(/[-‐-―/]/.test(word) ? key : word.toLowerCase());
      continue;
    }
    const singular = keyOf(lexicon, key);
    if (singular) {
      out.push(singular);
      continue;
    }
    const parts = lexicon.segment(key);
    if (parts) {
      out.push(...parts);
      continue;
    }
    out.push(lexicon.nearest(key) ?? word.toLowerCase());
  }
  return [...new Set(out.length ? out : fillers)].join(' ');
}
