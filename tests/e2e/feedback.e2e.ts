import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { hostOrigin, insightsToken } from '../../playwright.config';
import type { Insights } from '../../app/_lib/store/insights.server';
import { hydratedWidget } from './helpers';

const unique = () => Math.random().toString(36).slice(2, 10);

async function insights(request: APIRequestContext): Promise<Insights> {
  const response = await request.get('/api/insights?days=7', { headers: { authorization: `Bearer ${insightsToken}` } });
  expect(response.status()).toBe(200);
  return response.json();
}

/** The beacons a page sends (Playwright does not expose a beacon's body; the stored rows show what it held). */
function beacons(page: Page) {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/events')) sent.push(request.method());
  });
  return sent;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form posts, comes back with a thank-you, and the comment is stored masked', async ({ page, request }) => {
    const tag = unique();
    await page.goto('/help/wrong-password/check-details');
    const form = page.locator('#feedback');
    await expect(form.getByRole('heading', { name: 'Did this page help?' })).toBeVisible();
    await form.getByText('No', { exact: true }).click();
    await form.getByLabel('What were you trying to do? (optional)').fill(`no-js ${tag}, mail me at someone@example.org`);
    await form.getByRole('button', { name: 'Send “No”' }).click();
    await expect(page).toHaveURL(/\/help\/wrong-password\/check-details\?feedback=thanks#feedback-thanks$/);
    await expect(page.getByText('Thank you: your answer was sent.')).toBeVisible();
    await expect(form.getByRole('button', { name: 'Yes' })).toBeHidden();
    const { comments } = await insights(request);
    expect(comments).toContainEqual(expect.objectContaining({ step: 'wrong-password.check-details', comment: `no-js ${tag}, mail me at [email]` }));
  });

  test('an end state asks whether it solved the problem', async ({ page }) => {
    await page.goto('/help/contact-support/get-help');
    await expect(page.getByRole('heading', { name: 'Did this solve your problem?' })).toBeVisible();
    await page.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByText('Thank you: your answer was sent.')).toBeVisible();
  });
});

test('with JavaScript the answer is sent in place and the thank-you takes focus', async ({ page, request }) => {
  const tag = unique();
  await page.goto('/help/outcome/fixed');
  const before = (await insights(request)).total;
  const form = page.locator('#feedback');
  await form.getByText('No', { exact: true }).click();
  await form.getByLabel('What were you trying to do? (optional)').fill(`js ${tag} call 07700 900123`);
  await form.getByRole('button', { name: 'Send “No”' }).click();
  await expect(page.getByText('Thank you: your answer was sent.')).toBeFocused();
  await expect(page).toHaveURL(/\/help\/outcome\/fixed$/);
  const after = await insights(request);
  expect(after.total).toBeGreaterThan(before);
  expect(after.comments).toContainEqual(expect.objectContaining({ step: 'outcome.fixed', comment: `js ${tag} call [phone]` }));
});

test('a walk sends each answer by beacon, tied by one walk id, with the school host', async ({ page, request }) => {
  const host = `beacon-${unique()}.cpoms.net`;
  const sent = beacons(page);
  await page.goto(`/?school=https://${host}`);
  await page.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/login details/);
  await page.locator('a[data-event="answer.fixed"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/all set/);
  await expect.poll(() => sent).toEqual(['POST', 'POST']);
  // Both answers arrived under one walk id, recorded with the school's host and this browser's family.
  await expect.poll(async () => (await insights(request)).schools.find((row) => row.name === host)?.walks).toBe(1);
  const { edges, browsers } = await insights(request);
  expect(edges).toContainEqual(expect.objectContaining({ from: 'start', event: 'choose.wrong-password', to: 'wrong-password.check-details' }));
  expect(edges).toContainEqual(expect.objectContaining({ from: 'wrong-password.check-details', event: 'answer.fixed', to: 'outcome.fixed' }));
  expect(browsers.map((row) => row.name)).toContain('chrome');
});

test.describe('with Global Privacy Control on', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  });

  test('no step is sent, but an explicit answer is', async ({ page, request }) => {
    const host = `gpc-${unique()}.cpoms.net`;
    const sent = beacons(page);
    await page.goto(`/?school=https://${host}`);
    await page.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
    await page.locator('a[data-event="answer.fixed"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/all set/);
    await page.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByText('Thank you: your answer was sent.')).toBeVisible();
    expect(sent).toEqual([]);
    expect((await insights(request)).schools.map((row) => row.name)).not.toContain(host);
  });
});

test('a widget with data-feedback="off" shows no form and sends nothing', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (/\/api\/(events|feedback)$/.test(r.url())) sent.push(r.url());
  });
  await page.goto(`${hostOrigin}/host-feedback-off.html`);
  const iframe = page.locator('#widget-section iframe');
  expect(new URL((await iframe.getAttribute('src'))!).searchParams.get('feedback')).toBe('off');
  const widget = page.frameLocator('#widget-section iframe');
  // The first page's script remembers the setting for the tab; later links do not carry it.
  await hydratedWidget(page);
  await widget.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
  await widget.locator('a[data-event="answer.fixed"]').click();
  await expect(widget.getByRole('heading', { level: 1 })).toHaveText(/all set/);
  await expect(widget.locator('#feedback')).toBeHidden();
  expect(sent).toEqual([]);
});

test('an embedded step shows the form when feedback is on', async ({ page }) => {
  await page.goto('/embed/outcome/fixed');
  await expect(page.getByRole('heading', { name: 'Did this solve your problem?' })).toBeVisible();
});

test('the footer and /privacy say what is recorded', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('footer')).not.toContainText('sends nothing anywhere');
  await page.locator('footer').getByRole('link', { name: 'What is recorded and who can read it' }).click();
  await expect(page.getByRole('heading', { name: 'What is never recorded' })).toBeVisible();
  await expect(page.getByText(/deleted after 400 days/)).toBeVisible();
});

test('GET on the write endpoints is refused with 405 and Allow', async ({ request }) => {
  for (const path of ['/api/feedback', '/api/events']) {
    const response = await request.get(path);
    expect(response.status()).toBe(405);
    expect(response.headers().allow).toBe('POST');
    expect(await response.json()).toEqual({ error: expect.any(String) });
  }
});
