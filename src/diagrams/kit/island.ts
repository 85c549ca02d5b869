/**
 * Lazy islands. A diagram's figure is wrapped in
 * `<diagram-island data-diagram="quorum">`; the page ships only this file
 * and a one-line registration. When the element first comes near the
 * viewport, its view module is imported and mounted, so diagram code loads
 * only for readers who reach it.
 *
 *   registerDiagram('quorum', () => import('../quorum/view'));
 */

/** What a view module exports. `mount` returns a clean-up function. */
export interface DiagramView<R = HTMLElement> {
  mount(root: R): (() => void) | void;
}

export type ViewLoader<R = HTMLElement> = () => Promise<DiagramView<R>>;

/** Calls `onVisible` once, the first time `el` is near the viewport; returns a cancel function. */
export type WhenVisible<R = HTMLElement> = (el: R, onVisible: () => void) => () => void;

export interface Registry<R = HTMLElement> {
  register(name: string, loader: ViewLoader<R>): void;
  /** Resolves once a loader with this name is registered (scripts may run in any order). */
  loaderFor(name: string): Promise<ViewLoader<R>>;
}

export function createRegistry<R = HTMLElement>(): Registry<R> {
  const loaders = new Map<string, ViewLoader<R>>();
  const waiting = new Map<string, Array<(loader: ViewLoader<R>) => void>>();
  return {
    register(name, loader) {
      loaders.set(name, loader);
      for (const resolve of waiting.get(name) ?? []) resolve(loader);
      waiting.delete(name);
    },
    loaderFor(name) {
      const known = loaders.get(name);
      if (known) return Promise.resolve(known);
      return new Promise((resolve) => {
        waiting.set(name, [...(waiting.get(name) ?? []), resolve]);
      });
    },
  };
}

export interface Island {
  /** Stops waiting (if not yet visible) or unmounts the view. */
  stop(): void;
  /** Settles after the view has mounted; rejects if loading or mounting failed. */
  readonly mounted: Promise<void>;
}

/** Waits for visibility, then loads the named view and mounts it on `root`. */
export function startIsland<R>(root: R, name: string, registry: Registry<R>, whenVisible: WhenVisible<R>): Island {
  let stopped = false;
  let unmount: (() => void) | null = null;
  let cancelWatch: (() => void) | null = null;
  const mounted = new Promise<void>((resolve, reject) => {
    cancelWatch = whenVisible(root, () => {
      cancelWatch = null;
      if (stopped) return;
      registry
        .loaderFor(name)
        .then((load) => load())
        .then((view) => {
          if (stopped) return;
          unmount = view.mount(root) ?? null;
          resolve();
        })
        .catch(reject);
    });
  });
  return {
    stop() {
      stopped = true;
      cancelWatch?.();
      cancelWatch = null;
      unmount?.();
      unmount = null;
    },
    mounted,
  };
}

interface ObserverEntry {
  readonly isIntersecting: boolean;
}
interface ObserverLike {
  observe(el: Element): void;
  disconnect(): void;
}
export type ObserverConstructor = new (
  callback: (entries: readonly ObserverEntry[]) => void,
  options: { rootMargin: string },
) => ObserverLike;

function browserObserver(): ObserverConstructor | null {
  return typeof IntersectionObserver === 'undefined' ? null : IntersectionObserver;
}

/** First intersection via IntersectionObserver; with none (null), at once. */
export function viewportWatcher(
  Observer: ObserverConstructor | null = browserObserver(),
  rootMargin = '200px 0px',
): WhenVisible<Element> {
  return (el, onVisible) => {
    if (!Observer) {
      onVisible();
      return () => {};
    }
    let done = false;
    const observer = new Observer(
      (entries) => {
        if (done || !entries.some((entry) => entry.isIntersecting)) return;
        done = true;
        observer.disconnect();
        onVisible();
      },
      { rootMargin },
    );
    observer.observe(el);
    return () => {
      done = true;
      observer.disconnect();
    };
  };
}

export const ISLAND_TAG = 'diagram-island';
const registry = createRegistry<HTMLElement>();

/** Registers a diagram's view loader and makes sure the island element exists. */
export function registerDiagram(name: string, loader: ViewLoader): void {
  registry.register(name, loader);
  defineIslandElement();
}

function defineIslandElement(): void {
  if (typeof customElements === 'undefined' || customElements.get(ISLAND_TAG)) return;
  const watch = viewportWatcher();
  customElements.define(
    ISLAND_TAG,
    class DiagramIsland extends HTMLElement {
      #island: Island | null = null;

      connectedCallback(): void {
        const name = this.dataset['diagram'];
        if (this.#island || !name) return;
        this.#island = startIsland<HTMLElement>(this, name, registry, watch);
        this.#island.mounted.then(
          () => {
            this.dataset['island'] = 'mounted';
          },
          (error: unknown) => {
            // The static figure stays; say why on the console for developers.
            this.dataset['island'] = 'failed';
            console.error(`diagram "${name}" could not start`, error);
          },
        );
      }

      disconnectedCallback(): void {
        this.#island?.stop();
        this.#island = null;
      }
    },
  );
}
