import { describe, expect, it } from 'vitest';
import type { ClockChange } from './clock';
import { modelHooks, startModel, wordsOf, type Frame, type Hooks, type ModelHooks, type ModelViewSpec } from './frame';

/** A toy model: a count that events add to, along a three-step tour. */
type Add = { readonly by: number };
const steps = [{ duration: 1, captionKey: 'start' }, { duration: 1, captionKey: 'one', event: { by: 1 } }, { duration: 1, captionKey: 'ten', event: { by: 10 } }];
const at = (index: number): number => steps.slice(0, index + 1).reduce((sum, s) => sum + (s.event?.by ?? 0), 0);

/** The parts of a frame the model's hooks use: a reader's action, the live region, and the tour's clock. */
function fakeFrame() {
  const said: string[] = [];
  let paused = 0;
  let index = 0;
  const frame = {
    act(change: () => string) {
      paused += 1;
      said.push(change());
    },
    announce: (text: string) => said.push(text),
    clock: { status: () => ({ index }) },
  } as unknown as Frame<unknown>;
  const move = (hooks: Hooks<unknown>, change: ClockChange) => {
    index = change.to;
    hooks.tour(change, { index, length: steps.length, playing: false, speed: 1, ended: false });
  };
  return { frame, said, move, paused: () => paused };
}

function setup(linked = 0, rebuilds = false) {
  const { frame, said, move: moveOn, paused } = fakeFrame();
  const shown: Array<[number, number | null, boolean, boolean]> = [];
  const hooks = modelHooks<unknown, number, Add>(frame, {
    state: linked,
    steps,
    step: (state, event) => state + event.by,
    at: (i, state) => (state >= 100 ? 100 : 0) + at(i),
    show: (state, event, moving, jumped) => shown.push([state, event?.by ?? null, moving, jumped]),
    said: (event, before, after) => `${before} + ${event.by} = ${after}`,
    toured: (i, before, after) => `step ${i}: ${before} → ${after}`,
    opening: (state) => `count ${state}`,
    ...(rebuilds ? { rebuilds } : {}),
  });
  const move = (change: ClockChange) => moveOn(hooks, change);
  return { hooks, said, shown, move, paused };
}

describe('an event-driven model in the frame (modelHooks)', () => {
  it('opens on the linked state and draws it at once', () => {
    const { hooks, shown } = setup(5);
    expect(hooks.opening()).toBe('count 5');
    hooks.render();
    expect(shown).toEqual([[5, null, false, false]]);
    expect(hooks.link()).toEqual({ state: 5, step: 0 });
  });

  it('runs a reader’s own event through the frame: steps, draws moving, says what happened', () => {
    const { hooks, said, shown, paused } = setup(5);
    hooks.act({ by: 2 });
    expect(paused()).toBe(1);
    expect(hooks.state).toBe(7);
    expect(shown).toEqual([[7, 2, true, false]]);
    expect(said).toEqual(['5 + 2 = 7']);
  });

  it('plays one tour step on the state as it stands, and rebuilds it on a jump', () => {
    const { hooks, said, shown, move } = setup(100);
    move({ from: 0, to: 1, cause: 'next' });
    expect(hooks.state).toBe(101);
    expect(shown.at(-1)).toEqual([101, 1, true, false]);
    expect(said.at(-1)).toBe('step 1: 100 → 101');
    move({ from: 1, to: 2, cause: 'seek' });
    // A jump rebuilds the state at the step (keeping what the reader chose) and sends no event along.
    expect(hooks.state).toBe(111);
    expect(shown.at(-1)).toEqual([111, null, true, true]);
    expect(said.at(-1)).toBe('step 2: 101 → 111');
    expect(hooks.link()).toEqual({ state: 111, step: 2 });
  });

  it('rebuilds the state on every tour move, one step forward too, when the model says so', () => {
    const { hooks, said, shown, move } = setup(5, true);
    hooks.act({ by: 2 });
    move({ from: 0, to: 1, cause: 'next' });
    // The reader's 2 does not carry on: step 1 is rebuilt from the tour's start, shown as a jump.
    expect(hooks.state).toBe(1);
    expect(shown.at(-1)).toEqual([1, null, true, true]);
    expect(said.at(-1)).toBe('step 1: 0 → 1');
  });
});

describe('a view of an event-driven model (defineModelView)', () => {
  /** The toy model as a view: its link starts at 100, and it says things in the words it is given. */
  function view(at?: (index: number, state: number) => number) {
    const { frame, said, move } = fakeFrame();
    const shown: Array<[number, boolean]> = [];
    let given: ModelHooks<number, Add> | null = null;
    const spec: ModelViewSpec<{ readonly plus: string }, number, Add> = {
      codec: { name: 'toy', initial: () => ({ state: 100, step: 0 }), encode: String, decode: () => null },
      figure: { tour: steps, opening: (state, s) => `${s.plus}${state}` },
      step: (state, event) => state + event.by,
      ...(at ? { at } : {}),
      said: (event, before, after, s) => `${before} ${s.plus} ${event.by} = ${after}`,
      toured: (i, _before, after, s) => `step ${i} ${s.plus} ${after}`,
      start(_frame, model) {
        given = model;
        return (state, _event, moving) => shown.push([state, moving]);
      },
    };
    const hooks = startModel(spec, { ...frame, s: { plus: '+' } }, 5);
    return { hooks, given: () => given, said, shown, move: (change: ClockChange) => move(hooks, change) };
  }

  it('hands the view its model, shows through the view, and speaks in the view’s words', () => {
    const { hooks, given, said, shown } = view();
    expect(given()).toBe(hooks);
    expect(hooks.opening()).toBe('+5');
    hooks.render();
    hooks.act({ by: 2 });
    expect(shown).toEqual([[5, false], [7, true]]);
    expect(said).toEqual(['5 + 2 = 7']);
  });

  it('rebuilds a jumped-to tour step from the codec’s starting state, unless the view gives `at`', () => {
    const { hooks, move } = view();
    move({ from: 0, to: 2, cause: 'seek' });
    expect(hooks.state).toBe(111);
    const own = view((i) => -i);
    own.move({ from: 0, to: 2, cause: 'seek' });
    expect(own.hooks.state).toBe(-2);
  });
});

describe("a diagram's words (wordsOf)", () => {
  const loaded: string[] = [];
  const loader = (file: string, table: object) => () => {
    loaded.push(file);
    return Promise.resolve(table);
  };
  const loaders = {
    '../toy/strings.en.ts': loader('en', { en: { hello: 'hello' } }),
    '../toy/strings.ko.ts': loader('ko', { ko: { hello: '안녕하세요' } }),
    '../broken/strings.en.ts': loader('broken', { ko: { hello: '안녕하세요' } }),
  };

  it("loads only the page's language from the diagram's folder", async () => {
    await expect(wordsOf('toy', 'toy', 'ko', loaders)).resolves.toEqual({ hello: '안녕하세요' });
    expect(loaded).toEqual(['ko']);
  });

  it('names the file it needed when the folder has none, or when it exports another language', async () => {
    await expect(wordsOf('session-store', 'session', 'en', loaders)).rejects.toThrow(
      'session-store diagram has no words: no src/diagrams/session/strings.en.ts',
    );
    await expect(wordsOf('broken', 'broken', 'en', loaders)).rejects.toThrow('src/diagrams/broken/strings.en.ts exports no en');
  });
});
