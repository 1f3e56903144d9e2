// What the page inside a school's frame does, without React: the loader's side of DESIGN.md's embed contract.
import { parseSchoolUrl } from '../../machines/school';

export type HostMessage =
  | { type: 'cpoms-help:resize'; height: number }
  | { type: 'cpoms-help:step'; path: string }
  | { type: 'cpoms-help:close' };

export function postToHost(message: HostMessage) {
  // Height and path say nothing private, and the host's origin is not known here: the loader checks the sender.
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

/** Reports the content's height now and on each change; the loader takes the first report as "ready". */
export function reportHeight(root: HTMLElement): () => void {
  // The content's own height: the document's would never be less than the frame, so the widget could not shrink.
  const report = () => postToHost({ type: 'cpoms-help:resize', height: Math.ceil(root.getBoundingClientRect().height) });
  const observer = new ResizeObserver(report);
  observer.observe(root);
  report();
  return () => observer.disconnect();
}

export function closeOnEscape(doc: Document): () => void {
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && postToHost({ type: 'cpoms-help:close' });
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}

/**
 * Where a link should open from inside the frame: in the frame for the wizard's own pages; mail and phone links in
 * the top window, which hands them to the mail or phone app without leaving the page; everything else (the school's
 * CPOMS login page, which will not sign anyone in inside another site's frame, and the full site) in a new tab.
 */
export function exitTarget(href: string, here: string): '_top' | '_blank' | null {
  const url = new URL(href, here);
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return '_top';
  if (url.origin === new URL(here).origin && /^\/embed(\/|$)/.test(url.pathname)) return null;
  return '_blank';
}

function markExit(link: HTMLAnchorElement) {
  const target = exitTarget(link.href, link.ownerDocument.location.href);
  if (!target) return;
  link.target = target;
  if (target === '_blank') link.relList.add('noopener');
}

/** Marks every link that leaves the wizard, including those rendered later (a school link appears once hydrated). */
export function linksLeaveFrame(root: HTMLElement): () => void {
  const markAll = () => root.querySelectorAll<HTMLAnchorElement>('a[href]').forEach(markExit);
  const observer = new MutationObserver(markAll);
  observer.observe(root, { childList: true, subtree: true });
  markAll();
  return () => observer.disconnect();
}

/** The console line a school's web team sees when the frame ignores the address its tag gave. */
export function ignoredSchoolWarning(search: string, suffixes: readonly string[]): string | null {
  const given = new URLSearchParams(search).get('school');
  if (given === null || parseSchoolUrl(given, suffixes)) return null;
  return `[cpoms-help] data-school-url="${given.slice(0, 300)}" ignored: give the https address of your CPOMS login page, on ${suffixes.join(' or ')}`;
}
