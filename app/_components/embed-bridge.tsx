'use client';

import { useEffect } from 'react';
import { usePathname } from 'next/navigation';
import { contextQuery, pathOf } from '../../machines/paths';
import { allowedHostSuffixes } from '../../machines/school';
import { closeOnEscape, ignoredSchoolWarning, linksLeaveFrame, postToHost, reportHeight } from '../_dom/embed-frame';
import { useWizard } from './wizard-provider';

/** Tells the school's page how tall the widget is and which step it shows; sends links that leave it out of the frame. */
export function EmbedBridge() {
  const pathname = usePathname();
  const { key, school } = useWizard();

  useEffect(() => {
    const root = document.getElementById('embed-root')!;
    const stops = [reportHeight(root), closeOnEscape(document), linksLeaveFrame(root)];
    // The loader passes the school's address through unchecked: this page applies the one rule, and says so.
    const warning = ignoredSchoolWarning(window.location.search, allowedHostSuffixes(process.env.ALLOWED_SCHOOL_HOSTS));
    if (warning) console.warn(warning);
    return () => stops.forEach((stop) => stop());
  }, []);

  useEffect(() => postToHost({ type: 'cpoms-help:step', path: pathname }), [pathname]);

  const fullSite = pathOf(key ?? 'start') + contextQuery(school);
  return (
    <footer className="mx-auto max-w-2xl px-4 pb-4 text-base">
      <a href={fullSite} target="_blank" rel="noopener">
        Open this help in a new tab<span className="sr-only"> (opens in a new tab)</span>
      </a>
    </footer>
  );
}
