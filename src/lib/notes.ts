import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { LOCALES, type Locale } from '../i18n/index.ts';
import { compareOutlines, emptyPages, missingTranslations, type PageHeading } from './pairs.ts';
import { questionFiles, sectionProblems } from './questions.ts';

export type NoteEntry = CollectionEntry<'notes'>;

export interface Note {
  locale: Locale;
  slug: string;
  entry: NoteEntry;
  file: string;
}

function toNote(entry: NoteEntry): Note {
  const [locale, ...rest] = entry.id.split('/');
  return { locale: locale as Locale, slug: rest.join('/') || 'index', entry, file: entry.filePath ?? `content/${entry.id}.mdx` };
}

/** The URL of a page, with the site's base path and language prefix. */
export function noteHref(locale: Locale, slug: string): string {
  return getRelativeLocaleUrl(locale, slug === 'index' ? '' : `${slug}/`);
}

let checked: Promise<Note[]> | undefined;

/**
 * All notes, checked once per build: every page has a body and exists in both languages, each pair has the same
 * outline (headings, levels, anchor ids), and every self-check question points at a real section. A
 * problem fails the build naming the files.
 */
export function allNotes(): Promise<Note[]> {
  checked ??= (async () => {
    const notes = (await getCollection('notes')).map(toNote);
    const problems = [...missingTranslations(notes, LOCALES), ...emptyPages(notes.map((n) => ({ file: n.file, body: n.entry.body })))];
    const ko = notes.filter((n) => n.locale === 'ko');
    const headingIds = new Map<string, Set<string>>();
    for (const note of ko) {
      const other = notes.find((n) => n.locale === 'en' && n.slug === note.slug);
      if (!other) continue;
      const [a, b] = await Promise.all([render(note.entry), render(other.entry)]);
      headingIds.set(note.slug, new Set((a.headings as PageHeading[]).map((h) => h.slug)));
      const diff = compareOutlines(
        { file: note.file, headings: a.headings as PageHeading[] },
        { file: other.file, headings: b.headings as PageHeading[] },
      );
      if (diff) problems.push(diff);
      if (note.entry.data.order !== other.entry.data.order) {
        problems.push(`${note.file} has order ${note.entry.data.order} but ${other.file} has ${other.entry.data.order}`);
      }
    }
    if (!problems.length) problems.push(...sectionProblems(questionFiles, headingIds));
    for (const locale of LOCALES) {
      const seen = new Map<number, string>();
      for (const n of notes.filter((x) => x.locale === locale)) {
        const clash = seen.get(n.entry.data.order);
        if (clash) problems.push(`${n.file} and ${clash} have the same order ${n.entry.data.order}`);
        seen.set(n.entry.data.order, n.file);
      }
    }
    if (problems.length) throw new Error(`Content check failed:\n- ${problems.join('\n- ')}`);
    return notes;
  })();
  return checked;
}

export async function notesIn(locale: Locale): Promise<Note[]> {
  return (await allNotes()).filter((n) => n.locale === locale).sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** The title of every `##`/`###` section in a language, by `slug#id`. */
export async function sectionTitles(locale: Locale): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const note of await notesIn(locale)) {
    const { headings } = await render(note.entry);
    for (const h of headings as PageHeading[]) if (h.depth === 2 || h.depth === 3) titles.set(`${note.slug}#${h.slug}`, h.text);
  }
  return titles;
}
