import { expect, test } from '@playwright/test';
import { pathOf } from '../../machines/paths';
import { stateKeys } from '../../machines/states';
import { axeViolations, hydrated } from './helpers';

const pages = [
  ...stateKeys.map((key) => pathOf(key)),
  '/embed',
  '/embed/wrong-password/check-details',
  '/embed/clear-saved-password/instructions',
  '/search?q=password+incorrect',
  '/search?q=zzzz',
  '/help/no-such/step',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(path, async ({ page }) => {
        await page.goto(`${path}${path.includes('?') ? '&' : '?'}school=https://myschool.cpoms.net`);
        await hydrated(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test('a keyboard user reaches a choice, moves on, and lands on the new question', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  const choice = page.getByRole('link', { name: 'I see ‘Your email address or password was incorrect’' });
  for (let i = 0; i < 20 && !(await choice.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(choice).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/help\/wrong-password\/check-details$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Yes, I can log in now' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Start over' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Back' })).toBeFocused();
});

test('a double click answers one question, not the next one too', async ({ page }) => {
  await page.goto('/help/wrong-password/check-details');
  await page.locator('main a[data-event="answer.password-incorrect"]').dblclick();
  await expect(page).toHaveURL(/sign-in-page$/);
  // The new question has settled (focus moved to it) and the second click answered nothing more.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/sign-in-page$/);
});

test('Back and the browser’s own back both return to the previous question', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
  await page.getByRole('link', { name: /No, I still see/ }).click();
  await expect(page).toHaveURL(/sign-in-page$/);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(/check-details$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What happens when you try to log in?');
});

test('the trail lists the answers given so far, each with a way to change it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
  await page.getByRole('link', { name: /No, I still see/ }).click();
  await expect(page).toHaveURL(/sign-in-page$/);
  await page.getByRole('link', { name: /No, I still see/ }).click();
  await expect(page).toHaveURL(/reset-from-scratch$/);
  await page.getByText('Your answers so far (2)').click();
  await expect(page.getByRole('link', { name: /^Change/ })).toHaveCount(2);
  await page.reload();
  await expect(page.getByText('Your answers so far (2)')).toBeVisible();
});

test('at 320 CSS pixels wide nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', pathOf('clear-saved-password.instructions'), pathOf('not-receiving-email.allow-sender')]) {
    await page.goto(`${path}?school=https://a-very-long-school-name-for-testing.cpoms.net`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
