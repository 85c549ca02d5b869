/** Light/dark toggle: follows the system until the reader chooses, then remembers the choice. */
export function setupTheme(root: HTMLElement = document.documentElement): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const system = matchMedia('(prefers-color-scheme: dark)');
  /** The reader's choice, if any: only 'dark' and 'light' count (see ThemeScript.astro). */
  const stored = (): string | null => {
    try {
      const value = localStorage.getItem('theme');
      return value === 'dark' || value === 'light' ? value : null;
    } catch {
      return null;
    }
  };
  const apply = (dark: boolean) => {
    root.dataset.theme = dark ? 'dark' : 'light';
    button.setAttribute('aria-pressed', String(dark));
  };
  apply(root.dataset.theme === 'dark');
  button.hidden = false;
  button.addEventListener('click', () => {
    const dark = root.dataset.theme !== 'dark';
    apply(dark);
    try {
      localStorage.setItem('theme', dark ? 'dark' : 'light');
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  });
  system.addEventListener('change', (e) => {
    if (!stored()) apply(e.matches);
  });
}
