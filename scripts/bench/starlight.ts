/**
 * A reference Starlight site of the same pages, for `npm run bench -- --vs-starlight`.
 *
 * Generated in a throwaway folder outside the repository (default: <tmp>/rds-study-starlight): Starlight's
 * default setup, Korean as the root locale and English under /en/ (the same addresses as ours), one page
 * per content/<lang>/<slug>.mdx. What Starlight has no component for is turned into plain Markdown:
 * callouts become Starlight asides, <KeyNumbers> a heading, <Glossary> a list of the same terms, the
 * self-check questions a list with the answers in <details>; the interactive diagrams are left out (a
 * Starlight site would have no picture there), and mermaid fences stay code blocks, as Starlight shows them.
 *
 * Starlight is installed there from the npm registry with the same Astro version as ours; it never
 * becomes a dependency of this site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { factAreas, factValueText, getFact, textParts } from '../../src/lib/facts.ts';

export const STARLIGHT_VERSION = '0.42.4';

type Lang = 'ko' | 'en';
const LANGS: Lang[] = ['ko', 'en'];

interface Term {
  id: string;
  topic: string;
  ko: string;
  en: string;
  aliases: Record<Lang, string[]>;
  meaning: Record<Lang, string>;
  page: string;
}
interface Question {
  question: Record<Lang, string>;
  choices: Record<Lang, string>[];
  answer: number;
  explanation: Record<Lang, string>;
}

/** Text from our data files as MDX text: no JSX or expressions by accident. */
const esc = (text: string) => text.replace(/[<>{}]/g, (c) => `&#${c.charCodeAt(0)};`);

const readJson = <T>(file: string): T => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
};

const href = (lang: Lang, page: string) => {
  const [slug, id] = page.split('#');
  return `${lang === 'en' ? '/en' : ''}/${slug}/#${id}`;
};

function glossaryList(terms: Term[], topic: string, lang: Lang): string {
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  const also = lang === 'ko' ? '다른 표기' : 'Also searched as';
  const taught = lang === 'ko' ? '배우는 곳' : 'Where it is taught';
  return terms
    .filter((t) => t.topic === topic)
    .map((t) => {
      const name = t[other] !== t[lang] ? `**${t[lang]}** (${t[other]})` : `**${t[lang]}**`;
      const aliases = [...new Set([...t.aliases[lang], ...t.aliases[other]])];
      return `- ${esc(name)}: ${esc(t.meaning[lang])} [${taught}](${href(lang, t.page)})${aliases.length ? `\n\n  ${also}: ${esc(aliases.join(', '))}` : ''}`;
    })
    .join('\n');
}

function selfCheck(questions: Question[], lang: Lang, ui: Record<string, string>): string {
  const items = questions.map((q, n) => {
    const choices = q.choices.map((c) => `- ${esc(c[lang])}`).join('\n');
    const answer = `**${ui['quiz.answer.is']}: ${esc(q.choices[q.answer]![lang])}**\n\n${esc(q.explanation[lang])}`;
    return `**${n + 1}.** ${esc(q.question[lang])}\n\n${choices}\n\n<details>\n<summary>${ui['quiz.answer']}</summary>\n\n${answer}\n\n</details>`;
  });
  return `\n\n## ${ui['quiz.title']}\n\n${esc(ui['quiz.intro']!)}\n\n${items.join('\n\n')}\n`;
}

/** A fact's statement in one language, its values filled in from the registry (content/facts). */
const statement = (id: string, lang: Lang) => esc(textParts(getFact(id).statement[lang], lang, id).map((p) => p.text).join(''));

/** What a "changed since 2024" callout built from facts says: what it was, what it is, where AWS says so. */
function changed(ids: string, lang: Lang, ui: Record<string, string>): string {
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const f = getFact(id);
      const was = f.was ? `${esc(f.was[lang])} → ` : '';
      return `- ${was}${statement(id, lang)} ([${ui['callout.source']}](${f.source}))`;
    })
    .join('\n');
}

/** The facts of one area that changed since 2024 (the What-changed page), or all of them (Sources). */
function factList(area: string, kind: string, lang: Lang): string {
  const found = factAreas().find((a) => a.area === area);
  if (!found) throw new Error(`<FactList area="${area}">: no such area in content/facts`);
  return found.facts
    .filter((f) => kind !== 'changes' || f.was)
    .map((f) => `- ${f.was ? `${esc(f.was[lang])} → ` : ''}${statement(f.id, lang)} (${f.source})`)
    .join('\n');
}

const ASIDE: Record<string, string> = { changed: 'caution', note: 'note', tip: 'tip', exam: 'tip' };

/** Our MDX page as a Starlight page: front matter in Starlight's schema, our components as plain Markdown. */
export function toStarlight(
  text: string,
  file: string,
  ctx: { lang: Lang; ui: Record<string, string>; terms: Term[]; questions?: Question[] | undefined },
): string {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!fm) throw new Error(`${file}: no front matter`);
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(fm[1]!)?.[1]?.trim();
  const title = field('title');
  const description = field('description');
  const order = field('order');
  if (!title || !description || !order) throw new Error(`${file}: front matter needs title, description and order`);
  const label = field('sidebarLabel');
  const { lang, ui, terms, questions } = ctx;
  let body = text.slice(fm[0].length);
  body = body.replace(
    /<Callout\s+type="(\w+)"(?:\s+fact="([^"]*)")?(?:\s+source="([^"]*)")?\s*>([\s\S]*?)<\/Callout>/g,
    (_m, type: string, ids: string | undefined, source: string | undefined, inner: string) => {
      const aside = ASIDE[type];
      if (!aside) throw new Error(`${file}: <Callout type="${type}"> has no Starlight aside`);
      const cite = source ? `\n${ui['callout.source']}: [${source}](${source})\n` : '';
      const facts = ids ? `\n${changed(ids, lang, ui)}\n\n` : '';
      return `<Aside type="${aside}" title="${ui[`callout.${type}`]}">\n${facts}${inner.trim()}\n${cite}\n</Aside>`;
    },
  );
  body = body.replace(/<Callout\s+type="(\w+)"\s+fact="([^"]*)"\s*\/>/g, (_m, type: string, ids: string) => {
    const aside = ASIDE[type];
    if (!aside) throw new Error(`${file}: <Callout type="${type}"> has no Starlight aside`);
    return `<Aside type="${aside}" title="${ui[`callout.${type}`]}">\n\n${changed(ids, lang, ui)}\n\n</Aside>`;
  });
  body = body.replace(/<KeyNumbers\s+facts="([^"]*)"\s*\/>/g, (_m, ids: string) => `## ${ui['keynumbers.title']}\n\n${ids.split(/\s+/).filter(Boolean).map((id) => `- ${statement(id, lang)}`).join('\n')}\n`);
  body = body.replace(/<KeyNumbers>/g, `## ${ui['keynumbers.title']}\n`).replace(/<\/KeyNumbers>/g, '');
  body = body.replace(/<Fact\s+id="([^"]+)"\s*\/>/g, (_m, id: string) => esc(factValueText(id, lang, file)));
  body = body.replace(/<FactList\s+area="([^"]+)"\s+kind="(\w+)"\s*\/>/g, (_m, area: string, kind: string) => factList(area, kind, lang));
  body = body.replace(/<Glossary\s+topic="(\w+)"\s*\/>/g, (_m, topic: string) => glossaryList(terms, topic, lang));
  // The interactive diagrams: Starlight has nothing in their place.
  body = body.replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '');
  body = body.replace(/^(\s*)(`{3,}|~{3,})mermaid\b.*$/gm, '$1$2mermaid');
  const leftover = /<([A-Z][A-Za-z]*)\b/.exec(body.replace(/<Aside\b/g, ''));
  if (leftover) throw new Error(`${file}: <${leftover[1]}> has no plain-text form for the Starlight reference; add one in scripts/bench/starlight.ts`);
  const head = [
    '---',
    `title: ${title}`,
    `description: ${description}`,
    'sidebar:',
    `  order: ${order}`,
    ...(label ? [`  label: ${label}`] : []),
    '---',
    "import { Aside } from '@astrojs/starlight/components';",
    '',
  ];
  return head.join('\n') + body + (questions ? selfCheck(questions, lang, ui) : '');
}

function packageJson(astroVersion: string): string {
  return `${JSON.stringify(
    {
      name: 'rds-study-starlight-reference',
      private: true,
      type: 'module',
      dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION },
    },
    null,
    2,
  )}\n`;
}

function config(titles: Record<Lang, string>): string {
  return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: ${JSON.stringify(titles)},
      defaultLocale: 'root',
      locales: { root: { label: '한국어', lang: 'ko' }, en: { label: 'English', lang: 'en' } },
    }),
  ],
});
`;
}

const run = (cmd: string, argv: string[], cwd: string, what: string) => {
  const result = spawnSync(cmd, argv, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${what} failed in ${cwd} (exit ${result.status}); see the output above`);
};

/**
 * Writes the Starlight project from `repo`'s content/, installs it when its dependencies changed, builds
 * it, and returns the folder of the built site.
 */
export function buildStarlight(repo: string, dir = join(tmpdir(), 'rds-study-starlight')): string {
  const astroVersion = readJson<{ version: string }>(join(repo, 'node_modules/astro/package.json')).version;
  const ui = Object.fromEntries(LANGS.map((l) => [l, readJson<Record<string, string>>(join(repo, 'src/i18n', `${l}.json`))])) as Record<Lang, Record<string, string>>;
  const terms = readJson<Term[]>(join(repo, 'content/glossary.json'));
  mkdirSync(dir, { recursive: true });
  const pkg = packageJson(astroVersion);
  const installed = join(dir, 'node_modules/@astrojs/starlight/package.json');
  if (!existsSync(installed) || !existsSync(join(dir, 'package.json')) || readFileSync(join(dir, 'package.json'), 'utf8') !== pkg) {
    writeFileSync(join(dir, 'package.json'), pkg);
    console.log(`bench: installing astro@${astroVersion} and @astrojs/starlight@${STARLIGHT_VERSION} in ${dir}`);
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir, 'npm install');
  }
  writeFileSync(join(dir, 'astro.config.mjs'), config({ ko: ui.ko['site.title']!, en: ui.en['site.title']! }));
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  let count = 0;
  for (const lang of LANGS) {
    const from = join(repo, 'content', lang);
    for (const name of readdirSync(from).filter((f) => f.endsWith('.mdx'))) {
      const slug = name.replace(/\.mdx$/, '');
      const qFile = join(repo, 'content/questions', `${slug}.json`);
      const questions = existsSync(qFile) ? readJson<Question[]>(qFile) : undefined;
      const target = join(docs, lang === 'ko' ? '' : lang, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, toStarlight(readFileSync(join(from, name), 'utf8'), join(from, name), { lang, ui: ui[lang], terms, questions }));
      count++;
    }
  }
  console.log(`bench: building the Starlight reference (${count} pages) in ${dir}`);
  run(join(dir, 'node_modules/.bin/astro'), ['build'], dir, 'the Starlight build');
  return join(dir, 'dist');
}
