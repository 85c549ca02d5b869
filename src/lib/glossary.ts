import data from '../../content/glossary.json';
import { expandFacts } from './facts.ts';
import { parseGlossary, type Term } from './glossary-schema.ts';

export { parseGlossary, termSchema, TOPICS, type Term, type Topic } from './glossary-schema.ts';

/** A meaning may show a registered figure with `{fact:id}` (see content/facts/README.md). */
function withFacts(term: Term, file = 'content/glossary.json'): Term {
  const where = `${file}: term ${term.id} field meaning`;
  const meaning = { ko: expandFacts(term.meaning.ko, 'ko', `${where}.ko`), en: expandFacts(term.meaning.en, 'en', `${where}.en`) };
  for (const lang of ['ko', 'en'] as const) {
    if (meaning[lang].length > 200) throw new Error(`${where}.${lang}: ${meaning[lang].length} characters once its facts are filled in; keep a meaning to 200`);
  }
  return { ...term, meaning };
}

export const glossary: Term[] = parseGlossary(data).map((t) => withFacts(t));
