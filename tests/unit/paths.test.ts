import { describe, expect, it } from 'vitest';
import { contextQuery, pathOf } from '../../machines/paths';
import { scenarioRedirect } from '../../app/_lib/scenario-redirect';
import { keyFromPath, keyFromSegments, stateKeys } from '../../machines/states';

describe('URL <-> state', () => {
  it.each(stateKeys)('round-trips %s on the site and in the embed', (key) => {
    expect(keyFromPath(pathOf(key))).toBe(key);
    expect(keyFromPath(pathOf(key, 'embed'))).toBe(key);
  });

  it('gives every state its own URL', () => {
    expect(new Set(stateKeys.map((key) => pathOf(key))).size).toBe(stateKeys.length);
  });

  it('puts steps at /help/<scenario>/<step> and the start at /', () => {
    expect(pathOf('start')).toBe('/');
    expect(pathOf('wrong-password.saved-password')).toBe('/help/wrong-password/saved-password');
    expect(pathOf('link-expired.request-new-link', 'embed')).toBe('/embed/link-expired/request-new-link');
  });

  it.each([
    ['/help/wrong-password'],
    ['/help/wrong-password/nope'],
    ['/help/start'],
    ['/help/wrong-password/check-details/extra'],
    ['/help/Wrong-Password/check-details'],
    ['/help/../etc/passwd'],
    ['/other/wrong-password/check-details'],
  ])('maps %s to no state', (path) => {
    expect(keyFromPath(path)).toBeNull();
  });

  it('ignores a query string when reading a path', () => {
    expect(keyFromPath('/help/wrong-password/check-details?sso=no')).toBe('wrong-password.check-details');
  });

  it('rejects segments that are not kebab-case names', () => {
    expect(keyFromSegments(['wrong-password', 'check-details'])).toBe('wrong-password.check-details');
    expect(keyFromSegments(['wrong-password', '<script>'])).toBeNull();
    expect(keyFromSegments(['constructor', 'prototype'])).toBeNull();
  });

  it('carries only a known school and a definite SSO answer into links', () => {
    expect(contextQuery({ school: null, sso: 'unknown' })).toBe('');
    expect(contextQuery({ school: 'https://myschool.cpoms.net', sso: 'no' })).toBe('?school=https%3A%2F%2Fmyschool.cpoms.net&sso=no');
  });
});

describe('published URLs', () => {
  it('lists every step, on the site and in the embed, so a test keeps each one answering', async () => {
    const { readFileSync } = await import('node:fs');
    const published = new Set(readFileSync('published/urls.txt', 'utf8').split('\n'));
    const missing = stateKeys.flatMap((key) => [pathOf(key), pathOf(key, 'embed')]).filter((url) => !published.has(url));
    expect(missing).toEqual([]);
  });
});

describe('scenario addresses', () => {
  const redirect = (url: string) => scenarioRedirect(new URL(url, 'http://help.test'))?.toString() ?? null;

  it('open the first step, on the site and in the embed, keeping a valid school context only', () => {
    expect(redirect('/help/wrong-password')).toBe('http://help.test/help/wrong-password/check-details');
    expect(redirect('/embed/start/link-expired?sso=no&school=javascript:alert(1)')).toBe('http://help.test/embed/link-expired/request-new-link?sso=no');
    expect(redirect('/help/reset-password?school=https://myschool.cpoms.net')).toBe(
      'http://help.test/help/reset-password/request-link?school=https%3A%2F%2Fmyschool.cpoms.net',
    );
  });

  it.each(['/help/nope', '/help/constructor', '/help/__proto__', '/help/wrong-password/check-details', '/embed/wrong-password', '/help'])(
    'leave %s to the router',
    (url) => {
      expect(redirect(url)).toBeNull();
    },
  );
});
