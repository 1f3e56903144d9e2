import { detectBrowser } from '../_lib/detect-browser';

/**
 * The saved-password step lists every browser, all open. Once the reader's browser is known (or linked to by its
 * #id), it comes first and stays open and the others close, one tap away. Printing opens them all again.
 */
export function showReadersBrowser(root: ParentNode): () => void {
  const box = root.querySelector<HTMLElement>('[data-browsers]');
  if (!box) return () => {};
  const sections = [...box.querySelectorAll<HTMLDetailsElement>('details[data-browser-name]')];
  const linked = sections.find((section) => section.id === location.hash.slice(1))?.id;
  const detected = linked ?? detectBrowser(navigator.userAgent, navigator.maxTouchPoints);
  const mine = sections.find((section) => section.id === detected);
  box.dataset.detected = mine ? mine.id : '';
  if (mine) {
    // Order by class, not by moving nodes: on the site these are React's to move.
    sections.forEach((section) => {
      section.open = section === mine;
      section.classList.toggle('order-first', section === mine);
    });
    const note = box.querySelector<HTMLElement>('[data-detected-note]')!;
    note.textContent = `You seem to be using ${mine.dataset.browserName}, so its steps are first. The other browsers are below.`;
    note.hidden = false;
  }
  const openAll = () => sections.forEach((section) => (section.open = true));
  window.addEventListener('beforeprint', openAll);
  return () => window.removeEventListener('beforeprint', openAll);
}
