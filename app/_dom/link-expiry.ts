import { untilMidnight } from '../_lib/midnight';

/** How long a reset link requested now has left, by this device's clock, kept current while the page is open. */
export function showLinkExpiry(root: ParentNode): () => void {
  const lines = [...root.querySelectorAll<HTMLElement>('[data-link-expiry]')];
  if (lines.length === 0) return () => {};
  const update = () => {
    const text = `A link requested now stops working at midnight tonight: in ${untilMidnight(new Date())} by this device’s clock.`;
    // Only a changed minute is written, so the live region speaks once a minute at most.
    lines.forEach((line) => line.textContent !== text && (line.textContent = text));
  };
  update();
  const timer = setInterval(update, 15_000);
  return () => clearInterval(timer);
}
