import { describe, expect, it } from 'vitest';
import { missingSettingWarnings, settingsDrift } from '../../server/build-manifest';
import { refusal } from '../../server/request-rules';
import { cacheControlFor, pageHeaders } from '../../server/response-headers';
import type { BuildManifest } from '../../server/build-manifest';

const manifest: BuildManifest = {
  buildId: 'b',
  settings: { SITE_URL: null, ALLOWED_SCHOOL_HOSTS: null },
  pages: { '/help/reset-password/request-link': ["'sha256-page'"] },
  notFound: ["'sha256-404'"],
};

describe('requests the server answers itself', () => {
  it('passes reads of any path, and the API’s own methods, to Next', () => {
    expect(refusal('GET', '/help/reset-password/request-link')).toBeNull();
    expect(refusal('HEAD', '/embed.js')).toBeNull();
    expect(refusal('POST', '/api/feedback')).toBeNull();
  });

  it('refuses writes and TRACE on pages and files with a 405 naming what is allowed', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'TRACE']) {
      expect(refusal(method, '/_next/static/chunks/a.js')).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD, OPTIONS' } });
    }
    expect(refusal('TRACE', '/api/feedback')?.status).toBe(405);
  });

  it('answers OPTIONS on a page, and refuses OPTIONS * and malformed escapes with a 400', () => {
    expect(refusal('OPTIONS', '/')).toMatchObject({ status: 204 });
    expect(refusal('OPTIONS', '*')?.status).toBe(400);
    expect(refusal('GET', '/help/%E0%A4%A')?.status).toBe(400);
  });

  it('has no image optimiser', () => {
    expect(refusal('GET', '/_next/image?url=/icon.svg&w=64&q=75')?.status).toBe(404);
  });
});

describe('page headers', () => {
  const options = { manifest, ancestors: ['https:'], https: false };

  it('give a prerendered page its own hashes and no nonce', () => {
    const { headers, nonce } = pageHeaders('/help/reset-password/request-link', options);
    expect(nonce).toBeNull();
    expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'sha256-page'");
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'self'(;|$)/);
  });

  it('give a path that only decodes to a page the 404’s hashes and a nonce, as Next answers it with the 404', () => {
    const { headers, nonce } = pageHeaders('/%68elp/reset-password/request-link', options);
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{24}$/);
    expect(headers['Content-Security-Policy']).toContain(`'sha256-404' 'nonce-${nonce}'`);
    expect(headers['Content-Security-Policy']).not.toContain('sha256-page');
  });

  it('let the widget be framed, and add HSTS only for an https site', () => {
    expect(pageHeaders('/embed/reset-password/request-link', options).headers['Content-Security-Policy']).toContain("frame-ancestors 'self' https:");
    expect(pageHeaders('/', options).headers['Strict-Transport-Security']).toBeUndefined();
    expect(pageHeaders('/', { ...options, https: true }).headers['Strict-Transport-Security']).toBe('max-age=31536000');
  });

  it('keep HTML in a CDN for minutes, and build assets for a year', () => {
    expect(cacheControlFor('/', 's-maxage=31536000')).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=3600');
    expect(cacheControlFor('/_next/static/chunks/a.js', 'public, max-age=31536000, immutable')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/search', 'private, no-cache, no-store, max-age=0, must-revalidate')).toContain('no-store');
  });
});

describe('settings baked into the build', () => {
  it('name each one that differs now', () => {
    expect(settingsDrift({ SITE_URL: 'https://a.example', ALLOWED_SCHOOL_HOSTS: null }, { SITE_URL: 'https://a.example' })).toEqual([]);
    expect(settingsDrift({ SITE_URL: null, ALLOWED_SCHOOL_HOSTS: null }, { SITE_URL: 'https://b.example', ALLOWED_SCHOOL_HOSTS: 'sch.uk' })).toEqual([
      'SITE_URL was (unset) at build and is https://b.example now',
      'ALLOWED_SCHOOL_HOSTS was (unset) at build and is sch.uk now',
    ]);
  });
});

describe('start-up warnings', () => {
  it('say what a missing SITE_URL will get wrong, and nothing when it is set', () => {
    expect(missingSettingWarnings({})).toEqual([expect.stringMatching(/SITE_URL is not set, so canonical links.*name http:\/\/localhost:3000/)]);
    expect(missingSettingWarnings({ SITE_URL: 'https://help.example.org' })).toEqual([]);
  });
});
