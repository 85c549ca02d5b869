/**
 * How wide a label will be, estimated without a browser (layouts run on the
 * server too): Hangul is full width, capitals and m/w about 0.72 em, other
 * Latin letters, digits and signs a little over half an em. Layouts use it to
 * choose what fits in a bar, to keep words inside the picture and to wrap.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    em += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(ch) ? 1 : /[A-Zmw]/.test(ch) ? 0.72 : 0.56;
  }
  return em * size;
}

/** `text` broken at spaces into lines no wider than `width` at `size` units (a word longer than that keeps its own line). */
export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Like `wrap`, but a part between `separator`s starts a new line unless the whole part fits after the line before. */
export function wrapAt(text: string, width: number, size: number, separator = ' · '): string[] {
  const lines: string[] = [];
  for (const part of text.split(separator)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last}${separator}${part}`, size) <= width) lines[lines.length - 1] = `${last}${separator}${part}`;
    else lines.push(...wrap(part, width, size));
  }
  return lines;
}
