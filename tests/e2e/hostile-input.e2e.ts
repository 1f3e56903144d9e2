import { expect, test } from '@playwright/test';
import { dialogsOf, hydrated } from './helpers';

/** `raw` values go into the URL as they are (they are already escapes); the rest are percent-encoded first. */
const hostile: { name: string; value: string; raw?: boolean }[] = [
  { name: 'script tag', value: '<script>alert(1)</script>' },
  { name: 'markup breaking out of an attribute', value: '"><img src=x onerror=alert(1)><a href="https://evil.example">' },
  { name: 'javascript: URL', value: 'javascript:alert(1)' },
  { name: 'data: URL', value: 'data:text/html,<script>alert(1)</script>' },
  { name: 'look-alike host', value: 'https://cpoms.net.evil.example' },
  { name: 'allowed host after a fragment', value: 'https://evil.example#.cpoms.net' },
  { name: 'user-info', value: 'https://cpoms.net@evil.example' },
  { name: 'protocol-relative', value: '//evil.example' },
  { name: 'backslash host', value: 'https:\\\\evil.example\\.cpoms.net' },
  { name: 'plain http school', value: 'http://myschool.cpoms.net' },
  { name: 'unicode look-alike host', value: 'https://myschool.cpoms.nеt' },
  { name: '10 KB string', value: 'a'.repeat(10_240) },
  { name: 'malformed escape', value: '%E0%A4%A', raw: true },
  { name: 'lone percent', value: '%', raw: true },
  { name: 'path traversal', value: '../../etc/passwd' },
  { name: 'encoded path traversal', value: '%2e%2e%2f%2e%2e%2fetc%2fpasswd', raw: true },
  { name: 'null byte', value: '%00', raw: true },
];

/** Pages that show the school's address or a ready-made message, and the search that echoes its query. */
const schoolPages = [
  '/',
  '/help/wrong-password/saved-password',
  '/help/reset-for-someone-else/share-address',
  '/help/contact-support/get-help',
  '/embed/reset-for-someone-else/share-address',
];

function urlsFor(value: string) {
  const query = schoolPages.flatMap((page) => ['school', 'sso', 'q'].map((param) => `${page}?${param}=${value}`));
  const paths = [`/${value}`, `/help/${value}/step`, `/help/wrong-password/${value}`, `/embed/${value}/step`, `/og/${value}/step.png`];
  return {
    all: [...query, `/search?q=${value}`, ...paths],
    rendered: [...schoolPages.map((page) => `${page}?school=${value}&sso=yes`), `/search?q=${value}`, `/help/${value}/step`, `/embed/${value}/step`],
  };
}

/** Our origin, CPOMS sign-in pages (https, cpoms.net and its subdomains), and the support phone and email. */
function isAllowedLink(href: string, origin: string): boolean {
  const url = new URL(href);
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return true;
  if (url.origin === origin) return true;
  return url.protocol === 'https:' && !url.username && !url.password && (url.hostname === 'cpoms.net' || url.hostname.endsWith('.cpoms.net'));
}

for (const { name, value, raw } of hostile) {
  const encoded = raw ? value : encodeURIComponent(value);

  test(`${name} is neither reflected as markup nor turned into a link`, async ({ page, request, baseURL }) => {
    const { all, rendered } = urlsFor(encoded);
    for (const url of all) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBeLessThan(500);
      const location = response.headers()['location'];
      if (location) expect(new URL(location, baseURL).origin, url).toBe(new URL(baseURL!).origin);
      const body = await response.text();
      expect(body, url).not.toContain('<script>alert(1)</script>');
      expect(body, url).not.toContain('<img src=x onerror');
      if (value.includes('<')) expect(body, url).not.toContain(value);
    }

    const dialogs = dialogsOf(page);
    const origin = new URL(baseURL!).origin;
    for (const url of rendered) {
      const response = await page.goto(url);
      if (!response!.headers()['content-type']?.startsWith('text/html')) continue;
      await hydrated(page);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(hrefs.filter((href) => !isAllowedLink(href, origin)), url).toEqual([]);
      expect(await page.locator('img[src="x"], [onerror], [onload]').count(), url).toBe(0);
    }
    expect(dialogs).toEqual([]);
  });
}

test('a genuine school address still becomes a link, so the checks above are not vacuous', async ({ page }) => {
  await page.goto('/help/wrong-password/saved-password?school=https%3A%2F%2Fmyschool.cpoms.net&sso=yes');
  await hydrated(page);
  await expect(page.locator('a[data-school-link]')).toHaveAttribute('href', 'https://myschool.cpoms.net');
});
