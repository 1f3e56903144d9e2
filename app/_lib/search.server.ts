import 'server-only';
import type MiniSearch from 'minisearch';
import { loadAllSteps } from './content.server';
import { createSearchIndex, searchIn, type SearchDoc } from './search-index';

export { normaliseQuery } from './search-index';

let index: Promise<MiniSearch<SearchDoc>> | undefined;

/** The steps as search documents: the start page is a list of problems, not an answer, so it is left out. */
async function searchDocs(): Promise<SearchDoc[]> {
  return (await loadAllSteps())
    .filter((step) => step.key !== 'start')
    .map(({ key, meta, text }) => ({
      id: key,
      title: meta.title,
      description: meta.description,
      question: meta.question ?? '',
      keywords: (meta.keywords ?? []).join(' '),
      text,
    }));
}

export async function searchSteps(q: string) {
  index ??= searchDocs().then(createSearchIndex);
  return searchIn(await index, q);
}
