/** Numbers and times as both languages write them: "1,260 GiB", "23.8 GiB", "05:05", "21%". */

/** At most one decimal, grouped by thousands. */
export function amount(value: number): string {
  const rounded = Math.round((Number.isFinite(value) ? value : 0) * 10) / 10;
  const fixed = Object.is(rounded, -0) ? 0 : rounded;
  const [whole = '0', tenth] = Math.abs(fixed).toFixed(1).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fixed < 0 ? '-' : ''}${grouped}${tenth && tenth !== '0' ? `.${tenth}` : ''}`;
}

export function gib(value: number): string {
  return `${amount(value)} GiB`;
}

/** Minutes after 00:00 as a 24-hour clock; the end of the day is 24:00. */
export function clockTime(minute: number): string {
  const m = Math.max(0, Math.trunc(Number.isFinite(minute) ? minute : 0));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A share (0…1) as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round((Number.isFinite(share) ? share : 0) * 100)}%`;
}
