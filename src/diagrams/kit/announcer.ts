/**
 * A polite live region. The region itself is rendered on the server inside
 * the figure (`role="status"`, so it is polite and atomic); this only sets
 * its words. Saying the same words twice clears the region first, so screen
 * readers announce the repeat.
 */

export interface LiveRegion {
  textContent: string | null;
}

export type Defer = (task: () => void) => void;

export interface Announcer {
  announce(message: string): void;
  /** The words the region holds, or will hold once a repeat lands. */
  current(): string;
}

const defaultDefer: Defer = (task) => {
  setTimeout(task, 80);
};

export function createAnnouncer(region: LiveRegion, defer: Defer = defaultDefer): Announcer {
  let wanted = region.textContent ?? '';
  let generation = 0;
  return {
    announce(message) {
      generation += 1;
      wanted = message;
      if ((region.textContent ?? '') !== message) {
        region.textContent = message;
        return;
      }
      const mine = generation;
      region.textContent = '';
      defer(() => {
        if (mine === generation) region.textContent = message;
      });
    },
    current: () => wanted,
  };
}
