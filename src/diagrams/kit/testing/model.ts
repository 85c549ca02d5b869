/** Test helpers for models. Only tests import this folder. */

/** Freezes a value and everything inside it, so a model that changes the state it is given throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
