import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';

const longWord = 'ThisIsAnErrorMessagePastedWithoutAnySpaces'.repeat(4);
const pages = [
  '/',
  '/help/clear-saved-password/instructions',
  '/help/reset-for-someone-else/share-address?school=https%3A%2F%2Fa-very-long-school-name-academy-trust.cpoms.net&sso=yes',
  '/help/contact-support/get-help',
  `/search?q=${longWord}`,
  '/search?q=password',
  '/embed/wrong-password/saved-password',
  '/help/no-such/step',
];

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// WCAG 1.4.10: 320 CSS px is 1280 px at 400% zoom; 640 CSS px is 1280 px at 200%. 1.4.4: text alone at 200%.
const layouts = [
  { name: 'at 320 CSS px', viewport: { width: 320, height: 640 }, textZoom: 1 },
  { name: 'at 200% zoom', viewport: { width: 640, height: 400 }, textZoom: 1 },
  { name: 'with text at 200%', viewport: { width: 1280, height: 800 }, textZoom: 2 },
];

for (const { name, viewport, textZoom } of layouts) {
  test.describe(`reflow ${name}`, () => {
    test.use({ viewport });

    for (const path of pages) {
      test(`${path.slice(0, 60)} needs no horizontal scrolling`, async ({ page }) => {
        await page.goto(path);
        // Through the CSSOM: the page's CSP refuses injected <style> elements, as it should.
        await page.evaluate((zoom) => document.documentElement.style.setProperty('font-size', `${zoom * 100}%`, 'important'), textZoom);
        await hydrated(page);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      });
    }
  });
}

test.describe('prefers-reduced-motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing animates or scrolls smoothly, before or after moving on', async ({ page }) => {
    await page.goto('/help/wrong-password/check-details');
    const still = () =>
      page.evaluate(() => ({
        animations: document.getAnimations().length,
        transitions: [...document.querySelectorAll('a, button, summary, input')].filter(
          (element) => getComputedStyle(element).transitionDuration.split(',').some((duration) => parseFloat(duration) > 0),
        ).length,
        scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
      }));
    expect(await still()).toEqual({ animations: 0, transitions: 0, scrollBehavior: 'auto' });
    await page.locator('a.choice').first().hover();
    await page.locator('a.choice').first().click();
    await expect(page).toHaveURL(/\/help\/outcome\/fixed$/);
    expect(await still()).toEqual({ animations: 0, transitions: 0, scrollBehavior: 'auto' });
  });
});
