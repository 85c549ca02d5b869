/**
 * Reduced motion. When the reader asks for less motion, every transition
 * duration becomes 0 and views draw the end state at once. The answer follows
 * the system setting live, not just at load.
 */

export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** The part of MediaQueryList this needs; a real MediaQueryList fits. */
export interface MotionQuery {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: (event: { readonly matches: boolean }) => void): void;
  removeEventListener(type: 'change', listener: (event: { readonly matches: boolean }) => void): void;
}

export interface Motion {
  reduced(): boolean;
  /** `ms`, or 0 when motion is reduced. */
  duration(ms: number): number;
  subscribe(listener: (reduced: boolean) => void): () => void;
  destroy(): void;
}

export function createMotion(query: MotionQuery | null): Motion {
  let reduced = query?.matches ?? false;
  const listeners = new Set<(reduced: boolean) => void>();
  const onChange = (event: { readonly matches: boolean }): void => {
    if (event.matches === reduced) return;
    reduced = event.matches;
    for (const listener of [...listeners]) listener(reduced);
  };
  query?.addEventListener('change', onChange);
  return {
    reduced: () => reduced,
    duration: (ms) => (reduced ? 0 : Math.max(0, ms)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      query?.removeEventListener('change', onChange);
      listeners.clear();
    },
  };
}

/** Motion for a window; without matchMedia, motion is allowed. */
export function motionFor(win: { matchMedia?: (query: string) => MotionQuery } | undefined): Motion {
  const query = typeof win?.matchMedia === 'function' ? win.matchMedia(REDUCED_MOTION_QUERY) : null;
  return createMotion(query);
}
