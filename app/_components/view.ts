import { hrefOf, type SchoolContext, type Surface } from '../../machines/paths';
import type { StateKey } from '../../machines/state-key';

/**
 * Where a step is drawn: the surface, and the school context when the server applies it (a personal link). Static
 * pages have none; app/_dom/ reads it from the address in the browser and sets the same links and words.
 */
export type View = { surface: Surface; context?: SchoolContext };

export const linkTo = (view: View, key: StateKey) => hrefOf(key, view.surface, view.context);
