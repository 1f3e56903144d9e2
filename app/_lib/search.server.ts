import 'server-only';
import { searchIndex } from '../../generated/content';
import { loadSearchIndex, searchIn } from './search-index';

export { normaliseQuery } from './search-index';

/** Built and serialised at build: the first search after a start answers like any other. */
const index = loadSearchIndex(searchIndex);

export function searchSteps(q: string) {
  return searchIn(index, q);
}
