/** `{ az: 'a' }` → `{ 'data-az': 'a' }`: a component's own data for the view, as element attributes. */
export function dataAttributes(data: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [`data-${key}`, value]));
}
