import { describe, expect, it, vi } from 'vitest';
import {
  createRegistry,
  startIsland,
  viewportWatcher,
  type DiagramView,
  type ObserverConstructor,
  type WhenVisible,
} from './island';

interface Root {
  readonly id: string;
  mounted?: boolean;
}

/** A visibility watcher the test triggers by hand. */
function manualVisibility() {
  const waiting = new Map<Root, () => void>();
  const watch: WhenVisible<Root> = (el, onVisible) => {
    waiting.set(el, onVisible);
    return () => waiting.delete(el);
  };
  const show = (el: Root): void => {
    const callback = waiting.get(el);
    waiting.delete(el);
    callback?.();
  };
  return { watch, show, waiting };
}

function view(): { module: DiagramView<Root>; unmount: ReturnType<typeof vi.fn> } {
  const unmount = vi.fn();
  return {
    unmount,
    module: {
      mount(root) {
        root.mounted = true;
        return unmount;
      },
    },
  };
}

describe('startIsland', () => {
  it('loads nothing until the figure is visible, then loads and mounts once', async () => {
    const registry = createRegistry<Root>();
    const { module } = view();
    const load = vi.fn(async () => module);
    registry.register('quorum', load);
    const visibility = manualVisibility();
    const root: Root = { id: 'r' };
    const island = startIsland(root, 'quorum', registry, visibility.watch);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    visibility.show(root);
    await island.mounted;
    expect(load).toHaveBeenCalledTimes(1);
    expect(root.mounted).toBe(true);
  });

  it('waits for a loader registered after the element appeared', async () => {
    const registry = createRegistry<Root>();
    const visibility = manualVisibility();
    const root: Root = { id: 'late' };
    const island = startIsland(root, 'quorum', registry, visibility.watch);
    visibility.show(root);
    const { module } = view();
    registry.register('quorum', async () => module);
    await island.mounted;
    expect(root.mounted).toBe(true);
  });

  it('does nothing if stopped before it became visible', async () => {
    const registry = createRegistry<Root>();
    const load = vi.fn(async () => view().module);
    registry.register('quorum', load);
    const visibility = manualVisibility();
    const root: Root = { id: 'gone' };
    const island = startIsland(root, 'quorum', registry, visibility.watch);
    island.stop();
    expect(visibility.waiting.size).toBe(0);
    visibility.show(root);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
  });

  it('unmounts the view when stopped after mounting', async () => {
    const registry = createRegistry<Root>();
    const { module, unmount } = view();
    registry.register('quorum', async () => module);
    const visibility = manualVisibility();
    const root: Root = { id: 'r' };
    const island = startIsland(root, 'quorum', registry, visibility.watch);
    visibility.show(root);
    await island.mounted;
    island.stop();
    expect(unmount).toHaveBeenCalledTimes(1);
  });

  it('reports a failing import through `mounted`', async () => {
    const registry = createRegistry<Root>();
    registry.register('quorum', () => Promise.reject(new Error('offline')));
    const visibility = manualVisibility();
    const root: Root = { id: 'r' };
    const island = startIsland(root, 'quorum', registry, visibility.watch);
    visibility.show(root);
    await expect(island.mounted).rejects.toThrow('offline');
    expect(root.mounted).toBeUndefined();
  });
});

describe('viewportWatcher', () => {
  type Callback = (entries: ReadonlyArray<{ isIntersecting: boolean }>) => void;
  const made: Array<{ callback: Callback; rootMargin: string; observed: unknown[]; disconnected: boolean }> = [];
  const FakeObserver: ObserverConstructor = class {
    readonly record;
    constructor(callback: Callback, options: { rootMargin: string }) {
      this.record = { callback, rootMargin: options.rootMargin, observed: [] as unknown[], disconnected: false };
      made.push(this.record);
    }
    observe(el: Element): void {
      this.record.observed.push(el);
    }
    disconnect(): void {
      this.record.disconnected = true;
    }
  };
  const el = {} as Element;

  it('calls back once, on the first intersection, and disconnects', () => {
    made.length = 0;
    const onVisible = vi.fn();
    viewportWatcher(FakeObserver, '100px')(el, onVisible);
    const observer = made[0];
    expect(observer?.observed).toEqual([el]);
    expect(observer?.rootMargin).toBe('100px');
    observer?.callback([{ isIntersecting: false }]);
    expect(onVisible).not.toHaveBeenCalled();
    observer?.callback([{ isIntersecting: true }]);
    observer?.callback([{ isIntersecting: true }]);
    expect(onVisible).toHaveBeenCalledTimes(1);
    expect(observer?.disconnected).toBe(true);
  });

  it('can be cancelled before anything is seen', () => {
    made.length = 0;
    const onVisible = vi.fn();
    const cancel = viewportWatcher(FakeObserver)(el, onVisible);
    cancel();
    made[0]?.callback([{ isIntersecting: true }]);
    expect(onVisible).not.toHaveBeenCalled();
    expect(made[0]?.disconnected).toBe(true);
  });

  it('mounts at once where there is no IntersectionObserver', () => {
    const onVisible = vi.fn();
    viewportWatcher(null)(el, onVisible);
    expect(onVisible).toHaveBeenCalledTimes(1);
  });
});
