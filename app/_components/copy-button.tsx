'use client';

import { useState, type ReactNode } from 'react';
import { useHydrated } from './use-hydrated';

/** Copies text and says so in a polite live region; shown only once JavaScript can make it work. */
export function CopyButton({ text, label }: { text: string | (() => string); label: ReactNode }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState('');
  if (!hydrated) return null;
  return (
    <span className="no-print inline-flex flex-wrap items-center gap-3">
      <button
        type="button"
        className="button-secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
            setStatus('Copied');
          } catch {
            setStatus('Could not copy: select the text and copy it yourself');
          }
        }}
      >
        {label}
      </button>
      <span role="status" className="text-base font-bold text-ok">
        {status}
      </span>
    </span>
  );
}
