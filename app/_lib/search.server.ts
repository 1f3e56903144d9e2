import 'server-only';
import { searchIndex } from '../../generated/content';
import { loadSearchIndex, searchIn } from './search-index';

export { normaliseQuery } from './search-index';

const index = loadSearchIndex(searchIndex);

export function searchSteps(q: string) {
  return searchIn(index, q);
}
