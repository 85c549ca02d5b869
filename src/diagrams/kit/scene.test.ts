import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeAttr, escapeText, formatValue, h, picture, toMarkup } from './scene';

describe('h', () => {
  it('builds text, parent and empty nodes', () => {
    expect(h('text', 't', { x: 1 }, 'hi')).toEqual({ tag: 'text', key: 't', attrs: { x: 1 }, text: 'hi' });
    expect(h('g', 'g', {}, [])).toEqual({ tag: 'g', key: 'g', attrs: {}, children: [] });
    expect(h('g', 'layer')).toEqual({ tag: 'g', key: 'layer', attrs: {} });
  });
});

describe('toMarkup', () => {
  it('serialises nested nodes with their keys', () => {
    const scene = h('svg', 'root', { viewBox: '0 0 10 10', role: 'img' }, [
      h('rect', 'box', { x: 1.5, y: 0, width: 3 }),
      h('text', 'label', { x: 2 }, 'AZ a'),
    ]);
    expect(toMarkup(scene)).toBe(
      '<svg data-key="root" viewBox="0 0 10 10" role="img">' +
        '<rect data-key="box" x="1.5" y="0" width="3"></rect>' +
        '<text data-key="label" x="2">AZ a</text></svg>',
    );
  });

  it('leaves out null attributes', () => {
    expect(toMarkup(h('line', 'l', { x1: 0, 'stroke-dasharray': null }))).toBe('<line data-key="l" x1="0"></line>');
  });

  it('escapes text and attribute values', () => {
    const markup = toMarkup(h('text', 'a"<', { title: '"><script>' }, '<b>&</b>'));
    expect(markup).toBe(
      '<text data-key="a&quot;&lt;" title="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;&lt;/b&gt;</text>',
    );
  });

  it('refuses names that could break the markup', () => {
    expect(() => toMarkup(h('g onload', 'x'))).toThrow();
    expect(() => toMarkup(h('g', 'x', { 'on click': 1 }))).toThrow();
    expect(() => toMarkup(h('g', 'x', { 'data-key': 'y' }))).toThrow();
  });

  it('never lets text open a tag', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const inner = toMarkup(h('text', 'k', {}, text)).slice('<text data-key="k">'.length, -'</text>'.length);
        return !inner.includes('<') && !inner.includes('>');
      }),
    );
    fc.assert(fc.property(fc.string(), (value) => !escapeAttr(value).includes('"')));
    expect(escapeText('a>b')).toBe('a&gt;b');
  });
});

describe('formatValue', () => {
  it('prints numbers short and stable', () => {
    expect(formatValue(1 / 3)).toBe('0.33');
    expect(formatValue(-0)).toBe('0');
    expect(formatValue(-0.001)).toBe('0');
    expect(formatValue(1234.567)).toBe('1234.57');
    expect(formatValue(Number.NaN)).toBe('0');
    expect(formatValue('translate(1,2)')).toBe('translate(1,2)');
  });
});

describe('picture', () => {
  it('labels the picture by its title, which comes first, and adds its own data attributes last', () => {
    const scene = picture('demo', { class: 'd-picture', width: 320, height: 200.5, title: 'A <demo>', data: { 'data-step': 2 } }, [
      h('rect', 'box', { x: 1 }),
    ]);
    expect(toMarkup(scene)).toBe(
      '<svg data-key="demo" class="d-picture" data-part="picture" viewBox="0 0 320 200.5" role="img" ' +
        'aria-labelledby="demo-picture-title" data-step="2">' +
        '<title data-key="title" id="demo-picture-title">A &lt;demo&gt;</title><rect data-key="box" x="1"></rect></svg>',
    );
    const named = toMarkup(picture('demo', { class: 'c', width: 1, height: 1, title: 't', titleId: 'other-title' }, []));
    expect(named).toContain('aria-labelledby="other-title"><title data-key="title" id="other-title">t</title>');
  });
});
