const store = 'login-help:arrived';

/** Called as the reader moves to another step, so the next page knows it was reached by moving, not opened. */
export function markArrival() {
  try {
    sessionStorage.setItem(store, '1');
  } catch {
    // Without storage, focus stays where the browser puts it on a new page.
  }
}

/** After a move, focus lands on the new step's heading so a screen reader starts at it; a page just opened keeps its focus. */
export function focusOnArrival(heading: HTMLElement | null) {
  try {
    if (sessionStorage.getItem(store) !== '1') return;
    sessionStorage.removeItem(store);
  } catch {
    return;
  }
  heading?.focus();
}
