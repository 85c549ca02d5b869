/**
 * The search dialog: opens from the header button, `/` or Ctrl/⌘+K; Escape closes it and focus returns
 * to where it was. The search itself (Pagefind's JS API, query normalisation, the results list) is in
 * `search-results.ts`, fetched the first time the dialog opens so that pages stay light.
 */
export function setupSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const openers = document.querySelectorAll<HTMLButtonElement>('[data-search-open]');
  const input = dialog?.querySelector<HTMLInputElement>('#search-input');
  if (!dialog || !input || openers.length === 0) return;
  let ready: Promise<void> | undefined;
  let opener: HTMLElement | null = null;

  const init = () =>
    (ready ??= import('./search-results.ts').then(({ startSearch }) => startSearch(dialog, input)).catch((e: unknown) => {
      ready = undefined;
      throw e;
    }));

  const open = () => {
    opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    input.focus();
    input.select();
    void init();
  };
  for (const b of openers) {
    b.hidden = false;
    b.addEventListener('click', open);
  }
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => opener?.focus());
  // A result link to a section of the current page only changes the hash: close the dialog too.
  dialog.querySelector('#search-results')?.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('a')) dialog.close();
  });
  document.addEventListener('keydown', (e) => {
    if (dialog.open) return;
    const target = e.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((e.key === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey && !e.altKey)) {
      e.preventDefault();
      open();
    }
  });
}
