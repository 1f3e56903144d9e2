import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { loginHelpMachine } from '../../machines/login-help.machine';
import { choiceEventsFrom, choicesOf, isEnd, keyOf, stateKeys, type StateKey } from '../../machines/states';

function reachableFrom(from: StateKey, sso: 'yes' | 'no' | 'unknown' = 'unknown'): Set<StateKey> {
  const seen = new Set<StateKey>([from]);
  const queue = [from];
  while (queue.length) {
    for (const { target } of choicesOf(queue.shift()!, { sso })) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

describe('login help machine', () => {
  it('reaches every state from the start page', () => {
    expect([...reachableFrom('start')].sort()).toEqual([...stateKeys].sort());
  });

  it('has a shortest path to every state', () => {
    const reached = getShortestPaths(loginHelpMachine, { events: choiceEventsFrom }).map((path) => keyOf(path.state));
    expect(new Set(reached)).toEqual(new Set(stateKeys));
  });

  it.each(stateKeys)('never leaves %s at a dead end', (key) => {
    const ends = [...reachableFrom(key)].filter(isEnd);
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.every((end) => end === 'outcome.fixed' || end === 'contact-support.get-help')).toBe(true);
  });

  it.each(stateKeys.filter((key) => !isEnd(key)))('offers %s two to four choices (or the start page its scenarios)', (key) => {
    const count = choicesOf(key).length;
    if (key === 'start') return expect(count).toBe(9);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(4);
  });

  it('ends only at fixed and contact support', () => {
    expect(stateKeys.filter(isEnd)).toEqual(['contact-support.get-help', 'outcome.fixed']);
  });

  it('reaches every scenario’s first answer in one click', () => {
    const targets = choicesOf('start').map((choice) => choice.target);
    expect(targets).toContain('wrong-password.check-details');
    expect(targets).toHaveLength(new Set(targets).size);
  });
});

describe('guards for the school’s SSO setting', () => {
  const next = (key: StateKey, event: string, sso: 'yes' | 'no' | 'unknown') =>
    choicesOf(key, { sso }).find((choice) => choice.event === event)?.target;

  it.each([
    ['yes', 'wrong-password.sign-in-page'],
    ['unknown', 'wrong-password.sign-in-page'],
    ['no', 'wrong-password.reset-from-scratch'],
  ] as const)('sso=%s: after checking details the wrong-password walk goes to %s', (sso, target) => {
    expect(next('wrong-password.check-details', 'answer.password-incorrect', sso)).toBe(target);
  });

  it.each([
    ['yes', 'email-does-not-exist.authentication-provider'],
    ['unknown', 'email-does-not-exist.authentication-provider'],
    ['no', 'email-does-not-exist.ask-administrator'],
  ] as const)('sso=%s: after checking the address the does-not-exist walk goes to %s', (sso, target) => {
    expect(next('email-does-not-exist.check-address', 'answer.does-not-exist', sso)).toBe(target);
  });

  it('still reaches every state except the SSO questions when the school has no SSO users', () => {
    const missing = stateKeys.filter((key) => !reachableFrom('start', 'no').has(key));
    expect(missing.sort()).toEqual(['email-does-not-exist.authentication-provider', 'wrong-password.sign-in-page']);
  });
});

describe('answers that name another problem lead to that problem', () => {
  it.each([
    ['answer.does-not-exist', 'email-does-not-exist.check-address'],
    ['answer.password-incorrect', 'wrong-password.check-details'],
    ['answer.not-arrived', 'not-receiving-email.check-folders'],
    ['answer.fixed', 'outcome.fixed'],
  ] as const)('from a new reset link, %s goes to %s', (event, target) => {
    expect(choicesOf('link-expired.request-new-link').find((choice) => choice.event === event)?.target).toBe(target);
  });

  it('asks about a saved password only once its steps are on the page: no detour to another page', () => {
    expect(choicesOf('wrong-password.saved-password').map((choice) => choice.target)).toEqual(['outcome.fixed', 'contact-support.get-help']);
  });
});
