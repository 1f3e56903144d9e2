import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchForm } from '../../_components/search-form';
import { normaliseQuery, searchSteps } from '../../_lib/search.server';
import { pathOf } from '../../../machines/paths';

export const metadata: Metadata = { title: 'Search', robots: { index: false } };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { q } = await searchParams;
  const query = typeof q === 'string' ? q.slice(0, 200) : '';
  const results = await searchSteps(query);
  const shown = normaliseQuery(query);
  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold">{query ? 'Search results' : 'Search the login help'}</h1>
      <div className="mt-6">
        <SearchForm defaultValue={query} />
      </div>
      {query && (
        <section aria-labelledby="results" className="mt-8">
          <h2 id="results" className="text-xl font-bold break-words" role="status">
            {results.length === 0 ? `Nothing matched “${shown}”` : `${results.length} ${results.length === 1 ? 'step matches' : 'steps match'} “${shown}”`}
          </h2>
          {results.length === 0 ? (
            <p className="mt-3">
              Check the spelling, try fewer words, or <Link href="/">start from the list of problems</Link>.
            </p>
          ) : (
            <ol className="mt-4 space-y-4">
              {results.map((result) => (
                <li key={result.key}>
                  <Link href={pathOf(result.key)} className="text-lg font-bold">
                    {result.title}
                  </Link>
                  <p className="text-base text-muted">{result.description}</p>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}
