import { ssoValues } from '../../machines/school';
import { choiceEventsOf, isEnd, targetOf, scenarioOf, stepsOf, shortestParents, type StateKey } from '../../machines/states';
import { pathOf, type Surface } from '../../machines/paths';
import { offeredScenario, printPathOf } from '../../machines/scenarios';
import { loadStep } from '../_lib/content.server';
import { scenarioLabelOf } from '../_lib/scenario-labels.server';
import { absoluteUrl } from '../_lib/site';
import { AnswerTrail } from './answer-trail';
import { BackLink, StartOverLink } from './back-link';
import { ChoiceList, type ChoiceLink } from './choice-list';
import { CopyStepLink } from './copy-step-link';
import { FeedbackForm } from './feedback-form';
import { MdxContent } from './mdx-content';
import { StepHeading } from './step-heading';

export async function StepView({ stateKey, surface }: { stateKey: StateKey; surface: Surface }) {
  const [step, scenarioLabel] = await Promise.all([loadStep(stateKey), scenarioLabelOf(stateKey)]);
  const choices: ChoiceLink[] = choiceEventsOf(stateKey).map((event) => ({
    event,
    label: step.choiceLabel(event),
    targets: Object.fromEntries(ssoValues.map((sso) => [sso, targetOf(stateKey, event, { sso })])) as ChoiceLink['targets'],
  }));
  const steps = stepsOf(scenarioOf(stateKey));
  const showProgress = stateKey !== 'start' && !isEnd(stateKey) && scenarioLabel;
  const handout = surface === 'help' ? offeredScenario(scenarioOf(stateKey)) : undefined;
  return (
    <article className="mx-auto max-w-2xl px-4 pb-12">
      {stateKey !== 'start' && (
        <nav aria-label="Step" className="no-print flex items-center justify-between py-4">
          <BackLink fallback={shortestParents.get(stateKey) ?? 'start'} />
          <StartOverLink />
        </nav>
      )}
      {showProgress && (
        <p className="text-base text-muted" data-testid="progress">
          {steps.length > 1 && (
            <>
              Step {steps.indexOf(stateKey) + 1} of {steps.length}
              <span className="sr-only">:</span>{' '}
            </>
          )}
          <span className="block">{scenarioLabel}</span>
        </p>
      )}
      <div className={stateKey === 'start' ? 'pt-8' : 'pt-1'}>
        <StepHeading>{step.meta.title}</StepHeading>
      </div>
      <div className="prose-step mt-6">
        <MdxContent code={step.code} />
      </div>
      {step.meta.question && <ChoiceList question={step.meta.question} choices={choices} />}
      <AnswerTrail />
      <FeedbackForm stateKey={stateKey} surface={surface} />
      <p className="mt-8 hidden text-base print:block">This step online: {absoluteUrl(pathOf(stateKey))}</p>
      {stateKey !== 'start' && (
        <div className="no-print mt-8 flex flex-wrap items-center gap-4 border-t border-line pt-6">
          <CopyStepLink />
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
}
