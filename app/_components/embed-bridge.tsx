'use client';

import { useEffect } from 'react';
import { usePathname } from 'next/navigation';
import { contextQuery, pathOf } from '../../machines/paths';
import { useWizard } from './wizard-provider';

function post(message: object) {
  // Height and path say nothing private, and the host's origin is not known here: the loader checks the sender.
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

/** Tells the school's page how tall the widget is and which step it shows. */
export function EmbedBridge() {
  const pathname = usePathname();
  const { key, school } = useWizard();

  useEffect(() => {
    // The content's own height: the document's would never be less than the frame, so the widget could not shrink.
    const root = document.getElementById('embed-root')!;
    const report = () => post({ type: 'cpoms-help:resize', height: Math.ceil(root.getBoundingClientRect().height) });
    const observer = new ResizeObserver(report);
    observer.observe(root);
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && post({ type: 'cpoms-help:close' });
    document.addEventListener('keydown', onKey);
    report();
    return () => {
      observer.disconnect();
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  useEffect(() => post({ type: 'cpoms-help:step', path: pathname }), [pathname]);

  const fullSite = pathOf(key ?? 'start') + contextQuery(school);
  return (
    <p className="mx-auto max-w-2xl px-4 pb-4 text-base">
      <a href={fullSite} target="_blank" rel="noopener">
        Open this help in a new tab<span className="sr-only"> (opens in a new tab)</span>
      </a>
    </p>
  );
}
