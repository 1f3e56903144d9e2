export const stepHeadingId = 'step-heading';

/** The page's h1; after a move to a new step, app/_dom/arrival.ts puts focus here so a screen reader starts at it. */
export function StepHeading({ children }: { children: string }) {
  return (
    <h1 id={stepHeadingId} tabIndex={-1} className="text-3xl font-bold leading-tight sm:text-4xl">
      {children}
    </h1>
  );
}
