import { expect, test } from '@playwright/test';
import { insightsToken } from '../../playwright.config';

const unique = () => Math.random().toString(36).slice(2, 10);

test('/insights asks for the token, refuses a wrong one, and shows a seeded walk on the tree', async ({ browser, request }) => {
  expect((await request.get('/insights')).status()).toBe(401);
  expect((await request.get('/insights')).headers()['www-authenticate']).toMatch(/^Basic /);
  const wrong = await request.get('/insights', { headers: { authorization: `Basic ${Buffer.from('staff:nope').toString('base64')}` } });
  expect(wrong.status()).toBe(401);
  expect((await request.get('/api/insights')).status()).toBe(401);

  const walk = crypto.randomUUID();
  const school = `https://insights-${unique()}.cpoms.net`;
  for (const [from, event, to] of [
    ['start', 'choose.not-receiving-email', 'not-receiving-email.check-folders'],
    ['not-receiving-email.check-folders', 'answer.not-found', 'not-receiving-email.allow-sender'],
  ]) {
    const response = await request.post('/api/events', { data: { walk, from, event, to, surface: 'embed', school } });
    expect(response.status(), `${from} ${event}`).toBe(204);
  }

  const context = await browser.newContext({ httpCredentials: { username: 'staff', password: insightsToken } });
  const page = await context.newPage();
  const response = await page.goto('/insights?days=7');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  expect(Number(await page.getByTestId('walks').textContent())).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('cell', { name: new URL(school).hostname })).toBeVisible();
  const tree = page.getByTestId('tree');
  await expect(tree.locator('svg')).toBeVisible();
  await expect(tree.locator('text').filter({ hasText: /\(\d+\)/ }).first()).toBeVisible();
  await expect(tree.locator('a[data-state="not-receiving-email.allow-sender"]')).toHaveAttribute('aria-label', /\d+ seen/);
  await context.close();
});

test('the CSV export defuses cells a spreadsheet would run', async ({ request }) => {
  const formula = `=HYPERLINK("http://evil.example","${unique()}")`;
  expect((await request.post('/api/feedback', { data: { step: 'outcome/fixed', outcome: 'not-solved', comment: formula } })).status()).toBe(201);
  const csv = await request.get('/api/insights?days=7&format=csv', { headers: { authorization: `Bearer ${insightsToken}` } });
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text).toContain(`"'${formula.replace(/"/g, '""')}"`);
  expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  const json = await request.get('/api/insights?days=7', { headers: { authorization: `Bearer ${insightsToken}` } });
  expect((await json.json()).total).toBeGreaterThanOrEqual(1);
});
