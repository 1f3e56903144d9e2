import { expect, test } from '@playwright/test';
import { browserIds } from '../../content/schema';
import { userAgents } from '../fixtures/user-agents';
import { dialogsOf, idsOnScreen } from './helpers';

const school = 'https://myschool.cpoms.net';
const query = `?school=${encodeURIComponent(school)}&sso=yes`;

test('a personalised link shows the school’s login page and survives three clicks', async ({ page }) => {
  await page.goto(`/${query}`);
  await page.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
  for (const next of ['sign-in-page', 'reset-from-scratch', 'saved-password']) {
    await expect(page.locator('main a[data-school-link]').first()).toHaveAttribute('href', school);
    expect(new URL(page.url()).searchParams.get('school')).toBe(school);
    await page.locator('main a[data-event="answer.password-incorrect"]').click();
    // One answer per page: wait for the next page before answering again.
    await expect(page).toHaveURL(new RegExp(`/wrong-password/${next}\\?`));
  }
  await expect(page).toHaveURL(/\/help\/wrong-password\/saved-password\?/);
  await expect(page.locator('main a[data-school-link]').first()).toHaveAttribute('href', school);
});

test('sso=no skips the Identity-or-SSO question', async ({ page }) => {
  await page.goto('/?sso=no');
  await page.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
  await page.getByRole('link', { name: /No, I still see/ }).click();
  await expect(page).toHaveURL(/\/help\/wrong-password\/reset-from-scratch\?sso=no$/);
});

test('sso=yes keeps the Identity-or-SSO question', async ({ page }) => {
  await page.goto('/help/email-does-not-exist/check-address?sso=yes');
  await page.locator('main a[data-event="answer.does-not-exist"]').click();
  await expect(page).toHaveURL(/\/help\/email-does-not-exist\/authentication-provider\?sso=yes$/);
});

for (const id of browserIds) {
  test(`the saved-password step puts ${id} first for its user agent`, async ({ browser }) => {
    const context = await browser.newContext({ userAgent: userAgents[id] });
    const page = await context.newPage();
    await page.goto('/help/clear-saved-password/instructions');
    await expect(page.locator('[data-detected]')).toHaveAttribute('data-detected', id);
    expect((await idsOnScreen(page.locator('[data-browsers] details')))[0]).toBe(id);
    await expect(page.locator(`details#${id}`)).toHaveAttribute('open', '');
    await expect(page.locator('details[open]')).toHaveCount(1);
    await context.close();
  });
}

test('without JavaScript every browser’s steps are listed open', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/help/clear-saved-password/instructions');
  await expect(page.locator('details[open]')).toHaveCount(browserIds.length);
  await context.close();
});

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy link puts this step, with the school’s context, on the clipboard and says so', async ({ page, baseURL }) => {
    await page.goto(`/help/link-expired/request-new-link${query}`);
    await page.getByRole('button', { name: 'Copy link to this step' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/help/link-expired/request-new-link${query}`);
  });

  test('the message for IT carries the school’s address and the sender to allow', async ({ page }) => {
    await page.goto(`/help/not-receiving-email/allow-sender${query}`);
    await page.getByRole('button', { name: 'Copy the message' }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('notifications@cpoms.net');
    expect(text).toContain(school);
    await expect(page.getByRole('link', { name: 'Open it in your email app' })).toHaveAttribute('href', /^mailto:\?subject=.*notifications%40cpoms\.net/);
  });

  test('contact support composes a summary of the walk, to copy or email', async ({ page }) => {
    await page.goto(`/${query}`);
    await page.getByRole('link', { name: /The reset email never arrives/ }).click();
    await page.locator('main a[data-event="answer.not-found"]').click();
    await page.locator('main a[data-event="answer.not-arrived"]').click();
    await expect(page).toHaveURL(/contact-support\/get-help/);
    const summary = page.getByTestId('support-summary');
    await expect(summary).toContainText('Problem: The reset email never arrives');
    await expect(summary).toContainText(school);
    await expect(summary).toContainText(/Browser: Chrome/);
    await page.getByRole('button', { name: 'Copy the summary' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('What I tried');
    await expect(page.getByRole('link', { name: /Email it to support@cpoms.co.uk/ })).toHaveAttribute('href', /^mailto:support@cpoms\.co\.uk\?/);
  });
});

test.describe('the clock', () => {
  test.use({ timezoneId: 'Europe/London' });

  test('says how long a link requested now has left, by the reader’s clock', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T19:48:00Z'));
    await page.goto('/help/link-expired/request-new-link');
    await expect(page.getByTestId('link-expiry')).toHaveText(/midnight tonight: in 4 h 12 min/);
  });
});

const hostile = [
  'javascript:alert(1)',
  'https://cpoms.net.evil.example',
  'https://cpoms.net@evil.example',
  'https://evil.example#.cpoms.net',
  '//evil.example',
  'http://myschool.cpoms.net',
  '"><script>alert(1)</script>',
  'data:text/html,<b>x</b>',
  `https://${'a'.repeat(500)}.cpoms.net`,
];

for (const value of hostile) {
  test(`a hostile school value never becomes a link: ${value.slice(0, 40)}`, async ({ page }) => {
    const dialogs = dialogsOf(page);
    for (const path of ['/help/wrong-password/check-details', '/embed/not-receiving-email/allow-sender']) {
      await page.goto(`${path}?school=${encodeURIComponent(value)}`);
      await expect(page.locator('main a[data-school-link][href]')).toHaveCount(0);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => /evil|javascript:|data:/i.test(href))).toEqual([]);
      await expect(page.locator('body')).not.toContainText('evil.example');
    }
    expect(dialogs).toEqual([]);
  });
}
