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
