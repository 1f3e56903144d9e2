import type { StateKey } from '../../machines/states';
import type { StepLabels, TrailEntry } from './wizard-types';

type Summary = {
  trail: TrailEntry[];
  labels: StepLabels;
  browser: string | null;
  school: string | null;
  now: Date;
};

export function scenarioOf(trail: TrailEntry[], labels: StepLabels): string {
  const first = trail[0];
  if (!first) return 'Not given';
  if (first.from === 'start') return labels.start.choices[first.event];
  return labels[first.from as StateKey].title;
}

/** The message a reader sends CPOMS support: what they saw and what they tried, nothing sent without them. */
export function composeSummary({ trail, labels, browser, school, now }: Summary): string {
  const answers = trail
    .filter((entry) => entry.from !== 'start')
    // The step's title says what was checked; the question and answer say how it went.
    .map(({ from, event }) => `- ${[labels[from].title + ':', labels[from].question, labels[from].choices[event]].filter(Boolean).join(' ')}`);
  return [
    `Problem: ${scenarioOf(trail, labels)}`,
    'What I tried with the CPOMS login help:',
    ...(answers.length ? answers : ['- (no steps recorded)']),
    `Browser: ${browser ?? 'Not known'}`,
    `School’s CPOMS address: ${school ?? 'Not given'}`,
    `Date and time: ${now.toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' })}`,
  ].join('\n');
}
