import MiniSearch, { type Options } from 'minisearch';
import type { CompiledStep } from '../../content/compiled';
import type { StateKey } from '../../machines/states';

type Doc = { id: StateKey; title: string; description: string; question: string; keywords: string; text: string };

const stopWords = new Set(['a', 'an', 'and', 'the', 'i', 'my', 'me', 'you', 'your', 'it', 'is', 'to', 'of', 'in', 'on', 'for', 'when', 'try', 'says', 'get', 'got', 'was']);
const quotes = /[‘’“”"'`]/g;

export function normaliseQuery(q: string): string {
  return q.replace(quotes, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** Built at build and loaded by the server: MiniSearch needs the same options on both sides. */
const options: Options<Doc> = {
  fields: ['title', 'description', 'question', 'keywords', 'text'],
  storeFields: ['title', 'description'],
  processTerm: (term) => {
    const word = term.toLowerCase().replace(quotes, '');
    return word.length > 0 && !stopWords.has(word) ? word : null;
  },
  searchOptions: { boost: { keywords: 4, title: 3, description: 1.5 }, prefix: true, fuzzy: 0.2 },
};

export function createSearchIndex(steps: readonly CompiledStep[]): MiniSearch<Doc> {
  const index = new MiniSearch<Doc>(options);
  index.addAll(
    steps
      .filter((step) => step.key !== 'start')
      .map(({ key, meta, text }) => ({
        id: key,
        title: meta.title,
        description: meta.description,
        question: meta.question ?? '',
        keywords: (meta.keywords ?? []).join(' '),
        text,
      })),
  );
  return index;
}

export function loadSearchIndex(serialised: string): MiniSearch<Doc> {
  return MiniSearch.loadJSON<Doc>(serialised, options);
}

const relevantShare = 0.25;

/** Steps that match a symptom or a pasted error message, best first (MiniSearch's BM25 ranking). */
export function searchIn(index: MiniSearch<Doc>, q: string) {
  const query = normaliseQuery(q);
  if (!query) return [];
  const results = index.search(query);
  // Fuzzy, prefix matching finds a word in nearly every step; keep the ones that score near the best.
  const floor = (results[0]?.score ?? 0) * relevantShare;
  return results.filter((result) => result.score >= floor).map((result) => ({
    key: result.id as StateKey,
    title: result.title as string,
    description: result.description as string,
  }));
}
