import type { ChoiceEvent, StateKey } from '../../machines/state-key';
import { markArrival } from './arrival';
import { sendStepEvent } from './step-beacon';
import type { Step } from './step';
import { readTrail, trailTo, writeTrail } from './trail';

export type Navigate = (href: string) => void;

const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

function record(step: Step, choice: HTMLAnchorElement) {
  const { event, label } = choice.dataset;
  const to = choice.getAttribute(`data-to-${step.school.sso}`) as StateKey;
  const question = choice.closest<HTMLElement>('[data-question]')?.dataset.question;
  const entry = { from: step.key, event: event as ChoiceEvent, to, title: step.title, question, answer: label ?? '' };
  writeTrail([...trailTo(readTrail(), step.key), entry]);
  if (process.env.FEEDBACK_AT_BUILD !== 'off') sendStepEvent({ from: step.key, event: entry.event, to, surface: step.surface });
}

/**
 * Answers, Back and the links between steps. Each is a real link the server worked out; here an answer is recorded
 * in the trail, Back goes through history when there is one, and `go` (the site's router) may make the move.
 */
export function followAnswers(step: Step, go?: Navigate): () => void {
  // One answer per page: a double click must not answer twice, nor the next question before it is shown.
  let answered = false;
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || !step.article.contains(link) || !isPlainClick(event)) return;
    const isChoice = link.classList.contains('choice');
    if (!isChoice && !link.hasAttribute('data-key')) return;
    if (isChoice) {
      if (answered) return event.preventDefault();
      answered = true;
      record(step, link);
    }
    markArrival();
    if (link.hasAttribute('data-back') && trailTo(readTrail(), step.key).length > 0) {
      event.preventDefault();
      history.back();
    } else if (go) {
      event.preventDefault();
      go(link.getAttribute('href')!);
    }
  };
  step.article.addEventListener('click', onClick);
  return () => step.article.removeEventListener('click', onClick);
}
