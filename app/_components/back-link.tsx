import type { StateKey } from '../../machines/state-key';
import { linkTo, type View } from './view';

/** Back goes where the reader came from (app/_dom/back.ts); without a trail or script it goes one step up the tree. */
export function BackLink({ fallback, view }: { fallback: StateKey; view: View }) {
  return (
    <a href={linkTo(view, fallback)} data-key={fallback} data-back="" className="inline-flex items-center gap-1 text-base text-ink">
      <span aria-hidden="true">‹</span> Back
    </a>
  );
}

export function StartOverLink({ view }: { view: View }) {
  return (
    <a href={linkTo(view, 'start')} data-key="start" className="text-base">
      Start over
    </a>
  );
}
