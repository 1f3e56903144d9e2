'use client';

import type { MouseEvent } from 'react';
import { choicesOf, type ChoiceEvent, type StateKey } from '../../machines/states';
import { useWizard } from './wizard-provider';

type Props = {
  stateKey: StateKey;
  question: string;
  /** Server-computed links, so every choice works without JavaScript. */
  choices: { event: ChoiceEvent; label: string; href: string }[];
};

function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function ChoiceList({ stateKey, question, choices }: Props) {
  const { school, hrefOf, send } = useWizard();
  const targets = new Map(choicesOf(stateKey, school).map((choice) => [choice.event, choice.target]));
  return (
    <nav aria-labelledby="question" className="mt-8">
      <h2 id="question" className="text-2xl font-bold">
        {question}
      </h2>
      <ul className="mt-4 space-y-3" role="list">
        {choices.map((choice) => {
          const target = targets.get(choice.event);
          return (
            <li key={choice.event}>
              <a
                className="choice"
                href={target ? hrefOf(target) : choice.href}
                data-event={choice.event}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  send(choice.event);
                }}
              >
                {choice.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
