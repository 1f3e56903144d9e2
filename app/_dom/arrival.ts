import { readTab, writeTab } from './tab-store';

/** Called as the reader moves to another step, so the next page knows it was reached by moving, not opened. */
export function markArrival() {
  writeTab('arrived', '1');
}

/** After a move, focus lands on the new step's heading so a screen reader starts at it; a page just opened keeps its focus. */
export function focusOnArrival(heading: HTMLElement | null) {
  if (readTab('arrived') !== '1') return;
  writeTab('arrived', null);
  heading?.focus();
}
