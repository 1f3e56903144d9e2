import type { Metadata } from 'next';
import { SearchForm } from '../../_components/search-form';
import { StepView } from '../../_components/step-view';
import { paramsOf } from '../../_lib/personal-rewrite';
import { stepMetadata } from '../../_lib/step-metadata.server';
import { schoolContextFrom } from '../../../machines/school';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { ...(await stepMetadata('start')), robots: { index: false } };
}

/** The start page as a school's link opens it, its context applied on the server (see personal-rewrite.ts). */
export default async function PersonalStartPage({ searchParams }: Props) {
  const context = schoolContextFrom(paramsOf(await searchParams));
  return (
    <>
      <StepView stateKey="start" surface="help" context={context} />
      <div className="mx-auto max-w-2xl px-4">
        <SearchForm />
      </div>
    </>
  );
}
