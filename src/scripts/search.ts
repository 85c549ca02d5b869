import { normalizeQuery } from '../lib/search-terms.ts';

interface PagefindUIOptions {
  element: HTMLElement;
  bundlePath: string;
  baseUrl: string;
  showSubResults: boolean;
  showImages: boolean;
  autofocus: boolean;
  resetStyles: boolean;
  translations: { placeholder: string };
  processTerm: (term: string) => string;
}
type PagefindUICtor = new (options: PagefindUIOptions) => unknown;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

function loadStyle(href: string): void {
  const l = document.createElement('link');
  l.rel = 'stylesheet';
  l.href = href;
  document.head.append(l);
}

/** Search in a dialog; Pagefind's own UI is fetched the first time the reader opens it. */
export function setupSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const openers = document.querySelectorAll<HTMLButtonElement>('[data-search-open]');
  if (!dialog || openers.length === 0) return;
  const mount = dialog.querySelector<HTMLElement>('#search-ui')!;
  const bundle = dialog.dataset.bundle!;
  const locale = document.documentElement.lang === 'en' ? 'en' : 'ko';
  let ready: Promise<void> | undefined;
  let opener: HTMLElement | null = null;

  const init = () =>
    (ready ??= (async () => {
      loadStyle(`${bundle}pagefind-ui.css`);
      await loadScript(`${bundle}pagefind-ui.js`);
      const PagefindUI = (window as unknown as { PagefindUI: PagefindUICtor }).PagefindUI;
      mount.replaceChildren();
      new PagefindUI({
        element: mount,
        bundlePath: bundle,
        baseUrl: dialog.dataset.base ?? '/',
        showSubResults: true,
        showImages: false,
        autofocus: true,
        resetStyles: false,
        translations: { placeholder: dialog.dataset.placeholder ?? '' },
        processTerm: (term) => normalizeQuery(term, locale),
      });
    })());

  const open = async () => {
    opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    await init();
    const input = dialog.querySelector<HTMLInputElement>('input');
    // Pagefind's box has only a title; give it a real label, the dialog's title.
    input?.setAttribute('aria-labelledby', 'search-title');
    input?.focus();
  };
  for (const b of openers) {
    b.hidden = false;
    b.addEventListener('click', () => void open());
  }
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => opener?.focus());
  // A result link to a section of the current page only changes the hash: close the dialog too.
  mount.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('a')) dialog.close();
  });
  document.addEventListener('keydown', (e) => {
    if (dialog.open) return;
    const target = e.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((e.key === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey && !e.altKey)) {
      e.preventDefault();
      void open();
    }
  });
}
