import { ssoValues } from '../../machines/school';
import { choiceEventsOf, isEnd, targetOf, scenarioOf, scenarioWalks, stepsOf, type StateKey } from '../../machines/states';
import { shortestParents } from '../../machines/shortest-parents';
import { pathOf } from '../../machines/paths';
import { offeredScenario, printPathOf } from '../../machines/scenarios';
import { loadStep } from '../_lib/content.server';
import { scenarioLabelOf } from '../_lib/scenario-labels.server';
import { publicUrl, siteUrl } from '../_lib/site';
import { AnswerTrail } from './answer-trail';
import { BackLink, StartOverLink } from './back-link';
import { ChoiceList, type ChoiceLink } from './choice-list';
import { CopyStepLink } from './copy-step-link';
import { FeedbackForm } from './feedback-form';
import { MdxContent } from './mdx-content';
import { stepComponents } from './mdx-components';
import { StepHeading } from './step-heading';
import { StepProgress } from './step-progress';
import type { View } from './view';

type Props = View & { stateKey: StateKey };

/**
 * One step, drawn the same for the site (through Next), a personal link (with `context`) and the widget (rendered
 * to static HTML at build, scripts/build/widget.tsx). Plain markup: its behaviour is app/_dom/, run on `data-step`.
 */
export function StepView({ stateKey, ...view }: Props) {
  const step = loadStep(stateKey);
  const scenarioLabel = scenarioLabelOf(stateKey);
  const choices: ChoiceLink[] = choiceEventsOf(stateKey).map((event) => ({
    event,
    label: step.choiceLabel(event),
    targets: Object.fromEntries(ssoValues.map((sso) => [sso, targetOf(stateKey, event, { sso })])) as ChoiceLink['targets'],
  }));
  const showProgress = stateKey !== 'start' && !isEnd(stateKey) && scenarioLabel;
  const handout = view.surface === 'help' ? offeredScenario(scenarioOf(stateKey)) : undefined;
  return (
    <article
      key={stateKey}
      className="mx-auto max-w-2xl px-4 pb-12"
      data-step={stateKey}
      data-surface={view.surface}
      data-title={step.meta.title}
    >
      {stateKey !== 'start' && (
        <nav aria-label="Step" className="no-print flex items-center justify-between py-4">
          <BackLink fallback={shortestParents.get(stateKey) ?? 'start'} view={view} />
          <StartOverLink view={view} />
        </nav>
      )}
      {showProgress && (
        <StepProgress
          stateKey={stateKey}
          first={stepsOf(scenarioOf(stateKey))[0]}
          walks={scenarioWalks(scenarioOf(stateKey))}
          problem={scenarioLabel}
          view={view}
        />
      )}
      <div className={stateKey === 'start' ? 'pt-8' : 'pt-1'}>
        <StepHeading>{step.meta.title}</StepHeading>
      </div>
      <div className="prose-step mt-6">
        <MdxContent code={step.code} components={stepComponents(view)} />
      </div>
      {step.meta.question && (
        <ChoiceList question={step.meta.question} choices={choices} view={view} askedByHeading={step.meta.question === step.meta.title} />
      )}
      <AnswerTrail />
      <FeedbackForm stateKey={stateKey} surface={view.surface} />
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
          {isEnd(stateKey) && <StartOverLink view={view} />}
        </div>
      )}
    </article>
  );
}
