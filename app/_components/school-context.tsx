import type { ReactNode } from 'react';
import { Address } from './address';
import type { View } from './view';

/**
 * "your usual CPOMS login page", a link once the school's address is known and trusted: by the server on a personal
 * page, by app/_dom/school.ts on a static one (an anchor without href reads as plain words until then).
 */
export function SchoolLoginLink({ children, view }: { children: ReactNode; view: View }) {
  const school = view.context?.school;
  return (
    // Until then a placeholder: no href-only attributes, as HTML asks, and said to be no link, as crawlers check.
    <a href={school ?? undefined} rel={school ? 'noopener noreferrer' : undefined} role={school ? undefined : 'none'} data-school-link="">
      {children}
    </a>
  );
}

export function SchoolAddress({ label, view }: { label: string; view: View }) {
  const school = view.context?.school;
  return (
    <p className="border-l-4 border-line bg-panel px-4 py-3" data-school-address="" hidden={!school}>
      {label}{' '}
      <strong className="break-words" data-school-text="">
        {school && <Address text={school} />}
      </strong>
    </p>
  );
}
