'use client';

import { createContext, type ReactNode } from 'react';
import type { SchoolContext } from '../../machines/paths';

/** The school context the server already applied to this page, for the first paint before the URL is read. */
export const GivenSchoolContext = createContext<SchoolContext | null>(null);

export function GivenSchool({ value, children }: { value: SchoolContext; children: ReactNode }) {
  return <GivenSchoolContext value={value}>{children}</GivenSchoolContext>;
}
