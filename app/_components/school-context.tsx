'use client';

import type { ReactNode } from 'react';
import { Address } from './address';
import { useWizard } from './wizard-provider';

/** "your usual CPOMS login page", which becomes a link once the wizard knows (and trusts) the school's address. */
export function SchoolLoginLink({ children }: { children: ReactNode }) {
  const { school } = useWizard().school;
  if (!school) return <>{children}</>;
  return (
    <a href={school} rel="noopener noreferrer" data-school-link="">
      {children}
    </a>
  );
}

export function SchoolAddress({ label }: { label: string }) {
  const { school } = useWizard().school;
  if (!school) return null;
  return (
    <p className="border-l-4 border-line bg-panel px-4 py-3">
      {label} <strong className="break-words">
        <Address text={school} />
      </strong>
    </p>
  );
}
