'use client';

import type { MouseEvent } from 'react';
import type { Sso } from '../../machines/school';
import type { ChoiceEvent, StateKey } from '../../machines/states';
import { stepHeadingId } from './step-heading';
import { preloadMachine, useWizard } from './wizard-provider';

export type ChoiceLink = {
  event: ChoiceEvent;
  label: string;
  /** Where the machine's guards send this answer for each SSO setting, worked out on the server. */
  targets: Record<Sso, StateKey>;
};

function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

type Props = {
  question: string;
  choices: ChoiceLink[];
  /** Whether the page's heading already asks the question: then it is asked once, and names the choices. */
  askedByHeading?: boolean;
};

export function ChoiceList({ question, choices, askedByHeading = false }: Props) {
  const { school, hrefOf, send } = useWizard();
  return (
    <nav
      aria-labelledby={askedByHeading ? stepHeadingId : 'question'}
      className="mt-8"
      onPointerOver={preloadMachine}
      onFocus={preloadMachine}
    >
      {!askedByHeading && (
        <h2 id="question" className="text-2xl font-bold">
          {question}
        </h2>
      )}
      <ul className={askedByHeading ? 'space-y-3' : 'mt-4 space-y-3'} role="list">
        {choices.map((choice) => {
          const href = hrefOf(choice.targets[school.sso]);
          return (
            <li key={choice.event}>
              <a
                className="choice"
                href={href}
                data-event={choice.event}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  // Should the machine fail to load, the link still goes where the machine said it would.
                  send(choice.event).catch(() => window.location.assign(href));
                }}
              >
                {choice.label}
                <span aria-hidden="true" className="text-2xl leading-none">
                  ›
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
