import { setup } from 'xstate';
import type { Sso } from './school';

export type LoginHelpInput = {
  school?: string | null;
  sso?: Sso;
};

export const loginHelpMachine = setup({
  types: {
    context: {} as { school: string | null; sso: Sso },
    input: {} as LoginHelpInput,
    events: {} as
      | { type: 'choose.reset-password' }
      | { type: 'choose.reset-for-someone-else' }
      | { type: 'choose.not-receiving-email' }
      | { type: 'choose.email-does-not-exist' }
      | { type: 'choose.link-expired' }
      | { type: 'choose.wrong-password' }
      | { type: 'choose.clear-saved-password' }
      | { type: 'choose.password-expiry' }
      | { type: 'choose.contact-support' }
      | { type: 'answer.arrived' }
      | { type: 'answer.not-arrived' }
      | { type: 'answer.does-not-exist' }
      | { type: 'answer.fixed' }
      | { type: 'answer.still-stuck' }
      | { type: 'answer.link-expired' }
      | { type: 'answer.password-incorrect' }
      | { type: 'answer.found' }
      | { type: 'answer.not-found' }
      | { type: 'answer.change-password' }
      | { type: 'nav.restart' },
  },
  guards: {
    schoolHasNoSso: ({ context }) => context.sso === 'no',
  },
}).createMachine({
  id: 'loginHelp',
  initial: 'start',
  context: ({ input }) => ({ school: input?.school ?? null, sso: input?.sso ?? 'unknown' }),
  on: {
    'nav.restart': '.start',
  },
  states: {
    start: {
      on: {
        'choose.reset-password': 'reset-password',
        'choose.reset-for-someone-else': 'reset-for-someone-else',
        'choose.not-receiving-email': 'not-receiving-email',
        'choose.email-does-not-exist': 'email-does-not-exist',
        'choose.link-expired': 'link-expired',
        'choose.wrong-password': 'wrong-password',
        'choose.clear-saved-password': 'clear-saved-password',
        'choose.password-expiry': 'password-expiry',
        'choose.contact-support': 'contact-support',
      },
    },
    'reset-password': {
      initial: 'request-link',
      states: {
        'request-link': {
          on: {
            'answer.arrived': 'set-new-password',
            'answer.not-arrived': '#loginHelp.not-receiving-email',
            'answer.does-not-exist': '#loginHelp.email-does-not-exist',
          },
        },
        'set-new-password': {
          on: {
            'answer.fixed': '#loginHelp.outcome.fixed',
            'answer.link-expired': '#loginHelp.link-expired',
            'answer.password-incorrect': '#loginHelp.wrong-password',
          },
        },
      },
    },
    'reset-for-someone-else': {
      initial: 'share-address',
      states: {
        'share-address': {
          on: {
            'answer.fixed': '#loginHelp.outcome.fixed',
            'answer.not-arrived': '#loginHelp.not-receiving-email',
            'answer.does-not-exist': '#loginHelp.email-does-not-exist',
            'answer.still-stuck': '#loginHelp.contact-support',
          },
        },
      },
    },
    'not-receiving-email': {
      initial: 'check-folders',
      states: {
        'check-folders': {
          on: {
            'answer.found': '#loginHelp.reset-password.set-new-password',
            'answer.not-found': 'allow-sender',
          },
        },
        'allow-sender': {
          on: {
            'answer.arrived': '#loginHelp.reset-password.set-new-password',
            'answer.not-arrived': '#loginHelp.contact-support',
          },
        },
      },
    },
    'email-does-not-exist': {
      initial: 'check-address',
      states: {
        'check-address': {
          on: {
            'answer.fixed': '#loginHelp.reset-password.set-new-password',
            'answer.does-not-exist': [
              { guard: 'schoolHasNoSso', target: 'ask-administrator' },
              { target: 'authentication-provider' },
            ],
          },
        },
        'authentication-provider': {
          on: {
            'answer.fixed': '#loginHelp.reset-password.set-new-password',
            'answer.does-not-exist': 'ask-administrator',
          },
        },
        'ask-administrator': {
          on: {
            'answer.fixed': '#loginHelp.reset-password.request-link',
            'answer.still-stuck': '#loginHelp.contact-support',
          },
        },
      },
    },
    'link-expired': {
      initial: 'request-new-link',
      states: {
        'request-new-link': {
          on: {
            'answer.fixed': '#loginHelp.outcome.fixed',
            'answer.not-arrived': '#loginHelp.not-receiving-email',
            'answer.does-not-exist': '#loginHelp.email-does-not-exist',
            'answer.password-incorrect': '#loginHelp.wrong-password',
          },
        },
      },
    },
    'wrong-password': {
      initial: 'check-details',
      states: {
        'check-details': {
          on: {
            'answer.fixed': '#loginHelp.outcome.fixed',
            'answer.password-incorrect': [
              { guard: 'schoolHasNoSso', target: 'reset-from-scratch' },
              { target: 'sign-in-page' },
            ],
          },
        },
        'sign-in-page': {
          on: {
            'answer.fixed': '#loginHelp.outcome.fixed',
            'answer.password-incorrect': 'reset-from-scratch',
          },
        },
        'reset-from-scratch': {
          on: {
            'answer.fixed': '#loginHelp.outcome.fixed',
            'answer.password-incorrect': 'saved-password',
            'answer.not-arrived': '#loginHelp.not-receiving-email',
          },
        },
        'saved-password': {
          on: {
            'answer.fixed': '#loginHelp.outcome.fixed',
            'answer.still-stuck': '#loginHelp.contact-support',
          },
        },
      },
    },
    'clear-saved-password': {
      initial: 'instructions',
      states: {
        instructions: {
          on: {
            'answer.fixed': '#loginHelp.outcome.fixed',
            'answer.still-stuck': '#loginHelp.contact-support',
          },
        },
      },
    },
    'password-expiry': {
      initial: 'no-expiry',
      states: {
        'no-expiry': {
          on: {
            'answer.fixed': '#loginHelp.outcome.fixed',
            'answer.change-password': '#loginHelp.reset-password',
            'answer.still-stuck': '#loginHelp.wrong-password',
          },
        },
      },
    },
    'contact-support': {
      initial: 'get-help',
      states: {
        'get-help': { tags: ['end'] },
      },
    },
    outcome: {
      initial: 'fixed',
      states: {
        fixed: { tags: ['end'] },
      },
    },
  },
});
