'use client';

import { useEffect, useState, type ReactNode } from 'react';
import type { BrowserId } from '../../content/schema';

type Props = { browsers: { id: BrowserId; name: string; section: ReactNode }[] };

/** Every browser's steps are in the page; once the reader's browser is known, it comes first and opens. */
export function BrowserPicker({ browsers }: Props) {
  const [detected, setDetected] = useState<BrowserId | null>(null);
  useEffect(() => {
    import('../_lib/detect-browser').then(({ detectBrowser }) => {
      const hash = window.location.hash.slice(1);
      const linked = browsers.find((browser) => browser.id === hash)?.id;
      setDetected(linked ?? detectBrowser(navigator.userAgent, navigator.maxTouchPoints));
    });
  }, [browsers]);
  useEffect(() => {
    // A printed handout has no way to open a section, so every browser's steps print.
    const openAll = () => document.querySelectorAll('details').forEach((details) => (details.open = true));
    window.addEventListener('beforeprint', openAll);
    return () => window.removeEventListener('beforeprint', openAll);
  }, []);
  const ordered = detected ? [...browsers].sort((a, b) => Number(b.id === detected) - Number(a.id === detected)) : browsers;
  const name = browsers.find((browser) => browser.id === detected)?.name;
  return (
    <div data-detected={detected ?? ''}>
      {name && (
        <p className="font-bold" data-testid="detected-browser">
          You seem to be using {name}, so its steps are first. The other browsers are below.
        </p>
      )}
      <div className="mt-4 space-y-3">
        {ordered.map((browser) => (
          <details key={browser.id} id={browser.id} open={detected ? browser.id === detected : true} className="rounded border-2 border-line">
            <summary className="cursor-pointer px-4 py-3 text-xl font-bold">{browser.name}</summary>
            <div className="prose-step border-t border-line px-4 py-4">{browser.section}</div>
          </details>
        ))}
      </div>
    </div>
  );
}
