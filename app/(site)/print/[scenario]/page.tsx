import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MdxContent } from '../../../_components/mdx-content';
import { stepComponents } from '../../../_components/mdx-components';
import { PrintButton } from '../../../_components/print-button';
import { dependsOnSso } from '../../../_components/tree-list';
import { publicUrl } from '../../../_lib/site';
import { treeGroups } from '../../../_lib/tree-groups.server';
import { pathOf } from '../../../../machines/paths';
import { offeredScenario, offeredScenarios } from '../../../../machines/scenarios';

type Props = { params: Promise<{ scenario: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => offeredScenarios.map(({ scenario }) => ({ scenario }));

async function handoutOf({ params }: Props) {
  const { scenario } = await params;
  const offered = offeredScenario(scenario) ?? notFound();
  const { groups, steps } = await treeGroups();
  return { first: offered.first, group: groups.find((group) => group.scenario === offered.scenario)!, steps };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { group } = await handoutOf(props);
  // A copy of steps that have pages of their own: for notice boards, not for search results.
  return { title: `Handout: ${group.heading}`, robots: { index: false } };
}

const handoutComponents = stepComponents({ surface: 'help' });

/** One scenario's steps in order on one printable page, each answer saying where it leads. */
export default async function PrintPage(props: Props) {
  const { first, group, steps } = await handoutOf(props);
  const position = new Map(group.steps.map((step, index) => [step.key, index + 1]));
  // Paper has no links to follow: steps this handout's answers lead to elsewhere are summarised at its end.
  const elsewhere = [...new Set(group.steps.flatMap((step) => step.choices.map((choice) => choice.target)))].filter(
    (key) => !position.has(key) && key !== 'start',
  );
  return (
    <article className="mx-auto max-w-2xl px-4 py-8 print:max-w-none print:p-0">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{group.heading}</h1>
      {publicUrl(pathOf(first)) && (
        <p className="mt-4">
          Online, with links to every step: <a href={pathOf(first)}>{publicUrl(pathOf(first))}</a>
        </p>
      )}
      <p className="mt-4">
        <PrintButton label="Print this handout" />
      </p>
      <ol className="mt-8 space-y-10">
        {group.steps.map((step) => (
          <li key={step.key} data-state={step.key} className="border-t-4 border-brand pt-6 print:border-ink">
            <h2 className="text-2xl font-bold break-after-avoid">
              {position.get(step.key)}. {step.title}
            </h2>
            <div className="prose-step mt-4">
              <MdxContent code={steps.get(step.key)!.code} components={handoutComponents} />
            </div>
            {step.choices.length > 0 && (
              <div className="mt-6 break-inside-avoid rounded border-2 border-line p-4">
                <h3 className="text-xl font-bold">{steps.get(step.key)!.meta.question}</h3>
                <ul className="mt-2 space-y-1">
                  {step.choices.map((choice) => (
                    <li key={`${choice.label} ${choice.target}`}>
                      {choice.label} → leads to{' '}
                      {position.has(choice.target) ? `step ${position.get(choice.target)}, ` : ''}
                      <a href={pathOf(choice.target)}>{choice.title}</a>
                      {choice.conditional && <span className="text-muted"> ({dependsOnSso})</span>}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ol>
      {elsewhere.length > 0 && (
        <section aria-labelledby="elsewhere" className="mt-10 border-t-4 border-brand pt-6 print:border-ink">
          <h2 id="elsewhere" className="text-2xl font-bold">
            Where some answers lead
          </h2>
          <dl className="mt-4 space-y-4" data-testid="elsewhere">
            {elsewhere.map((key) => (
              <div key={key} className="break-inside-avoid" data-state={key}>
                <dt className="text-xl font-bold">
                  <a href={pathOf(key)}>{steps.get(key)!.meta.title}</a>
                </dt>
                <dd className="mt-1">
                  {steps.get(key)!.meta.description}
                  {publicUrl(pathOf(key)) && <span className="block text-base text-muted">{publicUrl(pathOf(key))}</span>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <section aria-labelledby="support" className="mt-10 break-inside-avoid rounded border-2 border-ink p-4" data-testid="handout-support">
        <h2 id="support" className="text-xl font-bold">
          CPOMS support
        </h2>
        <p className="mt-2">
          Phone <a href="tel:+441756797766">01756 797766</a> or email <a href="mailto:support@cpoms.co.uk">support@cpoms.co.uk</a>.
          Never send your password to anyone, including CPOMS support.
        </p>
      </section>
    </article>
  );
}
