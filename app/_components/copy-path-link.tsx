'use client';

import { CopyButton } from './copy-button';

/** Copies a path as a full link on whichever host serves the page. */
export function CopyPathLink({ path, name }: { path: string; name: string }) {
  return (
    <CopyButton
      text={() => new URL(path, window.location.origin).href}
      label={
        <>
          Copy link<span className="sr-only"> to “{name}”</span>
        </>
      }
    />
  );
}
