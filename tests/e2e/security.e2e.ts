import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { hydrated } from './helpers';

const embedHost = `http://localhost:${process.env.E2E_HOST_PORT ?? 3101}`;

function policyOf(response: APIResponse): Record<string, string[]> {
  const header = response.headers()['content-security-policy'] ?? '';
  return Object.fromEntries(
    header.split(';').map((d) => d.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...values]) => [name, values]),
  );
}

function expectEverywhereHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['content-security-policy']).toBeTruthy();
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(headers['referrer-policy']);
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(headers['permissions-policy']).toContain(`${feature}=()`);
  }
  // Copy buttons need the clipboard on our pages and, delegated by the loader, in the embed.
  expect(headers['permissions-policy']).not.toContain('clipboard-write');
  expect(headers['x-powered-by']).toBeUndefined();
}

function expectPagePolicy(response: APIResponse, framedBy: string[], { inlineScripts = true } = {}) {
  const policy = policyOf(response);
  expect(policy['script-src']).toContain("'self'");
  expect(policy['script-src']).not.toContain("'unsafe-inline'");
  // Next's pages allow their own inline scripts by hash or nonce; the widget's static pages have none to allow.
  if (inlineScripts) expect(policy['script-src'].some((source) => /^'(sha256|nonce)-/.test(source))).toBe(true);
  else expect(policy['script-src']).toEqual(["'self'"]);
  expect(policy['style-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'none'"]);
  expect(policy['frame-ancestors']).toEqual(framedBy);
}

const sitePages = {
  start: '/',
  step: '/help/wrong-password/saved-password',
  search: '/search?q=password',
  'missing page': '/help/no-such/step',
};
const embedPages = { 'embed start': '/embed', 'embed step': '/embed/wrong-password/saved-password' };

test.describe('response headers', () => {
  for (const [kind, path] of Object.entries(sitePages)) {
    test(`${kind} may be framed only by this site`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBeLessThan(500);
      expectEverywhereHeaders(response);
      expectPagePolicy(response, ["'self'"]);
      expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');
    });
  }

  for (const [kind, path] of Object.entries(embedPages)) {
    test(`${kind} may be framed by any web page`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expectEverywhereHeaders(response);
      // The test server leaves EMBED_ALLOWED_ORIGINS unset, as a school's would be: any http or https page.
      expectPagePolicy(response, ["'self'", 'http:', 'https:'], { inlineScripts: false });
      expect(response.headers()['x-frame-options']).toBeUndefined();
    });
  }

  test('embed.js loads on any school site and is cached for a while', async ({ request }) => {
    const response = await request.get('/embed.js');
    expect(response.status()).toBe(200);
    expectEverywhereHeaders(response);
    expect(response.headers()['content-type']).toMatch(/javascript/);
    expect(response.headers()['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers()['cache-control']).toMatch(/public, max-age=[1-9]/);
  });

  test('build assets and the sitemap carry the common headers', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const script = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(script).toBeTruthy();
    for (const path of [script!, '/sitemap.xml']) expectEverywhereHeaders(await request.get(path));
  });

  for (const path of ['/help/link-expired/request-new-link', '/embed/link-expired/request-new-link?school=https%3A%2F%2Fmyschool.cpoms.net']) test(`a static page answers the same bytes and headers every time, gzipped when asked, 304 when unchanged: ${path}`, async ({ request }) => {
    const first = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    const again = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(await again.body()).toEqual(await first.body());
    for (const name of ['content-security-policy', 'x-frame-options', 'etag', 'cache-control', 'content-type', 'vary']) {
      expect(again.headers()[name], name).toBe(first.headers()[name]);
    }
    const zipped = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers()['content-encoding']).toBe('gzip');
    expect(await zipped.text()).toBe(await first.text());
    const unchanged = await request.get(path, { headers: { 'if-none-match': first.headers()['etag'] } });
    expect(unchanged.status()).toBe(304);
  });

  test('pages are cached for minutes, so a changed setting reaches readers soon; build assets for a year', async ({ request }) => {
    for (const path of ['/', '/help/wrong-password/saved-password', '/embed/wrong-password/saved-password']) {
      expect((await request.get(path)).headers()['cache-control'], path).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=3600');
    }
    const html = await (await request.get('/')).text();
    const script = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)![1];
    expect((await request.get(script)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    // No https SITE_URL in the test build, so no HSTS: it would pin a plain-http intranet test host to https.
    expect((await request.get('/')).headers()['strict-transport-security']).toBeUndefined();
  });
});

/** Collects what the browser refuses or complains about while the page loads and runs. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()) && !/Failed to load resource.*404/.test(message.text())) {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...problems, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

test.describe('in the browser, the policy blocks nothing the wizard needs', () => {
  test('a step hydrates and its choices move on without a page load', async ({ page }) => {
    const problems = await watch(page);
    await page.goto('/help/wrong-password/check-details');
    await expect(page.getByRole('button', { name: 'Copy link to this step' })).toBeVisible();
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.locator('a.choice').first().click();
    await expect(page).toHaveURL(/\/help\/outcome\/fixed$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await problems()).toEqual([]);
  });

  const notFound = ['/help/no-such/step', '/no-such-file.png', '/%68elp/reset-password/request-link'];
  for (const path of ['/', '/search?q=password', ...notFound, '/embed/wrong-password/saved-password']) {
    test(`${path} runs its scripts and is styled`, async ({ page }) => {
      const problems = await watch(page);
      const response = await page.goto(path);
      expect(response!.status()).toBeLessThan(500);
      // React marks the elements it hydrates; with its inline payload blocked it never would.
      await hydrated(page);
      // The site's stylesheet applied: the body takes the theme's font, not the browser's default serif.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/);
      if (notFound.includes(path)) await expect(page).toHaveTitle(/not found/i);
      expect(await problems()).toEqual([]);
    });
  }
});

test.describe('the Permissions-Policy leaves the clipboard to the copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('on our own page', async ({ page }) => {
    await page.goto('/help/wrong-password/check-details');
    await page.getByRole('button', { name: 'Copy link to this step' }).click();
    await expect(page.getByRole('status').filter({ hasText: /cop/i })).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  for (const allow of ['clipboard-write', null]) {
    test(`in the embed on a school's page ${allow ? 'that delegates it' : 'that does not'}`, async ({ page, baseURL }) => {
      // The embed tests' host page, served from a second local origin; Chromium would block a page faked by
      // page.route from framing a loopback server.
      await page.goto(`${embedHost}/host.html`);
      await page.evaluate(
        ({ src, allow }) => {
          const frame = Object.assign(document.createElement('iframe'), { id: 'clipboard-check', title: 'Login help', src });
          if (allow) frame.allow = allow;
          document.body.append(frame);
        },
        { src: `${baseURL}/embed/wrong-password/check-details`, allow },
      );
      const frame = page.frameLocator('#clipboard-check');
      await frame.getByRole('button', { name: 'Copy link to this step' }).click();
      await expect(frame.getByRole('status').filter({ hasText: /cop/i })).toHaveText(allow ? 'Copied' : /Could not copy/);
    });
  }
});
