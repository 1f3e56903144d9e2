import { describe, expect, it } from 'vitest';
import robots from '../../app/robots';
import sitemap from '../../app/sitemap';
import { keyFromPath, stateKeys } from '../../machines/states';

describe('sitemap and robots', () => {
  const urls = sitemap().map(({ url }) => new URL(url));

  it('lists the start page and every step once, as absolute /help URLs', () => {
    expect(urls.map((url) => keyFromPath(url.pathname))).toEqual(stateKeys);
    expect(urls.every((url) => url.pathname === '/' || url.pathname.startsWith('/help/'))).toBe(true);
    expect(new Set(urls.map(String)).size).toBe(urls.length);
  });

  it('points crawlers at the sitemap and away from the embed copies and search', () => {
    const { rules, sitemap: at } = robots();
    expect(rules).toEqual({ userAgent: '*', allow: '/', disallow: ['/embed/', '/search'] });
    expect(at).toBe(new URL('/sitemap.xml', urls[0]).href);
  });
});
