'use client';

import type { ReactNode } from 'react';
import { useWizard } from './wizard-provider';

/** Words that only make sense on the full site (its search box), left out of a school's embedded copy. */
export function OnFullSite({ children }: { children: ReactNode }) {
  return useWizard().surface === 'help' ? <>{children}</> : null;
}
