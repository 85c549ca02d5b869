import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * The font mermaid figures are measured and drawn with. It comes from a package dependency, not from the
 * building machine, so a machine without a Korean font builds the same figures; each SVG carries a subset
 * of it, so readers see the same glyph widths the boxes were sized for.
 */
export interface FigureFont {
  /** CSS family name used inside the renderer page and inside every SVG. */
  family: string;
  /** Package name, version and a hash of the font files: part of every figure's cache key. */
  id: string;
  regular: Buffer;
  bold: Buffer;
}

export const FIGURE_FONT_FAMILY = 'RdsFigureSans';

let loaded: FigureFont | undefined;

/** `package@version#hash`: the hash covers the font files' bytes, so a changed file changes the id. */
export function fontIdentity(name: string, version: string, files: Buffer[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file);
  return `${name}@${version}#${hash.digest('hex').slice(0, 12)}`;
}

/** Pretendard (SIL Open Font License), regular and bold, from the `pretendard` package. */
export function figureFont(): FigureFont {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('pretendard/package.json'));
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  // OpenType (CFF) files: subsetting them is several times faster than subsetting the WOFF2 files.
  const file = (weight: string) => join(root, 'dist', 'public', 'static', `Pretendard-${weight}.otf`);
  const regular = readFileSync(file('Regular'));
  const bold = readFileSync(file('Bold'));
  loaded = { family: FIGURE_FONT_FAMILY, id: fontIdentity(name, version, [regular, bold]), regular, bold };
  return loaded;
}

function fontFace(family: string, weight: number, data: Buffer, format: 'opentype' | 'woff2'): string {
  const mime = format === 'woff2' ? 'font/woff2' : 'font/otf';
  return `@font-face{font-family:"${family}";font-weight:${weight};font-style:normal;src:url(data:${mime};base64,${data.toString('base64')}) format("${format}")}`;
}

/** `@font-face` rules with the whole font, for the page that measures the figures. */
export function fullFontFaces(font: FigureFont): string {
  return fontFace(font.family, 400, font.regular, 'opentype') + fontFace(font.family, 700, font.bold, 'opentype');
}

/**
 * `@font-face` rules with only the characters a figure draws (per weight), to embed in its SVG. A weight
 * with no text gets no rule.
 */
export async function subsetFontFaces(font: FigureFont, text: { regular: string; bold: string }): Promise<string> {
  const rules: string[] = [];
  for (const [weight, chars, data] of [[400, text.regular, font.regular], [700, text.bold, font.bold]] as const) {
    if (!chars) continue;
    const subset = await subsetFont(data, chars, { targetFormat: 'woff2' });
    rules.push(fontFace(font.family, weight, subset, 'woff2'));
  }
  return rules.join('');
}
