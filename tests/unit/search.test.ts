import { describe, expect, it } from 'vitest';
import { normaliseQuery, searchSteps } from '../../app/_lib/search.server';

const top = async (q: string) => (await searchSteps(q))[0]?.key;

describe('search by symptom', () => {
  it.each([
    ['The email address you entered does not exist', 'email-does-not-exist.check-address'],
    ['‘The email address you entered does not exist’', 'email-does-not-exist.check-address'],
    ['"THE EMAIL ADDRESS YOU ENTERED DOES NOT EXIST"', 'email-does-not-exist.check-address'],
    ['Your email address or password was incorrect', 'wrong-password.check-details'],
    ["'your email address or password was incorrect'", 'wrong-password.check-details'],
    ['no email', 'not-receiving-email.check-folders'],
    ['reset email not received', 'not-receiving-email.check-folders'],
    ['link expired', 'link-expired.request-new-link'],
    ['reset link has expired', 'link-expired.request-new-link'],
    ['do passwords expire', 'password-expiry.no-expiry'],
    ['clear saved password', 'clear-saved-password.instructions'],
    ['whitelist notifications@cpoms.net', 'not-receiving-email.allow-sender'],
    ['forgotten password', 'reset-password.request-link'],
    ['colleague password reset', 'reset-for-someone-else.share-address'],
    ['phone support', 'contact-support.get-help'],
  ])('finds “%s” first at %s', async (q, key) => {
    expect(await top(q)).toBe(key);
  });

  it('returns nothing for an empty or nonsense query', async () => {
    expect(await searchSteps('   ')).toEqual([]);
    expect(await searchSteps('zzzqqqxxx')).toEqual([]);
  });

  it('never lists the start page as a result', async () => {
    const results = await searchSteps('log in');
    expect(results.map((r) => r.key)).not.toContain('start');
  });

  it('drops quotes and bounds the length of what it searches for', () => {
    expect(normaliseQuery('  “link”  ‘expired’ ')).toBe('link expired');
    expect(normaliseQuery('x'.repeat(1000))).toHaveLength(200);
  });
});

describe('search result lists', () => {
  it('keep to the steps that match well, not every step sharing a word', async () => {
    const results = await searchSteps('The email address you entered does not exist');
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThan(8);
  });
});
