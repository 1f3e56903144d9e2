'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { untilMidnight } from '../_lib/midnight';

/** The plain rule from the server, plus (with JavaScript) how long a link requested now has left. */
export function LinkExpiry({ children }: { children: ReactNode }) {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="border-l-4 border-brand bg-panel px-4 py-3">
      <p>{children}</p>
      <p aria-live="polite" aria-atomic="true" className="mt-2 font-bold empty:hidden" data-testid="link-expiry">
        {now && `A link requested now stops working at midnight tonight: in ${untilMidnight(now)} by this device’s clock.`}
      </p>
    </div>
  );
}
