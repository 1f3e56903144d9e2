import type { ReactNode } from 'react';

/** The plain rule from the server, plus (with script, app/_dom/link-expiry.ts) how long a link requested now has left. */
export function LinkExpiry({ children }: { children: ReactNode }) {
  return (
    <div className="border-l-4 border-brand bg-panel px-4 py-3">
      <p>{children}</p>
      <p aria-live="polite" aria-atomic="true" className="no-print mt-2 font-bold empty:hidden" data-testid="link-expiry" data-link-expiry="" />
    </div>
  );
}
