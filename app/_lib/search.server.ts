import 'server-only';
import MiniSearch from 'minisearch';
import { loadAllSteps } from './content.server';
import type { StateKey } from '../../machines/states';

type Doc = { id: StateKey; title: string; description: string; question: string; keywords: string; text: string };

const stopWords = new Set(['a', 'an', 'and', 'the', 'i', 'my', 'me', 'you', 'your', 'it', 'is', 'to', 'of', 'in', 'on', 'for', 'when', 'try', 'says', 'get', 'got', 'was']);
const quotes = /[‘’“”"'`]/g;

export function normaliseQuery(q: string): string {
  return q.replace(quotes, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}

const relevantShare = 0.25;

let index: Promise<MiniSearch<Doc>> | undefined;

function buildIndex() {
  return loadAllSteps().then((steps) => {
    const search = new MiniSearch<Doc>({
      fields: ['title', 'description', 'question', 'keywords', 'text'],
      storeFields: ['title', 'description'],
      processTerm: (term) => {
        const word = term.toLowerCase().replace(quotes, '');
        return word.length > 0 && !stopWords.has(word) ? word : null;
      },
      searchOptions: { boost: { keywords: 4, title: 3, description: 1.5 }, prefix: true, fuzzy: 0.2 },
    });
    search.addAll(
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
    return search;
  });
}

/** Steps that match a symptom or a pasted error message, best first (MiniSearch's BM25 ranking). */
export async function searchSteps(q: string) {
  const query = normaliseQuery(q);
  if (!query) return [];
  index ??= buildIndex();
  const results = (await index).search(query);
  // Fuzzy, prefix matching finds a word in nearly every step; keep the ones that score near the best.
  const floor = (results[0]?.score ?? 0) * relevantShare;
  return results.filter((result) => result.score >= floor).map((result) => ({
    key: result.id as StateKey,
    title: result.title as string,
    description: result.description as string,
  }));
}
