import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const corpus = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => readFileSync(path.join('content', file), 'utf8'))
  .join('\n')
  .replace(/\s+/g, ' ');

/** Every fact of CPOMS's troubleshooting document, in the words a user sees on screen. */
const facts = [
  'The email address you entered does not exist',
  'Your email address or password was incorrect',
  'Forgotten your password or using CPOMS for the first time?',
  '<Ui>Login</Ui>',
  '<Ui>Reset Password</Ui>',
  'midnight on the day it was sent',
  'junk',
  'clutter',
  '<Ui>Other</Ui>',
  'drag and drop',
  'notifications@cpoms.net',
  '<Ui>Admin</Ui> area > <Ui>Users</Ui> tab',
  'not been added to CPOMS',
  'different email address',
  '<Ui>Authentication Provider</Ui>',
  '<Ui>CPOMS Identity</Ui>',
  '<Ui>CPOMS SSO</Ui>',
  'CPOMS StaffSafe',
  'if SSO has been set up for your account',
  'Login using your CPOMS SSO/ Identity account',
  'no SSO users yet',
  'capital letter',
  'special character',
  'not used for CPOMS',
  'pre-filled',
  'overwriting',
  'IT person in',
  'Passwords no longer expire in CPOMS',
  'regular basis',
  '01756 797766',
  'support@cpoms.co.uk',
  'www.cpoms.co.uk',
  '<Ui>Auto-fill</Ui>',
  '<Ui>Remove</Ui>',
  '<Ui>Delete</Ui>',
  '<Ui>Internet Options</Ui>',
  '<Ui>Content</Ui>',
  'AutoComplete',
  '<Ui>Manage Passwords</Ui>',
  '<Ui>Web Credentials Manager</Ui>',
  'vary depending on the version',
  'chrome://password-manager/passwords',
  'edge://settings/passwords',
  'about:logins',
  '15 June 2022',
];

describe('the support document, in full', () => {
  it.each(facts)('says “%s”', (fact) => {
    expect(corpus).toContain(fact);
  });
});
