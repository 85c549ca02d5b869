import { describe, expect, it } from 'vitest';
import { oneOf } from './one-of';
import { radios } from './radios';

function setup(values: readonly string[]) {
  const inputs = values.map((value) => Object.assign(new EventTarget(), { value, checked: false }));
  const parts: string[] = [];
  const frame = {
    all: <E,>(part: string): E[] => {
      parts.push(part);
      return inputs as unknown as E[];
    },
    on: (el: EventTarget, type: string, handler: (event: Event) => void) => el.addEventListener(type, handler),
  };
  const picked: string[] = [];
  const group = radios(frame, 'design', oneOf(['aurora', 'classic']), (design) => picked.push(design));
  const choose = (i: number): void => {
    inputs.forEach((input, j) => (input.checked = i === j));
    inputs[i]?.dispatchEvent(new Event('change'));
  };
  return { inputs, parts, picked, group, choose };
}

describe('radios', () => {
  it('sends the value the reader checks, only when it is one the model knows', () => {
    const { parts, picked, choose } = setup(['aurora', 'classic', 'other']);
    choose(1);
    choose(2);
    choose(0);
    expect(parts).toEqual(['design']);
    expect(picked).toEqual(['classic', 'aurora']);
  });

  it('shows a state’s value as the one checked button', () => {
    const { inputs, group, picked } = setup(['aurora', 'classic']);
    group.check('classic');
    expect(inputs.map((input) => input.checked)).toEqual([false, true]);
    group.check('aurora');
    expect(inputs.map((input) => input.checked)).toEqual([true, false]);
    expect(picked).toEqual([]);
  });
});
