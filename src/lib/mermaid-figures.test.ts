import { describe, expect, it } from 'vitest';
import { figureFont, fontIdentity } from './figure-font.ts';
import { figureKey, findFigures, minDisplayWidth } from './mermaid-figures.ts';

describe('figure cache key', () => {
  const code = 'flowchart LR\n  a["애플리케이션"] --> b[(DB)]';

  it('names the packaged font by package, version and file hash', () => {
    expect(figureFont().id).toMatch(/^pretendard@\d+\.\d+\.\d+#[0-9a-f]{12}$/);
  });

  it('font identity follows the bytes of the font files, not only the version', () => {
    const a = Buffer.from('font A');
    expect(fontIdentity('pretendard', '1.3.9', [a])).toBe(fontIdentity('pretendard', '1.3.9', [Buffer.from('font A')]));
    expect(fontIdentity('pretendard', '1.3.9', [a])).not.toBe(fontIdentity('pretendard', '1.3.9', [Buffer.from('font B')]));
    expect(fontIdentity('pretendard', '1.3.9', [a])).not.toBe(fontIdentity('pretendard', '1.4.0', [a]));
  });

  it('changes when the font changes, so boxes sized for one font are never reused for another', () => {
    const font = figureFont().id;
    expect(figureKey(code, font)).toBe(figureKey(code, font));
    expect(figureKey(code, font)).not.toBe(figureKey(code, font.replace(/#.*/, '#000000000000')));
    expect(figureKey(code, font)).not.toBe(figureKey(code, 'pretendard@9.9.9' + font.slice(font.indexOf('#'))));
    expect(figureKey(code)).toBe(figureKey(code, font));
  });

  it('changes with the mermaid source but not with surrounding blank lines', () => {
    expect(figureKey(code)).not.toBe(figureKey(code.replace('DB', 'Cache')));
    expect(figureKey(`\n${code}\n`)).toBe(figureKey(code));
  });
});

describe('findFigures', () => {
  it('finds each mermaid fence with the line it starts on', () => {
    const text = ['# t', '', '```mermaid caption="a" alt="b"', 'flowchart LR', '  a --> b', '```', '', '~~~mermaid', 'sequenceDiagram', '~~~'].join('\n');
    expect(findFigures(text, 'x.mdx')).toEqual([
      { code: 'flowchart LR\n  a --> b', file: 'x.mdx', line: 3 },
      { code: 'sequenceDiagram', file: 'x.mdx', line: 8 },
    ]);
  });

  it('names the file and line of a fence that is never closed', () => {
    expect(() => findFigures('text\n```mermaid\nflowchart LR', 'y.mdx')).toThrow('y.mdx:2: mermaid fence is never closed');
  });
});

describe('minDisplayWidth', () => {
  it('lets a figure shrink only as far as keeps its smallest text at 11 px', () => {
    expect(minDisplayWidth({ width: 1600, height: 400, minFontPx: 16 })).toBe(1100);
    expect(minDisplayWidth({ width: 320, height: 400, minFontPx: 16 })).toBe(220);
  });

  it('never asks for more than the natural width, even with text already below 11 px', () => {
    expect(minDisplayWidth({ width: 500, height: 400, minFontPx: 9 })).toBe(500);
  });
});
