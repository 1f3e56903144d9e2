'use client';

import { useEffect } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { enhancePage } from '../_dom/page';

/** The site's one client component: runs app/_dom/ on each page it shows, moving between steps with Next's router. */
export function PageBehaviour() {
  const pathname = usePathname();
  const router = useRouter();
  useEffect(() => enhancePage(document, { go: (href) => router.push(href) }), [pathname, router]);
  return null;
}
