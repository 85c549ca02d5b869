/**
 * The language link keeps the reader's place: both languages share anchor ids and query parameters, so the section in view
 * (the URL's #anchor while it is on screen, otherwise the last heading above the top third) is carried over to the other language's page.
 */
/** The id a URL fragment names (`#%EC%9D%BD` → `읽`); a malformed escape such as `#%` is read as written. */
export function idFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function currentSectionId(doc: Document = document): string | undefined {
  const hash = idFromHash(location.hash);
  const target = hash ? doc.getElementById(hash) : null;
  if (target) {
    const top = target.getBoundingClientRect().top;
    if (top > -target.offsetHeight && top < innerHeight) return hash;
  }
  const headings = [...doc.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')];
  const line = innerHeight * 0.3;
  let current: string | undefined;
  for (const h of headings) {
    if (h.getBoundingClientRect().top <= line) current = h.id;
    else break;
  }
  return current;
}

export function setupLanguageSwitch(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
  if (!link) return;
  const base = link.href.split('#')[0]!;
  const update = () => {
    const id = currentSectionId();
    // The query string goes along too: a practice set link or a diagram's state shows the same in both languages.
    link.href = `${base}${location.search}${id ? `#${encodeURIComponent(id)}` : ''}`;
  };
  link.addEventListener('pointerdown', update);
  link.addEventListener('focus', update);
  link.addEventListener('click', update);
}
