import { expect, test } from '@playwright/test';
import { hrefOf, pathOf } from '../../machines/paths';
import { ssoValues } from '../../machines/school';
import { stateKeys } from '../../machines/states';
import { hostOrigin } from '../../playwright.config';
import { hydrated, hydratedWidget } from './helpers';

type Choice = { event: string; targets: Record<string, string>; href: string };

/** The answers a page offers, as its HTML carries them: each a real link, with its target for every SSO setting. */
function choicesIn(html: string): Choice[] {
  return [...html.matchAll(/<a class="choice"[^>]*>/g)].map(([tag]) => {
    const attribute = (name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replaceAll('&amp;', '&') ?? '';
    return {
      event: attribute('data-event'),
      targets: Object.fromEntries(ssoValues.map((sso) => [sso, attribute(`data-to-${sso}`)])),
      href: attribute('href'),
    };
  });
}

test('every widget step offers the same answers, to the same steps for each SSO setting, as its /help page', async ({ request }) => {
  let compared = 0;
  for (const key of stateKeys) {
    const widget = choicesIn(await (await request.get(pathOf(key, 'embed'))).text());
    const site = choicesIn(await (await request.get(pathOf(key))).text());
    expect(widget.map(({ event, targets }) => ({ event, targets })), key).toEqual(site.map(({ event, targets }) => ({ event, targets })));
    expect(widget.map(({ href }) => href), key).toEqual(site.map(({ targets }) => pathOf(targets.unknown as never, 'embed')));
    // With an SSO setting, /help is drawn by the server (a personal link): its links go where the widget's say for it.
    for (const sso of ['yes', 'no'] as const) {
      const personal = choicesIn(await (await request.get(`${pathOf(key)}?sso=${sso}`)).text());
      expect(personal.map(({ href }) => href), `${key} sso=${sso}`).toEqual(widget.map(({ targets }) => hrefOf(targets[sso] as never, 'help', { school: null, sso })));
      compared += personal.length;
    }
  }
  expect(compared).toBeGreaterThan(stateKeys.length);
});

test('widget pages are static HTML: one external script, no framework runtime, nothing inline, the site’s compiled CSS', async ({ request }) => {
  const scripts = new Set<string>();
  for (const key of stateKeys) {
    const response = await request.get(pathOf(key, 'embed'));
    expect(response.status(), key).toBe(200);
    const html = await response.text();
    const tags = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(tags, key).toHaveLength(1);
    expect(html, key).not.toMatch(/<script\b[^>]*>[^<]/);
    expect(html, key).not.toMatch(/<style\b|\sstyle="/);
    expect(html, key).not.toMatch(/\/_next\/static\/chunks\/[^"]*\.js/);
    scripts.add(tags[0].match(/src="([^"]+)"/)![1]);
    for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
      const css = await request.get(href);
      expect(css.status(), href).toBe(200);
      expect(css.headers()['content-type'], href).toContain('text/css');
    }
  }
  expect(scripts.size).toBe(1);
  const [src] = scripts;
  expect(src).toMatch(/^\/embed\/widget-[0-9a-f]{12}\.js$/);
  const script = await request.get(src);
  expect(script.headers()['content-type']).toContain('text/javascript');
  expect(script.headers()['cache-control']).toContain('immutable');
});

test('walking the widget in a school’s page breaks no rule of its policy, and every link keeps the school', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => /Content Security Policy/i.test(message.text()) && violations.push(message.text()));
  await page.goto(`${hostOrigin}/host.html`);
  const frame = await hydratedWidget(page);
  await frame.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/login details/);
  await frame.locator('a[data-event="answer.password-incorrect"]').click();
  await expect(frame.getByRole('heading', { level: 1 })).not.toHaveText(/login details/);
  await hydrated(frame);
  const hrefs = await frame.locator('main a[href^="/embed"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(new URL(href, 'http://x').searchParams.get('school'), href).toMatch(/^https:\/\/myschool\.cpoms\.net/);
  expect(violations).toEqual([]);
});

test('without JavaScript the widget’s pages still walk to an answer', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/embed');
  await page.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
  await expect(page).toHaveURL(/\/embed\/wrong-password\/check-details$/);
  await page.locator('a[data-event="answer.fixed"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/all set/);
  await context.close();
});

test('in a frame whose browser refuses it storage, the widget still keeps the walk from page to page', async ({ page }) => {
  // The school's page (localhost) and the widget (127.0.0.1) are different sites: this Chromium refuses the frame sessionStorage.
  await page.goto(`${hostOrigin}/host.html`);
  const frame = await hydratedWidget(page);
  expect(await frame.evaluate(() => { try { return typeof sessionStorage.length === 'number' ? 'allowed' : 'refused'; } catch { return 'refused'; } })).toBe('refused');
  await frame.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/login details/);
  await hydrated(frame);
  await frame.locator('a[data-event="answer.password-incorrect"]').click();
  await expect(frame.getByRole('heading', { level: 1 })).not.toHaveText(/login details/);
  await hydrated(frame);
  await expect(frame.locator('[data-trail] summary')).toHaveText('Your answers so far (1)');
  await expect(frame.getByRole('heading', { level: 1 })).toBeFocused();
  await frame.getByRole('link', { name: 'Back' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/login details/);
});

test('a placeholder anchor (the school’s link before its address is known) says it is no link and carries no link-only attribute', async ({ request }) => {
  for (const key of stateKeys) {
    for (const path of [pathOf(key), pathOf(key, 'embed')]) {
      const placeholders = [...(await (await request.get(path)).text()).matchAll(/<a\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/\shref=/.test(tag));
      for (const tag of placeholders) {
        expect(tag, path).not.toMatch(/\s(rel|target|download|ping|hreflang|type|referrerpolicy)=/);
        // Lighthouse counts an anchor without href as a broken link when script listens above it, unless it has a role.
        expect(tag, path).toMatch(/\srole="none"/);
      }
    }
  }
});
