import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { CompiledStep } from '../../content/compiled';
import type { StateKey } from '../../machines/states';

/**
 * Search, without files or the server: the index's options, how it is built and how it is asked, so an index built
 * (and serialised) at build time is loaded with exactly these options (MiniSearch.loadJSON needs them identical).
 */
export type SearchDoc = { id: StateKey; title: string; description: string; question: string; keywords: string; text: string };
export type SearchHit = { key: StateKey; title: string; description: string };

const stopWords = new Set([
  'a', 'an', 'and', 'the', 'i', 'im', 'my', 'me', 'you', 'your', 'it', 'is', 'to', 'of', 'in', 'on', 'for', 'when',
  'try', 'says', 'get', 'got', 'was', 'with', 'how', 'do', 'does', 'be', 'can', 'cant', 'keeps', 'this', 'that',
]);
const quotes = /[‘’“”"'`]/g;

export function normaliseQuery(q: string): string {
  return q
    // Markup is never what a reader saw on a CPOMS screen: a pasted script or tag searches for nothing.
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?[a-z][^>]*>?/gi, ' ')
    .replace(quotes, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

function processTerm(term: string): string | null {
  const word = term.toLowerCase().replace(quotes, '');
  return word.length > 1 && !stopWords.has(word) && !/^\d+$/.test(word) ? word : null;
}

/** A typo is one slip in a short word, two in a long one. */
function typoAllowance(term: string): number | false {
  return term.length <= 3 ? false : term.length <= 6 ? 1 : 2;
}

export const searchOptions = {
  fields: ['title', 'description', 'question', 'keywords', 'text'],
  storeFields: ['title', 'description'],
  processTerm,
  searchOptions: {
    boost: { keywords: 4, title: 3, description: 1.5 },
    // Prefixes let "expir" find "expired".
    fuzzy: typoAllowance,
    maxFuzzy: 2,
    prefix: (term: string) => term.length >= 3,
    weights: { fuzzy: 0.3, prefix: 0.6 },
    // Keywords are lists of synonyms: a long list is not a weaker match, so length counts for little.
    bm25: { k: 1.2, b: 0.3, d: 0.5 },
  },
} satisfies Options<SearchDoc>;

/** The steps as search documents: the start page is a list of problems, not an answer, so it is left out. */
export function searchDocsOf(steps: readonly CompiledStep[]): SearchDoc[] {
  return steps
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

export function createSearchIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(searchOptions);
  index.addAll(docs);
  return index;
}

/** The index the build serialised (generated/content.ts), loaded with the options it was built with. */
export function loadSearchIndex(serialised: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(serialised, searchOptions);
}

const relevantShare = 0.25;

/** Terms of the query that count: a hit must match at least half of them, so one stray word finds nothing. */
function meaningfulTerms(query: string): string[] {
  return [...new Set(query.split(/[\s\-.,:;!?()[\]{}<>/\\|@#%&*+=~^$]+/).map(processTerm).filter((t): t is string => t !== null))];
}

/** Steps that match a symptom or a pasted error message, best first (MiniSearch's BM25 ranking). */
export function searchIn(index: MiniSearch<SearchDoc>, q: string): SearchHit[] {
  const query = normaliseQuery(q);
  const terms = meaningfulTerms(query);
  if (terms.length === 0) return [];
  const needed = Math.ceil(terms.length / 2);
  // A word the steps use is taken as meant: only unknown words are read as typos ("expired" is not "expire").
  const known = new Set(terms.filter((term) => index.search(term, { fuzzy: false, prefix: false }).length > 0));
  const fuzzy = (term: string) => (known.has(term) ? false : typoAllowance(term));
  const results = index.search(query, { fuzzy }).filter((result: SearchResult) => new Set(result.queryTerms).size >= needed);
  // Fuzzy, prefix matching finds a word in nearly every step; keep the ones that score near the best.
  const floor = (results[0]?.score ?? 0) * relevantShare;
  return results
    .filter((result) => result.score >= floor)
    .map((result) => ({ key: result.id as StateKey, title: result.title as string, description: result.description as string }));
}
