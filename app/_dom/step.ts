import { schoolContextFrom } from '../../machines/school';
import type { SchoolContext, Surface } from '../../machines/paths';
import type { StateKey } from '../../machines/state-key';

/** The step a page shows, read from its markup (StepView's data attributes), and the school context its address carries. */
export type Step = { article: HTMLElement; key: StateKey; surface: Surface; title: string; school: SchoolContext };

export function stepOf(article: HTMLElement): Step {
  const { step, surface, title } = article.dataset;
  return {
    article,
    key: step as StateKey,
    surface: surface === 'embed' ? 'embed' : 'help',
    title: title ?? '',
    // Every link carries the context on (hrefOf), so each page reads it from its own address.
    school: schoolContextFrom(new URLSearchParams(article.ownerDocument.location.search)),
  };
}
