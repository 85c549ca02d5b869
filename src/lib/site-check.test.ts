import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite, sourceOf } from './site-check.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-check-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}
const page = (lang: string, body: string, head = '') =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body><main><div data-pagefind-body>${body}</div></main></body></html>`;

describe('checkBuiltSite', () => {
  const ok = {
    'index.html': page('ko', '<h2 id="a">A</h2><a href="/b/#c">b</a>'),
    'b/index.html': page('ko', '<h2 id="c">C</h2>'),
    'en/index.html': page('en', '<h2 id="a">A</h2><a href="/en/b/">b</a>'),
    'en/b/index.html': page('en', '<h2 id="c">C</h2>', '<link rel="alternate" hreflang="ko" href="https://x.org/b/">'),
  };

  it('passes a consistent site', () => {
    expect(checkBuiltSite(site(ok), '/', 'https://x.org')).toEqual([]);
  });

  it('reports a link to a missing page, naming the source file', () => {
    const problems = checkBuiltSite(site({ ...ok, 'index.html': page('ko', '<a href="/nope/">x</a>') }), '/', 'https://x.org');
    expect(problems).toEqual(['content/ko/index.mdx (built as index.html): link "/nope/" points at a page that does not exist']);
  });

  it("reports a page's og:url that points at a page that does not exist", () => {
    const notFound = page('ko', '<p>없음</p>', '<meta property="og:url" content="https://x.org/404/">');
    const problems = checkBuiltSite(site({ ...ok, '404.html': notFound }), '/', 'https://x.org');
    expect(problems).toEqual(['src/pages/404.astro (built as 404.html): og:url "https://x.org/404/" points at a page that does not exist']);
    const fine = page('ko', '<p>b</p>', '<meta property="og:url" content="https://x.org/b/">');
    expect(checkBuiltSite(site({ ...ok, 'b/index.html': fine.replace('<p>b</p>', '<h2 id="c">C</h2>') }), '/', 'https://x.org')).toEqual([]);
  });

  it('reports a missing anchor, naming the page that lacks it', () => {
    const problems = checkBuiltSite(site({ ...ok, 'index.html': page('ko', '<a href="/b/#zzz">x</a>') }), '/', 'https://x.org');
    expect(problems[0]).toContain('#zzz, which content/ko/b.mdx does not have');
  });

  it('reports a Korean page linking into /en/ and the reverse', () => {
    const problems = checkBuiltSite(
      site({ ...ok, 'index.html': page('ko', '<a href="/en/b/">x</a>'), 'en/index.html': page('en', '<a href="/b/">y</a>') }),
      '/',
      'https://x.org',
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/content\/en\/index\.mdx.*the en page links to the ko page "\/b\/"/);
    expect(problems[1]).toMatch(/content\/ko\/index\.mdx.*the ko page links to the en page "\/en\/b\/"/);
  });

  it('reports text struck through by a stray "~" pair, unless marked as meant', () => {
    const struck = page('ko', '<p>보존 기간 0<del>35일, Aurora는 1</del>35일</p><p><del data-meant="">old</del></p>');
    const problems = checkBuiltSite(site({ ...ok, 'b/index.html': struck.replace('<p>', '<h2 id="c">C</h2><p>') }), '/', 'https://x.org');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/content\/ko\/b\.mdx .*<del> around "35일, Aurora는 1" renders text struck through/);
  });

  it('reports anything loaded from another origin', () => {
    const problems = checkBuiltSite(
      site({ ...ok, 'b/index.html': page('ko', '<h2 id="c">C</h2>', '<link rel="stylesheet" href="https://fonts.example.com/a.css">') }),
      '/',
      'https://x.org',
    );
    expect(problems[0]).toContain('loads "https://fonts.example.com/a.css" from another origin');
  });

  it('checks links against the base path', () => {
    const files = { 'index.html': page('ko', '<a href="/other/">x</a><a href="/rds-study/b/">y</a>'), 'b/index.html': page('ko', '') };
    expect(checkBuiltSite(site(files), '/rds-study/', 'https://x.org')).toEqual([
      'content/ko/index.mdx (built as index.html): link "/other/" leaves the site\'s base path /rds-study/',
    ]);
  });
});

describe('sourceOf', () => {
  it('maps built files back to their sources', () => {
    expect(sourceOf('en/aurora/index.html')).toBe('content/en/aurora.mdx');
    expect(sourceOf('index.html')).toBe('content/ko/index.mdx');
    expect(sourceOf('404.html')).toBe('src/pages/404.astro');
  });
});
