import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchForm } from '../../_components/search-form';
import { normaliseQuery, searchSteps } from '../../_lib/search.server';
import { scenarioLabelOf, scenarioLabels } from '../../_lib/scenario-labels.server';
import { pathOf } from '../../../machines/paths';
import { offeredScenarios } from '../../../machines/scenarios';

export const metadata: Metadata = { title: 'Search', robots: { index: false } };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { q } = await searchParams;
  const query = typeof q === 'string' ? q.slice(0, 200) : '';
  const found = await searchSteps(query);
  const results = await Promise.all(found.map(async (result) => ({ ...result, problem: await scenarioLabelOf(result.key) })));
  const labels = await scenarioLabels();
  const shown = normaliseQuery(query) || query.trim();
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
            <div data-testid="no-results">
              <p className="mt-3">Check the spelling or try fewer words. Or choose the problem that fits best:</p>
              <ul className="mt-4 space-y-2" role="list">
                {offeredScenarios.map(({ scenario, first }) => (
                  <li key={scenario}>
                    <Link href={pathOf(first)}>{labels.get(scenario)}</Link>
                  </li>
                ))}
              </ul>
              <p className="mt-4">
                Still stuck? <Link href={pathOf('contact-support.get-help')}>Contact CPOMS support</Link>: 01756 797766 or
                support@cpoms.co.uk.
              </p>
            </div>
          ) : (
            <ol className="mt-4 space-y-5">
              {results.map((result) => (
                <li key={result.key}>
                  <Link href={pathOf(result.key)} className="text-lg font-bold">
                    {result.title}
                  </Link>
                  {result.problem && (
                    <p className="text-base" data-testid="result-problem">
                      <span className="text-muted">Problem: </span>
                      {result.problem}
                    </p>
                  )}
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
