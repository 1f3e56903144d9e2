import type { ReactNode } from 'react';

/** What to copy: fixed words, a path made absolute on the page's host, another element's text, or this step's link. */
export type CopySource = { text: string } | { path: string } | { from: string } | { stepLink: string };

const attributes = (copy: CopySource) => ({
  'data-copy-text': 'text' in copy ? copy.text : undefined,
  'data-copy-path': 'path' in copy ? copy.path : undefined,
  'data-copy-from': 'from' in copy ? copy.from : undefined,
  'data-copy-step-link': 'stepLink' in copy ? copy.stepLink : undefined,
});

/** A copy button and its polite status, hidden until app/_dom/copy.ts can make it work. */
export function CopyButton({ copy, label }: { copy: CopySource; label: ReactNode }) {
  return (
    <span className="no-print inline-flex flex-wrap items-center gap-3" data-copy-control="" hidden>
      <button type="button" className="button-secondary" {...attributes(copy)}>
        {label}
      </button>
      <span role="status" className="text-base font-bold text-ok" />
    </span>
  );
}
