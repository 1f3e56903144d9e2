import 'server-only';
import type { LoadedStep } from './content.server';
import type { StepLabels } from './wizard-types';

/** The few words the browser needs for the trail and the support summary: no step bodies. */
export function labelsOf(steps: LoadedStep[]): StepLabels {
  return Object.fromEntries(
    steps.map(({ key, meta }) => [key, { title: meta.title, question: meta.question, choices: meta.choices ?? {} }]),
  ) as StepLabels;
}
