import { ssoValues, type Sso } from '../../machines/school';
import type { ChoiceEvent, StateKey } from '../../machines/state-key';
import { stepHeadingId } from './step-heading';
import { linkTo, type View } from './view';

export type ChoiceLink = {
  event: ChoiceEvent;
  label: string;
  /** Where the machine's guards send this answer for each SSO setting, worked out on the server. */
  targets: Record<Sso, StateKey>;
};

type Props = {
  question: string;
  choices: ChoiceLink[];
  view: View;
  /** Whether the page's heading already asks the question: then it is asked once, and names the choices. */
  askedByHeading?: boolean;
};

/** Each answer is a real link to where the machine sends it; app/_dom/choices.ts picks the target for the reader's SSO setting. */
export function ChoiceList({ question, choices, view, askedByHeading = false }: Props) {
  const sso = view.context?.sso ?? 'unknown';
  return (
    <nav aria-labelledby={askedByHeading ? stepHeadingId : 'question'} className="mt-8" data-question={question}>
      {!askedByHeading && (
        <h2 id="question" className="text-2xl font-bold">
          {question}
        </h2>
      )}
      <ul className={askedByHeading ? 'space-y-3' : 'mt-4 space-y-3'} role="list">
        {choices.map((choice) => (
          <li key={choice.event}>
            <a
              className="choice"
              href={linkTo(view, choice.targets[sso])}
              data-event={choice.event}
              data-label={choice.label}
              {...Object.fromEntries(ssoValues.map((value) => [`data-to-${value}`, choice.targets[value]]))}
            >
              {choice.label}
              <span aria-hidden="true" className="text-2xl leading-none">
                ›
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
