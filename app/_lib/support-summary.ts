import type { TrailEntry } from './wizard-types';

type Summary = { trail: TrailEntry[]; browser: string | null; school: string | null; now: Date };

export function scenarioOf(trail: TrailEntry[]): string {
  const first = trail[0];
  if (!first) return 'Not given';
  return first.from === 'start' ? first.answer : first.title;
}

/** The message a reader sends CPOMS support: what they saw and what they tried, nothing sent without them. */
export function composeSummary({ trail, browser, school, now }: Summary): string {
  const answers = trail
    .filter((entry) => entry.from !== 'start')
    // The step's title says what was checked; the question and answer say how it went.
    .map(({ title, question, answer }) => `- ${[title + ':', question, answer].filter(Boolean).join(' ')}`);
  return [
    `Problem: ${scenarioOf(trail)}`,
    'What I tried with the CPOMS login help:',
    ...(answers.length ? answers : ['- (no steps recorded)']),
    `Browser: ${browser ?? 'Not known'}`,
    `School’s CPOMS address: ${school ?? 'Not given'}`,
    `Date and time: ${now.toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' })}`,
  ].join('\n');
}

export const supportEmail = 'support@cpoms.co.uk';
export const supportSubject = 'CPOMS login problem';
