/**
 * A view's side of kit/Radios.astro: `radios(frame, 'design', isDesign, (design) => act(…))` sends the
 * value of the button the reader checks to `pick` (when `is` accepts it), and `check(value)` shows the
 * state's value as the checked one.
 */
import type { Frame } from './frame';

export interface RadioGroup {
  /** Checks the button whose value is `value` (and unchecks the others). */
  check(value: string): void;
}

export function radios<T>(
  frame: Pick<Frame<unknown>, 'all' | 'on'>,
  part: string,
  is: (value: unknown) => value is T,
  pick: (value: T) => void,
): RadioGroup {
  const inputs = frame.all<HTMLInputElement>(part);
  for (const input of inputs) {
    frame.on(input, 'change', () => {
      if (input.checked && is(input.value)) pick(input.value);
    });
  }
  return {
    check(value) {
      for (const input of inputs) input.checked = input.value === value;
    },
  };
}
