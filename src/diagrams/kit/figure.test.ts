import { describe, expect, it } from 'vitest';
import { figureProps, stylesheetOf, tourProps } from './figure';
import { defineFigure } from './figure-spec';
import { h } from './scene';

describe('stylesheetOf', () => {
  it("finds each diagram's own stylesheet by its name, in a sub-folder too", () => {
    const sheets = { '../quorum/quorum.css': '/q.css', '../caching/session-store.css': '/s.css', './frame.css': '/f.css' };
    expect(stylesheetOf('quorum', sheets)).toBe('/q.css');
    expect(stylesheetOf('session-store', sheets)).toBe('/s.css');
    // The stylesheets under src/diagrams (their URLs are the build's; here, in tests, empty).
    for (const name of ['quorum', 'session-store', 'storage-autoscaling']) expect(() => stylesheetOf(name)).not.toThrow();
  });

  it('names the stylesheet it looked for when there is none', () => {
    expect(() => stylesheetOf('no-such-diagram')).toThrow('<Frame name="no-such-diagram">: expected one stylesheet no-such-diagram.css in src/diagrams, found 0');
  });

  it('refuses a name two stylesheets answer to, and a name that only ends like one', () => {
    const sheets = { '../a/clone.css': '/a.css', '../b/clone.css': '/b.css', '../c/big-clone.css': '/c.css' };
    expect(() => stylesheetOf('clone', sheets)).toThrow('found 2 (../a/clone.css, ../b/clone.css)');
    expect(stylesheetOf('big-clone', sheets)).toBe('/c.css');
  });
});

describe('tourProps', () => {
  it("gives a tour's steps as their count, and passes the slider's own props as they are", () => {
    expect(tourProps([{ duration: 1 }, { duration: 2 }, { duration: 3 }])).toEqual({ length: 3 });
    const own = { length: 24, value: 23, part: 'time', replay: false };
    expect(tourProps(own)).toBe(own);
    expect(tourProps(undefined)).toBeUndefined();
  });
});

describe('figureProps', () => {
  it("renders the frame from the figure's starting state, in the words given", () => {
    const made: number[] = [];
    const figure = defineFigure({
      name: 'counter',
      initial: () => {
        made.push(made.length);
        return { count: 3 };
      },
      tour: ['a', 'b', 'c', 'd'],
      opening: (state: { count: number }, s: { unit: string }) => `${state.count} ${s.unit}`,
      scene: (state: { count: number }, s: { unit: string }) => h('svg', 'picture', { 'aria-label': `${state.count} ${s.unit}` }),
    });
    const props = figureProps(figure, { unit: 'copies' });
    expect(props.name).toBe('counter');
    expect(props.opening).toBe('3 copies');
    expect(props.picture).toEqual(h('svg', 'picture', { 'aria-label': '3 copies' }));
    expect(props.tour).toEqual({ length: 4 });
    // One starting state serves the sentence and the picture.
    expect(made).toHaveLength(1);
    expect(figureProps(figure, { unit: '개' }).opening).toBe('3 개');
  });
});
