import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const published = readFileSync('published/urls.txt', 'utf8').split('\n').filter(Boolean);
const renamed: { source: string; destination: string }[] = JSON.parse(readFileSync('published/redirects.json', 'utf8'));

test('every URL ever published still answers', async ({ request }) => {
  for (const url of published) {
    const response = await request.get(url, { maxRedirects: 5 });
    expect(response.status(), url).toBe(200);
  }
});

test('every renamed step answers with a permanent redirect', async ({ request }) => {
  for (const { source, destination } of renamed) {
    const response = await request.get(source, { maxRedirects: 0 });
    expect(response.status(), source).toBe(308);
    expect(response.headers().location, source).toBe(destination);
  }
});

test('a scenario’s address opens its first step and keeps only a valid school context', async ({ request }) => {
  const response = await request.get('/help/wrong-password?school=https://myschool.cpoms.net&sso=no&x=<b>', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe('/help/wrong-password/check-details?school=https%3A%2F%2Fmyschool.cpoms.net&sso=no');
  const embed = await request.get('/embed/start/link-expired?school=javascript:alert(1)', { maxRedirects: 0 });
  expect(embed.headers().location).toBe('/embed/link-expired/request-new-link');
});

test('an unknown address is a helpful 404, not an error', async ({ page }) => {
  for (const url of ['/help/nope', '/help/wrong-password/nope', '/help/wrong-password/check-details/extra', '/nope']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('searchbox')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start from the list of login problems' })).toHaveAttribute('href', '/');
  }
});

test('an unknown address in the widget is a 404 that leads back to its start, inside the frame', async ({ page }) => {
  for (const url of ['/embed/start/nope', '/embed/wrong-password/nope', '/embed/wrong-password/check-details/extra', '/embed/nope']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Start from the list of login problems' })).toHaveAttribute('href', '/embed');
  }
});
