'use client';

import { useEffect, useRef } from 'react';

let firstPage = true;

export const stepHeadingId = 'step-heading';

/** The page's h1; after moving to a new step, focus lands here so a screen reader starts at the question. */
export function StepHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} id={stepHeadingId} tabIndex={-1} className="text-3xl font-bold leading-tight sm:text-4xl">
      {children}
    </h1>
  );
}
