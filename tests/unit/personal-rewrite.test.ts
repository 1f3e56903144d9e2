import { describe, expect, it } from 'vitest';
import { personalRewrite } from '../../app/_lib/personal-rewrite';

const at = (path: string) => personalRewrite(new URL(path, 'http://help.test'), undefined);
const school = encodeURIComponent('https://myschool.cpoms.net');

describe('personal links render on the server', () => {
  it('serves a step with a valid school or sso from the personalised route, keeping only valid values', () => {
    expect(at(`/help/wrong-password/check-details?school=${school}&sso=no`)).toBe(
      `/personal/wrong-password/check-details?school=${school}&sso=no`,
    );
    expect(at('/help/wrong-password/check-details?sso=yes')).toBe('/personal/wrong-password/check-details?sso=yes');
    expect(at(`/help/wrong-password/check-details?school=${school}&sso=maybe&x=1`)).toBe(`/personal/wrong-password/check-details?school=${school}`);
    expect(at(`/help/wrong-password/check-details?school=${encodeURIComponent('https://evil.example')}&sso=no`)).toBe(
      '/personal/wrong-password/check-details?sso=no',
    );
  });

  it('serves the start page with a valid context from the personalised start', () => {
    expect(at(`/?school=${school}&sso=no`)).toBe(`/personal?school=${school}&sso=no`);
    expect(at('/?sso=maybe')).toBeNull();
  });

  it.each([
    '/help/wrong-password/check-details',
    '/help/wrong-password/check-details?sso=maybe',
    `/help/wrong-password/check-details?school=${encodeURIComponent('javascript:alert(1)')}`,
    `/help/wrong-password/check-details?school=${encodeURIComponent('http://myschool.cpoms.net')}`,
    `/help/no-such/step?school=${school}`,
    `/embed/wrong-password/check-details?school=${school}`,
    `/help/wrong-password?school=${school}`,
    `/personal/wrong-password/check-details?school=${school}`,
  ])('leaves %s to the static page (or its own route)', (path) => {
    expect(at(path)).toBeNull();
  });

  it('honours extra school hosts from ALLOWED_SCHOOL_HOSTS', () => {
    const url = new URL(`/help/reset-password/request-link?school=${encodeURIComponent('https://cpoms.example.org')}`, 'http://help.test');
    expect(personalRewrite(url, undefined)).toBeNull();
    expect(personalRewrite(url, 'example.org')).toBe(`/personal/reset-password/request-link?school=${encodeURIComponent('https://cpoms.example.org')}`);
  });
});
