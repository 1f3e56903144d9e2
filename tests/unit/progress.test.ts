import { describe, expect, it } from 'vitest';
import { progressOf } from '../../machines/progress';
import type { Sso } from '../../machines/school';
import { scenarioOf, scenarioWalks, stepsOf, type StateKey } from '../../machines/states';

type Move = { from: StateKey; to: StateKey };

/** The counter a reader sees at the end of a walk of moves, as the step page works it out. */
function counterAt(moves: Move[], sso: Sso = 'unknown') {
  const key = moves.at(-1)!.to;
  const scenario = scenarioOf(key);
  return progressOf(key, scenarioWalks(scenario), sso, moves, stepsOf(scenario)[0]);
}

const walk = (...keys: StateKey[]): Move[] => keys.slice(1).map((to, i) => ({ from: keys[i], to }));

describe('the step counter counts the steps this reader can take', () => {
  it.each([
    ['unknown', ['wrong-password.check-details', 'wrong-password.sign-in-page', 'wrong-password.reset-from-scratch', 'wrong-password.saved-password']],
    ['yes', ['wrong-password.check-details', 'wrong-password.sign-in-page', 'wrong-password.reset-from-scratch', 'wrong-password.saved-password']],
    ['no', ['wrong-password.check-details', 'wrong-password.reset-from-scratch', 'wrong-password.saved-password']],
    ['unknown', ['email-does-not-exist.check-address', 'email-does-not-exist.authentication-provider', 'email-does-not-exist.ask-administrator']],
    ['no', ['email-does-not-exist.check-address', 'email-does-not-exist.ask-administrator']],
    ['unknown', ['not-receiving-email.check-folders', 'not-receiving-email.allow-sender']],
    ['no', ['reset-password.request-link', 'reset-password.set-new-password']],
  ] as [Sso, StateKey[]][])('sso=%s: %j reads 1 of n … n of n', (sso, keys) => {
    const moves = walk('start', ...keys);
    const counts = moves.map((_, i) => counterAt(moves.slice(0, i + 1), sso));
    expect(counts).toEqual(keys.map((_, i) => ({ step: i + 1, of: keys.length })));
  });

  it('counts the same without a trail (a link, or no JavaScript): from the problem’s first step', () => {
    const key = 'wrong-password.reset-from-scratch';
    expect(progressOf(key, scenarioWalks('wrong-password'), 'no', [], 'wrong-password.check-details')).toEqual({ step: 2, of: 3 });
    expect(progressOf(key, scenarioWalks('wrong-password'), 'unknown', [], 'wrong-password.check-details')).toEqual({ step: 3, of: 4 });
  });

  it('counts a new problem from where the reader joined it', () => {
    const moves = walk('start', 'reset-password.request-link', 'not-receiving-email.check-folders');
    expect(counterAt(moves)).toEqual({ step: 1, of: 2 });
    expect(counterAt(walk('start', 'password-expiry.no-expiry', 'wrong-password.check-details'))).toEqual({ step: 1, of: 4 });
    expect(counterAt(walk('start', 'wrong-password.check-details', 'wrong-password.reset-from-scratch', 'not-receiving-email.check-folders'), 'no')).toEqual({
      step: 1,
      of: 2,
    });
  });

  it('shows no count where none would be true: joining a problem at its last step', () => {
    const moves = walk('start', 'reset-password.request-link', 'not-receiving-email.check-folders', 'reset-password.set-new-password');
    expect(counterAt(moves)).toBeNull();
    expect(counterAt(walk('start', 'not-receiving-email.check-folders', 'not-receiving-email.allow-sender', 'reset-password.set-new-password'))).toBeNull();
  });

  it('shows no count for a one-step problem', () => {
    expect(counterAt(walk('start', 'link-expired.request-new-link'))).toBeNull();
  });

  it('shows no count for a step off this reader’s walk (an SSO question with sso=no)', () => {
    expect(progressOf('wrong-password.sign-in-page', scenarioWalks('wrong-password'), 'no', [], 'wrong-password.check-details')).toBeNull();
  });
});
