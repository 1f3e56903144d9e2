import { expect, test } from '@playwright/test';
import { browserIds } from '../../content/schema';
import { userAgents } from '../fixtures/user-agents';

const savedPassword = '/help/wrong-password/saved-password';

test.describe('the saved-password step tells before it asks', () => {
  test.use({ userAgent: userAgents.firefox });

  test('the reader’s browser’s steps are on the step, first and open; the others one tap away; then the question', async ({ page }) => {
    await page.goto(savedPassword);
    const sections = page.locator('main details');
    await expect(sections).toHaveCount(browserIds.length);
    await expect(sections.first()).toHaveAttribute('id', 'firefox');
    await expect(sections.first()).toHaveAttribute('open', '');
    await expect(page.locator('main details[open]')).toHaveCount(1);
    await expect(page.getByRole('main')).toContainText('about:logins');
    await page.locator('main details#chrome summary').click();
    await expect(page.locator('main details#chrome')).toHaveAttribute('open', '');

    const question = page.getByRole('navigation', { name: 'Can you log in now?' });
    const below = await page.evaluate(() => {
      const list = document.querySelector('main details:last-of-type')!;
      const asked = document.querySelector('#question')!;
      return Boolean(list.compareDocumentPosition(asked) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(below).toBe(true);
    await expect(question.getByRole('link')).toHaveText(['Yes, I can log in now', 'No, I’m still stuck']);
  });
});

test('without JavaScript the saved-password step lists every browser’s steps, open', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(savedPassword);
  await expect(page.locator('main details[open]')).toHaveCount(browserIds.length);
  await expect(page.getByRole('main')).toContainText('chrome://password-manager/passwords');
  await context.close();
});

test('a new reset link that says the address does not exist leads to that problem, not to support', async ({ page }) => {
  await page.goto('/help/link-expired/request-new-link');
  await page.getByRole('link', { name: /The email address you entered does not exist/ }).click();
  await expect(page).toHaveURL(/\/help\/email-does-not-exist\/check-address$/);
  await page.goBack();
  await page.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
  await expect(page).toHaveURL(/\/help\/wrong-password\/check-details$/);
});

test.describe('the step counter', () => {
  test('with sso=no counts the three steps this reader takes', async ({ page }) => {
    await page.goto('/?sso=no');
    await page.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
    const progress = page.getByTestId('progress');
    await expect(progress).toContainText('Step 1 of 3');
    await page.locator('main a[data-event="answer.password-incorrect"]').click();
    await expect(page).toHaveURL(/reset-from-scratch/);
    await expect(progress).toContainText('Step 2 of 3');
    await page.locator('main a[data-event="answer.password-incorrect"]').click();
    await expect(page).toHaveURL(/saved-password/);
    await expect(progress).toContainText('Step 3 of 3');
  });

  test('moving to another problem names it, and shows no count it cannot keep', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /forgotten my password/ }).click();
    await expect(page.getByTestId('progress')).toContainText('Step 1 of 2');
    await page.locator('main a[data-event="answer.not-arrived"]').click();
    await expect(page).toHaveURL(/not-receiving-email\/check-folders/);
    await expect(page.getByTestId('progress')).toHaveText(/^Step 1 of 2\W*The reset email never arrives$/);
    await page.locator('main a[data-event="answer.found"]').click();
    await expect(page).toHaveURL(/reset-password\/set-new-password/);
    await expect(page.getByTestId('progress')).toHaveText(/^I’ve forgotten my password/);
    await expect(page.getByTestId('progress')).not.toContainText('Step');
  });
});

test.describe('the start page', () => {
  test('asks one question, which names its choices', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What happens when you try to log in?');
    await expect(page.getByRole('heading', { level: 2, name: /describes your problem|What happens when/ })).toHaveCount(0);
    const choices = page.getByRole('navigation', { name: 'What happens when you try to log in?' });
    await expect(choices.getByRole('link')).toHaveCount(9);
  });

  test('on a phone, a way to search is on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const search = page.getByRole('main').getByRole('link', { name: 'search for the message you see' });
    const box = await search.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    await search.click();
    await expect(page.getByRole('searchbox')).toBeInViewport();
  });
});

test('choices are named by their words alone, not the arrow drawn beside them', async ({ page }) => {
  await page.goto(savedPassword);
  await expect(page.getByRole('link', { name: 'Yes, I can log in now', exact: true })).toHaveCount(1);
  const links = await page.locator('main a.choice').all();
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) await expect(link).not.toHaveAccessibleName(/›\s*$/);
});

test('a missing page’s title says so', async ({ page }) => {
  const response = await page.goto('/help/no-such/step');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle('Page not found · CPOMS login help');
});
