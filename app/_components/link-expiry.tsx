'use client';

import type { ReactNode } from 'react';
import { untilMidnight } from '../_lib/midnight';
import { useClock } from './use-clock';

/** The plain rule from the server, plus (with JavaScript) how long a link requested now has left. */
export function LinkExpiry({ children }: { children: ReactNode }) {
  const now = useClock();
  return (
    <div className="border-l-4 border-brand bg-panel px-4 py-3">
      <p>{children}</p>
      <p aria-live="polite" aria-atomic="true" className="no-print mt-2 font-bold empty:hidden" data-testid="link-expiry">
        {now && `A link requested now stops working at midnight tonight: in ${untilMidnight(now)} by this device’s clock.`}
      </p>
    </div>
  );
}
