import { describe, expect, it } from 'vitest';
import { composeSummary } from '../../app/_lib/support-summary';
import { untilMidnight } from '../../app/_lib/midnight';
import { loadStep } from '../../app/_lib/content.server';
import type { TrailEntry } from '../../app/_lib/wizard-types';
import type { ChoiceEvent, StateKey } from '../../machines/state-key';

/** A trail entry as app/_dom/answers.ts records it, with the words the page showed. */
function entry(from: StateKey, event: ChoiceEvent, to: StateKey): TrailEntry {
  const { meta, choiceLabel } = loadStep(from);
  return { from, event, to, title: meta.title, question: meta.question, answer: choiceLabel(event) };
}

const trail: TrailEntry[] = [
  entry('start', 'choose.wrong-password', 'wrong-password.check-details'),
  entry('wrong-password.check-details', 'answer.password-incorrect', 'wrong-password.sign-in-page'),
  entry('wrong-password.sign-in-page', 'answer.password-incorrect', 'wrong-password.reset-from-scratch'),
];

describe('support summary', () => {
  it('says what the problem was, each answer given, the browser, the school and when', async () => {
    const text = composeSummary({
      trail,
      browser: 'Chrome (142) on Windows',
      school: 'https://myschool.cpoms.net',
      now: new Date(2026, 10, 26, 9, 30),
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe(`Problem: ${loadStep('start').choiceLabel('choose.wrong-password')}`);
    const checked = loadStep('wrong-password.check-details');
    expect(lines).toContain(`- ${checked.meta.title}: ${checked.meta.question} ${checked.choiceLabel('answer.password-incorrect')}`);
    const answers = lines.filter((line) => line.startsWith('- '));
    expect(answers).toHaveLength(2);
    // Each answer is named by the step it was given on, so an agent sees what was checked.
    expect(answers[0]).toMatch(/^- Check the web address and your login details: /);
    expect(answers[1]).toMatch(/^- Make sure you’re on the right sign-in page: /);
    expect(text).toContain('Browser: Chrome (142) on Windows');
    expect(text).toContain('School’s CPOMS address: https://myschool.cpoms.net');
    expect(text).toMatch(/Date and time: Thursday,? 26 November 2026 at 09:30/);
  });

  it('still makes sense with nothing known', async () => {
    const text = composeSummary({ trail: [], browser: null, school: null, now: new Date(2026, 0, 1) });
    expect(text).toContain('Problem: Not given');
    expect(text).toContain('(no steps recorded)');
    expect(text).toContain('Browser: Not known');
  });
});

describe('time until midnight', () => {
  it.each([
    [new Date(2026, 10, 26, 19, 48), '4 h 12 min'],
    [new Date(2026, 10, 26, 23, 59, 30), '1 min'],
    [new Date(2026, 10, 26, 0, 0), '24 h'],
    [new Date(2026, 10, 26, 23, 15), '45 min'],
  ])('at %s is %s', (now, expected) => {
    expect(untilMidnight(now)).toBe(expected);
  });
});
