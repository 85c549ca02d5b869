/**
 * Two layouts per picture: the wide one (the server's picture, laptops and
 * tablets) and a narrow one for phones, drawn by the island once it knows the
 * figure's width. The narrow picture is NARROW_WIDTH units wide, so on a
 * 360 px phone (a picture ≈ 300 px wide) one unit is about one CSS pixel and
 * its text (frame.css: at least NARROW_TEXT units) stays ≥ 12 px.
 */

/** A figure narrower than this (CSS px) gets the narrow layout. */
export const NARROW_BELOW = 560;

/** The narrow picture's viewBox width. */
export const NARROW_WIDTH = 320;

/** The smallest text in a narrow picture, in its units (frame.css sets it). */
export const NARROW_TEXT = 14;

export type Fit = 'wide' | 'narrow';

/** Which layout a figure of `width` CSS px gets; 0 (not laid out yet) keeps the wide one. */
export function fitFor(width: number): Fit {
  return width > 0 && width < NARROW_BELOW ? 'narrow' : 'wide';
}

/**
 * Calls `change(fit)` whenever the element's width crosses NARROW_BELOW (not
 * on every resize). Returns the current fit and a stop function.
 */
export function watchFit(el: Element, change: (fit: Fit) => void): { readonly fit: Fit; stop(): void } {
  let fit = fitFor(el.getBoundingClientRect().width);
  if (typeof ResizeObserver === 'undefined') return { fit, stop: () => {} };
  const observer = new ResizeObserver(() => {
    const next = fitFor(el.getBoundingClientRect().width);
    if (next === fit) return;
    fit = next;
    change(fit);
  });
  observer.observe(el);
  return { fit, stop: () => observer.disconnect() };
}
