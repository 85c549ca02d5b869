/**
 * The mobile menu: the sidebar slides over the page; while open, focus stays inside it, the rest of the
 * page is inert, and Escape or the close button closes it and returns focus to the menu button.
 */
export function setupMenu(): void {
  const open = document.querySelector<HTMLButtonElement>('[data-menu-open]');
  const close = document.querySelector<HTMLButtonElement>('[data-menu-close]');
  // The sidebar's box (it holds the <nav>): a modal dialog while the mobile menu is open.
  const nav = document.getElementById('site-nav');
  if (!open || !close || !nav) return;
  const outside = [...document.querySelectorAll<HTMLElement>('.site-header, main, .site-footer')];
  open.hidden = false;
  close.hidden = false;

  const focusables = () =>
    [...nav.querySelectorAll<HTMLElement>('a[href], button:not([hidden])')].filter((el) => el.offsetParent !== null);

  const setOpen = (isOpen: boolean) => {
    nav.classList.toggle('open', isOpen);
    open.setAttribute('aria-expanded', String(isOpen));
    document.body.classList.toggle('menu-open', isOpen);
    for (const el of outside) el.inert = isOpen;
    if (isOpen) {
      nav.setAttribute('role', 'dialog');
      nav.setAttribute('aria-modal', 'true');
      nav.setAttribute('aria-label', nav.dataset.label ?? '');
      (nav.querySelector<HTMLElement>('[aria-current="page"]') ?? close).focus();
    } else {
      nav.removeAttribute('role');
      nav.removeAttribute('aria-modal');
      nav.removeAttribute('aria-label');
    }
  };

  open.addEventListener('click', () => setOpen(true));
  close.addEventListener('click', () => {
    setOpen(false);
    open.focus();
  });
  nav.addEventListener('keydown', (e) => {
    if (!nav.classList.contains('open')) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      open.focus();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = focusables();
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  });
  matchMedia('(min-width: 60rem)').addEventListener('change', (e) => {
    if (e.matches && nav.classList.contains('open')) setOpen(false);
  });
}
