import { expect, type Page } from '@playwright/test';
import { createTestModel } from 'xstate/graph';
import { loginHelpMachine } from '../../machines/login-help.machine';
import { pathOf } from '../../machines/paths';
import { choiceEventsFrom, type LoginHelpEvent, type StateKey } from '../../machines/states';

export const model = createTestModel(loginHelpMachine, { events: choiceEventsFrom });

/**
 * One shortest walk from the start page to each state, for a link with no school context and for one saying the
 * school has no SSO users, so the guarded branches (skipping the Identity-or-SSO questions) are clicked too.
 */
export const walks = [
  { query: '', paths: model.getShortestPaths() },
  { query: '?sso=no', paths: model.getShortestPaths({ input: { sso: 'no' } }) },
];

/** What a reader must see in each state: its address, its heading and the fact it exists to give. */
const expectations: Record<StateKey, { heading: RegExp; fact: string }> = {
  start: { heading: /What happens when you try to log in\?/, fact: 'I see ‘Your email address or password was incorrect’' },
  'reset-password.request-link': { heading: /reset link/, fact: 'Forgotten your password or using CPOMS for the first time?' },
  'reset-password.set-new-password': { heading: /new password/, fact: 'at least one capital letter, a number and a special character' },
  'reset-for-someone-else.share-address': { heading: /colleague/, fact: 'midnight on the day it was sent' },
  'not-receiving-email.check-folders': { heading: /other email folders/, fact: 'clutter' },
  'not-receiving-email.allow-sender': { heading: /allow emails/, fact: 'notifications@cpoms.net' },
  'email-does-not-exist.check-address': { heading: /email address/, fact: 'The email address you entered does not exist' },
  'email-does-not-exist.authentication-provider': { heading: /authentication provider/, fact: 'CPOMS StaffSafe' },
  'email-does-not-exist.ask-administrator': { heading: /Administrator/, fact: 'Users' },
  'link-expired.request-new-link': { heading: /new reset link/, fact: 'midnight on the day it was sent' },
  'wrong-password.check-details': { heading: /login details/, fact: 'Your email address or password was incorrect' },
  'wrong-password.sign-in-page': { heading: /sign-in page/, fact: 'Login using your CPOMS SSO/ Identity account' },
  'wrong-password.reset-from-scratch': { heading: /from scratch/, fact: 'not used for CPOMS' },
  'wrong-password.saved-password': { heading: /old password/, fact: 'overwriting' },
  'clear-saved-password.instructions': { heading: /saved password/, fact: 'Web Credentials Manager' },
  'password-expiry.no-expiry': { heading: /don’t expire/, fact: 'Passwords no longer expire in CPOMS' },
  'contact-support.get-help': { heading: /Contact CPOMS support/, fact: '01756 797766' },
  'outcome.fixed': { heading: /all set/, fact: 'Don’t save your CPOMS password in your web browser' },
};

export function stateChecks(page: Page): Record<StateKey, () => Promise<void>> {
  return Object.fromEntries(
    Object.entries(expectations).map(([key, { heading, fact }]) => [
      key,
      async () => {
        await expect(page).toHaveURL((url) => url.pathname === pathOf(key as StateKey));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        await expect(page.getByRole('main')).toContainText(fact);
      },
    ]),
  ) as Record<StateKey, () => Promise<void>>;
}

type EventType = LoginHelpEvent['type'];

const choiceEvents = [
  'choose.reset-password', 'choose.reset-for-someone-else', 'choose.not-receiving-email', 'choose.email-does-not-exist',
  'choose.link-expired', 'choose.wrong-password', 'choose.clear-saved-password', 'choose.password-expiry',
  'choose.contact-support', 'answer.arrived', 'answer.not-arrived', 'answer.does-not-exist', 'answer.fixed',
  'answer.still-stuck', 'answer.link-expired', 'answer.password-incorrect', 'answer.found', 'answer.not-found',
  'answer.change-password',
] as const satisfies readonly EventType[];

// A new event without an action here is a compile error naming it.
type Unhandled = Exclude<EventType, (typeof choiceEvents)[number] | 'nav.restart'>;
const everyEventHandled: [Unhandled] extends [never] ? true : Unhandled = true;

/** Each event is the reader choosing the answer with that event's words, as a user does: by its link. */
export function eventActions(page: Page): Record<EventType, () => Promise<void>> {
  void everyEventHandled;
  const choose = (type: EventType) => () => page.locator(`main a[data-event="${type}"]`).click();
  return {
    ...(Object.fromEntries(choiceEvents.map((type) => [type, choose(type)])) as Record<(typeof choiceEvents)[number], () => Promise<void>>),
    'nav.restart': () => page.getByRole('link', { name: 'Start over' }).first().click(),
  };
}
