/**
 * A click on a section's "#" link copies the section's address (and still moves there). The reader hears
 * and sees that it was copied. Without the Clipboard API, the link just works as a link.
 */
export function setupHeadingLinks(): void {
  const status = document.getElementById('copy-status');
  const copied = status?.dataset.copied ?? 'Copied';
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.heading-link');
    if (!link || !navigator.clipboard) return;
    const url = new URL(link.getAttribute('href')!, location.href).href;
    navigator.clipboard.writeText(url).then(
      () => {
        link.dataset.copied = copied;
        if (status) status.textContent = copied;
        setTimeout(() => {
          delete link.dataset.copied;
          if (status) status.textContent = '';
        }, 2500);
      },
      () => undefined,
    );
  });
}
