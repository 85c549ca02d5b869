import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Bad input must stop the build with a message naming the file and what is wrong. Each case copies a
 * small, valid fixture site (test/fixtures/minimal), breaks one thing, and builds it.
 */
const FIXTURE = join(import.meta.dirname, 'fixtures', 'minimal');
const work = mkdtempSync(join(tmpdir(), 'build-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(name: string, mutate: (dir: string) => void): { ok: boolean; output: string; raw: string } {
  const dir = join(work, name);
  cpSync(FIXTURE, dir, { recursive: true });
  mutate(dir);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: join(dir, 'out'), CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  // Strip terminal colour codes so messages can be matched.
  const raw = `${result.stdout}\n${result.stderr}`;
  const output = raw.replace(/\x1b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output, raw };
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('the build fails with a clear message on bad input', () => {
  it('builds the untouched fixture, without warnings an author cannot act on', () => {
    const { ok, output, raw } = build('valid', () => {});
    expect(ok, output).toBe(true);
    expect(output).not.toMatch(/MODULE_LEVEL_DIRECTIVE/);
    expect(raw).not.toMatch(/\x1b\[/);
  });

  it('malformed front matter: names the file and the field', () => {
    const { ok, output } = build('front-matter', (d) => edit(join(d, 'en/rds-basics.mdx'), (t) => t.replace(/order: 1/, 'order: first')));
    expect(ok).toBe(false);
    // The file and the line of the field, not Astro's `:0:0`.
    expect(output).toMatch(/en\/rds-basics\.mdx:4: order: /);
  });

  it('an MDX syntax error: names the content file and line, not a file inside Astro', () => {
    const { ok, output } = build('mdx-syntax', (d) =>
      edit(join(d, 'en/rds-basics.mdx'), (t) => {
        const lines = t.split('\n');
        lines.splice(8, 0, 'An unclosed expression {broken');
        return lines.join('\n');
      }),
    );
    expect(ok).toBe(false);
    // The broken line is 9; MDX reports where its parser gave up, at the end of that paragraph (line 9 or 10).
    expect(output).toMatch(/expected a corresponding closing brace[\s\S]*en\/rds-basics\.mdx:(9|10):\d+/);
  });

  it('a page with an empty body in both languages: names both files', () => {
    const { ok, output } = build('empty-body', (d) => {
      for (const locale of ['ko', 'en']) edit(join(d, `${locale}/rds-basics.mdx`), (t) => t.slice(0, t.indexOf('---', 3) + 4));
    });
    expect(ok).toBe(false);
    expect(output).toMatch(/ko\/rds-basics\.mdx has no body/);
    expect(output).toMatch(/en\/rds-basics\.mdx has no body/);
  });

  it('a page without its translation: names the page and the missing file', () => {
    const { ok, output } = build('missing-translation', (d) => rmSync(join(d, 'en/rds-basics.mdx')));
    expect(ok).toBe(false);
    expect(output).toMatch(/ko\/rds-basics\.mdx has no en counterpart: create content\/en\/rds-basics\.mdx/);
  });

  it('a pair whose sections differ: names both files and the section', () => {
    const { ok, output } = build('outline', (d) => edit(join(d, 'en/rds-basics.mdx'), (t) => t.replace('{/* #engines */}', '{/* #engine-list */}')));
    expect(ok).toBe(false);
    expect(output).toMatch(/section 1 differs: .*ko\/rds-basics\.mdx has h2 #engines .* but .*en\/rds-basics\.mdx has h2 #engine-list/);
  });

  it('a heading without an anchor id: names the file and line', () => {
    const { ok, output } = build('heading-id', (d) => edit(join(d, 'ko/rds-basics.mdx'), (t) => t.replace(' {/* #engines */}', '')));
    expect(ok).toBe(false);
    expect(output).toMatch(/ko\/rds-basics\.mdx:7: heading has no anchor id/);
  });

  it('a broken internal link and a broken anchor: names the file and the link', () => {
    const { ok, output } = build('links', (d) => {
      edit(join(d, 'ko/index.mdx'), (t) => t.replace('/rds-basics/#storage-autoscaling', '/rds-basic/'));
      edit(join(d, 'en/index.mdx'), (t) => t.replace('#storage-autoscaling', '#storage-auto-scaling'));
    });
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/ko\/index\.mdx \(built as index\.html\): link "\/rds-basic\/" points at a page that does not exist/);
    expect(output).toMatch(/content\/en\/index\.mdx .*points at #storage-auto-scaling, which content\/en\/rds-basics\.mdx does not have/);
    // Nothing deployable is left behind.
    expect(existsSync(join(work, 'links', 'out', 'index.html'))).toBe(false);
    expect(output).toMatch(/out\/? was removed so that it cannot be deployed/);
  });

  it('a Korean page linking into /en/: names the file', () => {
    const { ok, output } = build('cross-language', (d) => edit(join(d, 'ko/index.mdx'), (t) => t.replace('(/rds-basics/', '(/en/rds-basics/')));
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/ko\/index\.mdx .*the ko page links to the en page "\/en\/rds-basics\/#storage-autoscaling"/);
  });

  it('a question whose section is not a heading: names the question file and the question', () => {
    const { ok, output } = build('question-section', (d) => edit(join(d, 'questions/rds-basics.json'), (t) => t.replace('"section": "storage-autoscaling"', '"section": "autoscaling"')));
    expect(ok).toBe(false);
    expect(output).toMatch(/questions\/rds-basics\.json: question q2: section "autoscaling" is not a heading of .*ko\/rds-basics\.mdx/);
  });

  it('a mermaid syntax error: names the file and line', () => {
    const { ok, output } = build('mermaid', (d) => edit(join(d, 'en/rds-basics.mdx'), (t) => t.replace('a[App] --> b[(DB)]', 'a[App] --> --> b[(DB')));
    expect(ok).toBe(false);
    expect(output).toMatch(/en\/rds-basics\.mdx:15: mermaid syntax error/);
  });

  it('a fact id the registry does not have: names the file and line', () => {
    const { ok, output } = build('fact-id', (d) => edit(join(d, 'en/rds-basics.mdx'), (t) => t.replace('rds.backup.retention.cluster', 'rds.backup.retention.forever')));
    expect(ok).toBe(false);
    expect(output).toMatch(/en\/rds-basics\.mdx:13: <Fact id="…"> names unknown fact id "rds\.backup\.retention\.forever"/);
  });

  it('a mermaid label that does not fit its box: names the file, line and label', () => {
    // The note's text is set larger after mermaid has sized the note, so it spills out of its box.
    const figure = [
      '```mermaid caption="Failover" alt="The application writes; a note says the writer failed."',
      '%%{init: {"themeCSS": ".noteText { font-size: 40px !important; }"}}%%',
      'sequenceDiagram',
      '  participant App as 애플리케이션',
      '  Note over App: 라이터 장애 발생',
      '```',
    ].join('\n');
    const { ok, output } = build('mermaid-overflow', (d) => edit(join(d, 'ko/rds-basics.mdx'), (t) => `${t}\n${figure}\n`));
    expect(ok).toBe(false);
    expect(output).toMatch(/ko\/rds-basics\.mdx:\d+: mermaid figure label does not fit its box: "라이터 장애 발생" by [\d.]+px/);
    const line = readFileSync(join(work, 'mermaid-overflow', 'ko/rds-basics.mdx'), 'utf8').split('\n').indexOf(figure.split('\n')[0]!) + 1;
    expect(output).toContain(`ko/rds-basics.mdx:${line}:`);
  });

  it('a mermaid figure without a text alternative: names the file and line', () => {
    const { ok, output } = build('mermaid-alt', (d) => edit(join(d, 'ko/rds-basics.mdx'), (t) => t.replace(' alt="App talks to DB"', '')));
    expect(ok).toBe(false);
    expect(output).toMatch(/ko\/rds-basics\.mdx:15: mermaid figure needs alt=/);
  });
});
