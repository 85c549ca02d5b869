import { describe, expect, it } from 'vitest';
import { anchorOf, recordHtml, recordsOf } from './search-sections.ts';
import type { Term } from './glossary.ts';
import { getFact } from './facts.ts';

const page = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>x</title></head><body><nav>Menu Aurora</nav>` +
  `<div class="doc" data-pagefind-body><h1 id="page-title">Backups, restore and Backtrack</h1>${body}</div></body></html>`;

const note = page(
  '<p>How data comes back.</p>' +
    '<h2 id="backtrack">Aurora Backtrack<a href="#backtrack" data-pagefind-ignore>#</a></h2><p>Rewinds the cluster in place.</p>' +
    '<h3 id="backtrack-window">Backtrack window</h3><p>Up to <a class="fact" data-fact="aurora.backtrack.window" href="/en/sources/#aurora.backtrack.window">72 hours</a>.</p>' +
    '<h2 id="key-numbers">Key numbers</h2><p>72 hours</p>' +
    '<h2 id="self-check">Self-check</h2><ol><li><h3>Question</h3><p>Which feature rewinds Aurora? Backtrack.</p></li></ol>',
);

describe('recordsOf', () => {
  const records = recordsOf(note, '/en/backups/');

  it('makes one record per section, each linking to its own anchor, and one for the opening text', () => {
    expect(records.map((r) => [r.kind, r.url, r.title])).toEqual([
      ['intro', '/en/backups/', 'Backups, restore and Backtrack'],
      ['section', '/en/backups/#backtrack', 'Aurora Backtrack'],
      ['section', '/en/backups/#backtrack-window', 'Backtrack window'],
      ['reference', '/en/backups/#key-numbers', 'Key numbers'],
    ]);
    expect(records.map((r) => r.url)).not.toContain('/en/backups/#page-title');
    expect(records.find((r) => r.url.endsWith('#backtrack'))!.text).toBe('Rewinds the cluster in place.');
  });

  it('gives an h3 section the heading of its h2, and leaves out ignored text', () => {
    const window = records.find((r) => r.url.endsWith('#backtrack-window'))!;
    expect(window.parent).toBe('Aurora Backtrack');
    expect(records.some((r) => r.text.includes('#') || r.text.includes('Menu'))).toBe(false);
  });

  it('notes the registered facts each section shows', () => {
    expect(records.find((r) => r.url.endsWith('#backtrack-window'))!.facts).toEqual(['aurora.backtrack.window']);
    expect(records.find((r) => r.url.endsWith('#backtrack'))!.facts).toEqual([]);
  });

  it('leaves the self-check questions out of the index', () => {
    expect(records.some((r) => r.url.endsWith('#self-check') || r.text.includes('Which feature'))).toBe(false);
  });

  it('makes a glossary entry its own record and a section of lists a reference', () => {
    const glossary = recordsOf(
      page(
        '<h2 id="backup">Backups, restore, Backtrack</h2><dl class="glossary">' +
          '<div class="glossary-item" id="term-backtrack"><dt><span>Backtrack</span></dt><dd>Rewinds a cluster.</dd></div></dl>' +
          '<h2 id="aurora">Aurora</h2><ul class="fact-list fact-list-sources"><li id="aurora.backtrack.max">Backtrack goes back up to 72 hours.</li></ul>',
      ),
      '/en/glossary/',
    );
    // The topic heading above the entries holds no text of its own: no record.
    expect(glossary.map((r) => [r.kind, r.url, r.title])).toEqual([
      ['intro', '/en/glossary/', 'Backups, restore and Backtrack'],
      ['glossary', '/en/glossary/#term-backtrack', 'Backtrack'],
      ['reference', '/en/glossary/#aurora', 'Aurora'],
    ]);
  });

  it('names the page when its language or title is missing', () => {
    expect(() => recordsOf(page('<p>x</p>', 'fr'), '/fr/')).toThrow('/fr/: <html lang="fr"> is neither ko nor en');
    expect(() => recordsOf('<html lang="en"><body><div data-pagefind-body><p>x</p></div></body></html>', '/en/x/')).toThrow('/en/x/: the page has no <h1>');
  });
});

describe('recordHtml', () => {
  const term: Term = {
    id: 'backtrack',
    topic: 'backup',
    en: 'Backtrack',
    ko: '역추적',
    aliases: { ko: ['백트랙'], en: ['Aurora Backtrack', 'rewind'] },
    meaning: { ko: '클러스터를 되감는 기능입니다.', en: 'Rewinds a cluster in place.' },
    page: 'backups#backtrack',
  };
  const [intro, section] = recordsOf(note, '/en/backups/');

  it('titles a section with its heading and hides what it teaches in weighted fields', () => {
    const html = recordHtml(section!, [term]);
    expect(html).toContain('<h1>Aurora Backtrack</h1>');
    expect(html).toMatch(/data-pagefind-meta="terms">[^<]*\bbacktrack\b/);
    expect(html).toMatch(/data-pagefind-meta="terms">[^<]*\brewind\b/);
  });

  it("hides the figures of the facts a section shows, and fails naming the fact when it cannot look one up", () => {
    const window = recordsOf(note, '/en/backups/').find((r) => r.url.endsWith('#backtrack-window'))!;
    expect(recordHtml(window, [term], (id) => getFact(id))).toMatch(/data-pagefind-meta="facts">[^<]*\b72hours\b/);
    expect(() => recordHtml(window, [term])).toThrow('aurora.backtrack.window');
  });

  it('gives the opening text no title of its own, so a section named by the page title outranks it', () => {
    const html = recordHtml(intro!, [term]);
    expect(html).not.toContain('<h1>');
    // The title as written and in runs of words, as a learner may type it without spaces.
    expect(html).toMatch(/data-pagefind-meta="intro">Backups, restore and Backtrack [^<]*\bbackupsrestore\b/);
  });

  it('anchors records the way the glossary names the section that teaches a term', () => {
    expect(anchorOf('/en/backups/#backtrack')).toBe('backups#backtrack');
    expect(anchorOf('/aurora/#storage')).toBe('aurora#storage');
    expect(anchorOf('/en/')).toBe('index#');
  });
});
