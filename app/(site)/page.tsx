import { StepView } from '../_components/step-view';
import { SearchForm } from '../_components/search-form';
import { stepMetadata } from '../_lib/step-metadata.server';

export const generateMetadata = () => stepMetadata('start');

export default function StartPage() {
  return (
    <>
      <StepView stateKey="start" surface="help" />
      <div className="mx-auto max-w-2xl px-4">
        <SearchForm />
      </div>
    </>
  );
}
