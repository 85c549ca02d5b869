/**
 * `oneOf(list)`: a type guard for the members of a list of choices, for reading a control's value or a
 * link's text back into the model's own type: `const isLoad = oneOf(LOADS)`, then `if (isLoad(value)) …`.
 */
export function oneOf<T extends string | number>(list: readonly T[]): (value: unknown) => value is T {
  return (value): value is T => (list as readonly unknown[]).includes(value);
}
