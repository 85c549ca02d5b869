import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';

interface BuiltPage {
  /** Path under the output folder, with forward slashes: `en/aurora/index.html`. */
  file: string;
  /** The URL path the page is served at, base included: `/rds-study/en/aurora/`. */
  url: string;
  lang: string;
  ids: Set<string>;
  tree: Root;
}

/** Every HTML file under `dir` (Pagefind's and Astro's asset folders aside), as paths relative to `root`, `/`-separated. */
export function htmlFiles(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name === 'pagefind' || name === '_astro') continue;
      out.push(...htmlFiles(path, root));
    } else if (name.endsWith('.html')) out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

/** Where the reader should look for a problem found in a built page. */
export function sourceOf(file: string): string {
  if (file === '404.html') return 'src/pages/404.astro';
  if (file === 'en/404/index.html') return 'src/pages/en/404.astro';
  const m = /^(en\/)?(.*?)(?:\/)?index\.html$/.exec(file);
  if (!m) return file;
  const locale = m[1] ? 'en' : 'ko';
  return `content/${locale}/${m[2] || 'index'}.mdx`;
}

function load(outDir: string, base: string): BuiltPage[] {
  return htmlFiles(outDir).map((file) => {
    const tree = fromHtml(readFileSync(join(outDir, file), 'utf8'));
    const html = select('html', tree);
    const ids = new Set(selectAll('[id]', tree).map((el) => String(el.properties.id)));
    const url = base + file.replace(/index\.html$/, '');
    return { file, url, lang: String(html?.properties.lang ?? ''), ids, tree };
  });
}

/** The text inside an element, for naming it in a message. */
function textOf(node: Element | Root | { type: string; value?: string }): string {
  if ('children' in node) return node.children.map((c) => textOf(c as Element)).join('');
  return node.type === 'text' ? (node.value ?? '') : '';
}

const attr = (el: Element, name: string): string | undefined => {
  const v = el.properties[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? v.join(' ') : undefined;
};

/**
 * Checks a built site: every internal link and `#anchor` points at something that exists; a page's body
 * links only to pages in its own language; nothing is struck through by accident (`<del>`); nothing is
 * loaded from another origin. Returns one message
 * per problem, each naming the source file.
 */
export function checkBuiltSite(outDir: string, base: string, site: string): string[] {
  const pages = load(outDir, base);
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const origin = new URL(site).origin;
  const problems: string[] = [];

  for (const page of pages) {
    const where = `${sourceOf(page.file)} (built as ${page.file})`;
    const pageUrl = new URL(page.url, origin);
    const body = select('[data-pagefind-body]', page.tree);
    const bodyLinks = new Set(body ? selectAll('a[href]', body) : []);

    // Links, alternates, the canonical URL and the address a link preview shows (og:url).
    const links = [
      ...selectAll('a[href], link[href][rel~=alternate], link[href][rel~=canonical]', page.tree).map((el) => ({ a: el, href: attr(el, 'href')!, what: 'link' })),
      ...selectAll('meta[property="og:url"][content]', page.tree).map((el) => ({ a: el, href: attr(el, 'content')!, what: 'og:url' })),
    ];
    for (const { a, href, what } of links) {
      const target = new URL(href, pageUrl);
      if (target.origin !== origin || /^(mailto|tel):/.test(href)) continue;
      if (!target.pathname.startsWith(base)) {
        problems.push(`${where}: ${what} "${href}" leaves the site's base path ${base}`);
        continue;
      }
      const asset = !target.pathname.endsWith('/') && !target.pathname.endsWith('.html');
      if (asset) {
        if (!existsSync(join(outDir, decodeURIComponent(target.pathname.slice(base.length))))) {
          problems.push(`${where}: ${what} "${href}" points at a file that does not exist`);
        }
        continue;
      }
      const linked = target.pathname === pageUrl.pathname ? page : byUrl.get(target.pathname);
      if (!linked) {
        problems.push(`${where}: ${what} "${href}" points at a page that does not exist`);
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      if (id && !linked.ids.has(id)) {
        problems.push(`${where}: ${what} "${href}" points at #${id}, which ${sourceOf(linked.file)} does not have`);
      }
      if (bodyLinks.has(a) && linked.lang && page.lang && linked.lang !== page.lang) {
        problems.push(`${where}: the ${page.lang} page links to the ${linked.lang} page "${href}"; link to the ${page.lang} page instead`);
      }
    }

    // Markdown turns `~text~` into strikethrough: "0~35일 … 1~35일" once rendered as <del>. Nothing on
    // this site is struck through unless the element says so with data-meant.
    for (const el of selectAll('del, s, strike', page.tree)) {
      if (el.properties.dataMeant !== undefined) continue;
      const text = textOf(el).slice(0, 60);
      problems.push(`${where}: <${el.tagName}>${text ? ` around "${text}"` : ''} renders text struck through; a "~" pair in Markdown does this — write the range with <Fact> or escape it as \\~ (mark a deliberate one with data-meant)`);
    }

    for (const el of selectAll('script[src], img[src], link[rel~=stylesheet], link[rel~=icon], link[rel~=preload], link[rel~=modulepreload], iframe[src], source[src], video[src], audio[src]', page.tree)) {
      const ref = attr(el, 'src') ?? attr(el, 'href');
      if (!ref) continue;
      const target = new URL(ref, pageUrl);
      if (target.origin !== origin) {
        problems.push(`${where}: <${el.tagName}> loads "${ref}" from another origin; the site must not request anything off its own origin`);
      } else if (!existsSync(join(outDir, decodeURIComponent(target.pathname.slice(base.length))))) {
        problems.push(`${where}: <${el.tagName}> loads "${ref}", which is not in the build`);
      }
    }
  }
  return problems;
}
