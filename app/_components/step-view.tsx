import { ssoValues } from '../../machines/school';
import { choiceEventsOf, isEnd, targetOf, scenarioOf, scenarioWalks, stepsOf, type StateKey } from '../../machines/states';
import { shortestParents } from '../../machines/shortest-parents';
import { pathOf, type SchoolContext, type Surface } from '../../machines/paths';
import { offeredScenario, printPathOf } from '../../machines/scenarios';
import { loadStep } from '../_lib/content.server';
import { scenarioLabelOf } from '../_lib/scenario-labels.server';
import { publicUrl, siteUrl } from '../_lib/site';
import { AnswerTrail } from './answer-trail';
import { BackLink, StartOverLink } from './back-link';
import { ChoiceList, type ChoiceLink } from './choice-list';
import { CopyStepLink } from './copy-step-link';
import { GivenSchool } from './given-school';
import { FeedbackForm } from './feedback-form';
import { MdxContent } from './mdx-content';
import { mdxComponents } from './mdx-components';
import { StepHeading } from './step-heading';
import { StepProgress } from './step-progress';

type Props = {
  stateKey: StateKey;
  surface: Surface;
  /** The school context the server applies (a personal link); static pages leave it to the browser. */
  context?: SchoolContext;
};

export async function StepView({ stateKey, surface, context }: Props) {
  const [step, scenarioLabel] = await Promise.all([loadStep(stateKey), scenarioLabelOf(stateKey)]);
  const choices: ChoiceLink[] = choiceEventsOf(stateKey).map((event) => ({
    event,
    label: step.choiceLabel(event),
    targets: Object.fromEntries(ssoValues.map((sso) => [sso, targetOf(stateKey, event, { sso })])) as ChoiceLink['targets'],
  }));
  const showProgress = stateKey !== 'start' && !isEnd(stateKey) && scenarioLabel;
  const handout = surface === 'help' ? offeredScenario(scenarioOf(stateKey)) : undefined;
  const view = (
    <article className="mx-auto max-w-2xl px-4 pb-12">
      {stateKey !== 'start' && (
        <nav aria-label="Step" className="no-print flex items-center justify-between py-4">
          <BackLink fallback={shortestParents.get(stateKey) ?? 'start'} />
          <StartOverLink />
        </nav>
      )}
      {showProgress && (
        <StepProgress
          stateKey={stateKey}
          first={stepsOf(scenarioOf(stateKey))[0]}
          walks={scenarioWalks(scenarioOf(stateKey))}
          problem={scenarioLabel}
        />
      )}
      <div className={stateKey === 'start' ? 'pt-8' : 'pt-1'}>
        <StepHeading>{step.meta.title}</StepHeading>
      </div>
      <div className="prose-step mt-6">
        <MdxContent code={step.code} components={mdxComponents} />
      </div>
      {step.meta.question && (
        <ChoiceList question={step.meta.question} choices={choices} askedByHeading={step.meta.question === step.meta.title} />
      )}
      <AnswerTrail />
      <FeedbackForm stateKey={stateKey} surface={surface} />
      {publicUrl(pathOf(stateKey)) && (
        <p className="mt-8 hidden text-base print:block">This step online: {publicUrl(pathOf(stateKey))}</p>
      )}
      {stateKey !== 'start' && (
        <div className="no-print mt-8 flex flex-wrap items-center gap-4 border-t border-line pt-6">
          <CopyStepLink site={siteUrl.href} />
          {handout && (
            <a href={printPathOf(handout.scenario)} className="text-base">
              Print this scenario
            </a>
          )}
          {isEnd(stateKey) && <StartOverLink />}
        </div>
      )}
    </article>
  );
  return context ? <GivenSchool value={context}>{view}</GivenSchool> : view;
}
