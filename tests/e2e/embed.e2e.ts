import { expect, test, type Page } from '@playwright/test';
import { baseURL, hostOrigin } from '../../playwright.config';
import { axeViolations, dialogsOf, hydrated, hydratedWidget } from './helpers';

function warnings(page: Page) {
  const seen: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && seen.push(message.text()));
  return seen;
}

async function heights(page: Page, frameSelector = 'iframe[title="CPOMS login help"]') {
  const frameElement = page.locator(frameSelector).first();
  const frame = (await frameElement.elementHandle())!.contentFrame();
  const content = await (await frame)!.locator('#embed-root').evaluate((el) => el.getBoundingClientRect().height);
  const outer = await frameElement.evaluate((el) => el.getBoundingClientRect().height);
  return { content, outer };
}

async function expectFitted(page: Page) {
  await expect.poll(async () => {
    const { content, outer } = await heights(page);
    return Math.abs(content - outer);
  }).toBeLessThanOrEqual(4);
}

test('inline: the widget appears where the tag stands, set up for the school, sized to its content', async ({ page }) => {
  const warned = warnings(page);
  await page.goto(`${hostOrigin}/host.html`);
  const iframe = page.locator('#widget-section iframe');
  await expect(iframe).toHaveAttribute('title', 'CPOMS login help');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  const src = new URL((await iframe.getAttribute('src'))!);
  expect(src.pathname).toBe('/embed');
  expect(src.searchParams.get('sso')).toBe('no');
  expect(src.searchParams.get('school')).toMatch(/^https:\/\/myschool\.cpoms\.net\/?$/);

  const widget = page.frameLocator('#widget-section iframe');
  await expect(widget.getByRole('heading', { level: 1 })).toHaveText('What happens when you try to log in?');
  await expectFitted(page);

  await widget.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
  await expect(widget.getByRole('heading', { level: 1 })).toHaveText(/login details/);
  await expect(widget.locator('a[data-school-link]').first()).toHaveAttribute('href', 'https://myschool.cpoms.net');
  await expectFitted(page);

  // sso=no from the snippet skips the sign-in-page question.
  await widget.locator('a[data-event="answer.password-incorrect"]').click();
  await expect(widget.getByRole('heading', { level: 1 })).toHaveText(/from scratch/);
  await expectFitted(page);
  await widget.locator('a[data-event="answer.fixed"]').click();
  await expect(widget.getByRole('heading', { level: 1 })).toHaveText(/all set/);
  await expectFitted(page);

  expect(warned).toEqual([]);
});

test('the school can count usage: each step is a DOM event on the host page', async ({ page }) => {
  await page.goto(`${hostOrigin}/host.html`);
  await page.evaluate(() => {
    const w = window as unknown as { steps: string[] };
    w.steps = [];
    document.addEventListener('cpoms-help:step', (event) => w.steps.push((event as CustomEvent<{ path: string }>).detail.path));
  });
  const widget = page.frameLocator('#widget-section iframe');
  await widget.getByRole('link', { name: /The reset link says it has expired/ }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { steps: string[] }).steps)).toContain('/embed/link-expired/request-new-link');
});

test('links inside the widget stay inside /embed/, with one way out to the full site', async ({ page }) => {
  await page.goto('/embed/wrong-password/check-details');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const outside = hrefs.filter((href) => !href.startsWith('/embed'));
  expect(outside).toEqual(['/help/wrong-password/check-details']);
  await expect(page.getByRole('link', { name: /Open this help in a new tab/ })).toHaveAttribute('target', '_blank');
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/);
});

test('a resize forged by a third-origin frame is ignored', async ({ page }) => {
  await page.goto(`${hostOrigin}/host-forged.html`);
  await expect(page.frameLocator('iframe[title="CPOMS login help"]').getByRole('heading', { level: 1 })).toBeVisible();
  // Wait until the host page has seen several forged resizes, rather than for a guessed time.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let forged = 0;
        addEventListener('message', (event) => event.data?.height === 3999 && ++forged === 5 && resolve());
      }),
  );
  const { outer } = await heights(page);
  expect(outer).toBeLessThan(3000);
  await expectFitted(page);
});

test('hostile data-school-url values never become links in the widget, and the frame says why', async ({ page }) => {
  const warned = warnings(page);
  const dialogs = dialogsOf(page);
  await page.goto(`${hostOrigin}/host-hostile.html`);
  const frames = page.locator('iframe[title="CPOMS login help"]');
  await expect(frames).toHaveCount(2);
  for (let i = 0; i < 2; i++) {
    const widget = page.frameLocator('iframe[title="CPOMS login help"]').nth(i);
    await widget.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
    await expect(widget.getByRole('heading', { level: 1 })).toHaveText(/login details/);
    await expect(widget.locator('a[data-school-link][href]')).toHaveCount(0);
    await expect(widget.locator('a[href^="javascript:"], a[href*="evil"]')).toHaveCount(0);
  }
  // The loader passes the address through; the page in the frame applies the one rule and names the setting's endings.
  await expect.poll(() => warned.filter((text) => /^\[cpoms-help\] data-school-url=".*" ignored: .*cpoms\.net/.test(text)).length).toBe(2);
  expect(dialogs).toEqual([]);
});

test('launcher: opens from the keyboard, Esc closes it and focus returns to the button', async ({ page }) => {
  await page.goto(`${hostOrigin}/host-launcher.html`);
  const launcher = page.getByRole('button', { name: 'Login help', exact: true });
  await expect(launcher).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('iframe')).toHaveCount(0);
  await launcher.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'CPOMS login help' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Login help' })).toBeVisible();
  await expect(launcher).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Close login help' })).toBeFocused();
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toBeVisible();
  // The panel is sized to its content, like the inline widget (within the panel's own height limit).
  await expect.poll(async () => {
    const { content, outer } = await heights(page, 'iframe');
    const limit = await dialog.evaluate((el) => el.getBoundingClientRect().height);
    return outer >= Math.min(content, limit - 80) - 4 && outer <= content + 4;
  }).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(launcher).toBeFocused();

  // Esc pressed inside the widget closes it too.
  await page.keyboard.press('Enter');
  // Until the widget has hydrated nothing inside it listens for Esc, so try until it does.
  await expect(async () => {
    await page.frameLocator('iframe').getByRole('link', { name: /Do CPOMS passwords expire/ }).focus();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden({ timeout: 500 });
  }).toPass();
  await expect(launcher).toBeFocused();
});

test('launcher on a phone: the panel fills the screen, Close is a 44 px target for touch, focus returns', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${hostOrigin}/host-launcher.html`);
  const launcher = page.getByRole('button', { name: 'Login help', exact: true });
  await launcher.tap();
  const dialog = page.getByRole('dialog', { name: 'CPOMS login help' });
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toBeVisible();
  expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 667 });
  const close = page.getByRole('button', { name: 'Close login help' });
  const box = (await close.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  await close.tap();
  await expect(dialog).toBeHidden();
  await expect(launcher).toBeFocused();
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe with best-practice rules finds nothing on a host page with the widget open, ${colorScheme}`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/host-launcher.html`);
    await page.getByRole('button', { name: 'Login help', exact: true }).click();
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Inside the frame, with best practice too: every piece of the page sits in a landmark.
    for (const path of ['/embed?school=https://myschool.cpoms.net', '/embed/wrong-password/check-details?school=https://myschool.cpoms.net&sso=yes']) {
      const frame = await context.newPage();
      await frame.goto(`${baseURL}${path}`);
      await hydrated(frame);
      expect(await axeViolations(frame, { bestPractice: true }), path).toEqual([]);
    }
    await context.close();
  });
}

test('several widgets on one page work independently', async ({ page }) => {
  await page.goto(`${hostOrigin}/host-multi.html`);
  const frames = page.locator('iframe[title="CPOMS login help"]');
  await expect(frames).toHaveCount(2);
  const first = page.frameLocator('#slot iframe');
  await expect(first.getByRole('heading', { level: 1 })).toHaveText(/login details/);
  const second = page.frameLocator('iframe[title="CPOMS login help"]').nth(1);
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(/new reset link/);
});

test.describe('links that leave the wizard leave the frame', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the school’s CPOMS page opens in a new tab, and Copy link copies the full-site address', async ({ page, context }) => {
    // The school's CPOMS server is outside this machine: answer for it.
    await context.route('https://myschool.cpoms.net/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>CPOMS</title>' }));
    await page.goto(`${hostOrigin}/host.html`);
    const widget = page.frameLocator('#widget-section iframe');
    await hydratedWidget(page);
    await widget.getByRole('link', { name: /The reset link says it has expired/ }).click();
    await expect(widget.getByRole('heading', { level: 1 })).toHaveText(/new reset link/);
    const school = widget.locator('a[data-school-link]').first();
    await expect(school).toHaveAttribute('target', '_blank');
    await expect(school).toHaveAttribute('rel', /\bnoopener\b/);
    const [popup] = await Promise.all([page.waitForEvent('popup'), school.click()]);
    await expect(popup).toHaveURL('https://myschool.cpoms.net/');
    await popup.close();
    expect(page.url()).toBe(`${hostOrigin}/host.html`);
    await expect(widget.getByRole('heading', { level: 1 })).toHaveText(/new reset link/);

    await widget.getByRole('button', { name: 'Copy link to this step' }).click();
    await expect(widget.getByRole('status').filter({ hasText: /cop/i })).toHaveText('Copied');
    // The full site's address for this step, on SITE_URL as its canonical link is, with the school's context.
    const canonical = await widget.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/help\/link-expired\/request-new-link$/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${canonical}?school=https%3A%2F%2Fmyschool.cpoms.net&sso=no`);
    expect(copied).not.toContain('/embed');
  });

  test('mail and phone links open from the top window; the full site opens in a new tab; the wizard stays in the frame', async ({ page }) => {
    await page.goto(`${hostOrigin}/host.html`);
    const widget = page.frameLocator('#widget-section iframe');
    await widget.getByRole('link', { name: /contact CPOMS support/i }).click();
    await expect(widget.getByRole('heading', { level: 1 })).toHaveText(/Contact CPOMS support/);
    // The top window hands them to the mail or phone app; a new tab would be left empty.
    await expect(widget.locator('a[href^="mailto:"]:visible, a[href^="tel:"]:visible')).toHaveCount(3);
    await expect.poll(() => widget.locator('a[href^="mailto:"]:visible, a[href^="tel:"]:visible').evaluateAll((links) => links.map((a) => a.getAttribute('target')))).toEqual(['_top', '_top', '_top']);
    await expect(widget.getByRole('link', { name: /Open this help in a new tab/ })).toHaveAttribute('target', '_blank');
    const inWizard = await widget.locator('a[href^="/embed"]').evaluateAll((links) => links.map((a) => a.getAttribute('target')));
    expect(inWizard.length).toBeGreaterThan(0);
    expect(inWizard.filter((target) => target !== null)).toEqual([]);
  });
});

test('a long school address wraps between its parts, not mid-word, in a launcher-wide frame', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const school = 'https://greenfield-community-primary-academy-trust.cpoms.net/auth/identity/login';
  await page.goto(`/embed/wrong-password/check-details?school=${encodeURIComponent(school)}`);
  const address = page.locator('strong', { hasText: 'greenfield' });
  await expect(address).toHaveText(school);
  // Each line ends where the address may break: after a dot or a slash (or a hyphen, between words).
  const lines = await address.evaluate((el) => {
    // The address's characters grouped by the line each is drawn on.
    const range = document.createRange();
    const drawn: { top: number; text: string }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        const last = drawn.at(-1);
        if (last && last.top === top) last.text += node.textContent![i];
        else drawn.push({ top, text: node.textContent![i] });
      }
    }
    return drawn.map(({ text }) => text);
  });
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(0, -1)) expect(line).toMatch(/[./-]$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await context.close();
});

test('invalid options: the loader names each one it ignores, the frame names the address', async ({ page }) => {
  const warned = warnings(page);
  await page.goto(`${hostOrigin}/host-invalid-options.html`);
  const widget = page.frameLocator('iframe[title="CPOMS login help"]');
  await expect(widget.getByRole('heading', { level: 1 })).toHaveText('What happens when you try to log in?');
  const src = new URL((await page.locator('iframe[title="CPOMS login help"]').getAttribute('src'))!);
  expect(src.pathname).toBe('/embed');
  expect([...src.searchParams.keys()]).toEqual(['school']);
  await expect.poll(() => warned.filter((text) => text.startsWith('[cpoms-help] data-')).map((text) => text.match(/data-([a-z-]+)=/)![1]).sort()).toEqual(
    ['mode', 'school-url', 'sso', 'start', 'target'],
  );
});

test('on a page whose policy allows no inline styles, the widget and launcher are styled and break no rule', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => w.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${hostOrigin}/host-strict.html`);
  const launcher = page.getByRole('button', { name: 'Login help', exact: true });
  await expect(launcher).toHaveCSS('position', 'fixed');
  await launcher.click();
  await expect(page.getByRole('dialog', { name: 'CPOMS login help' })).toHaveCSS('display', 'flex');
  await expect(page.frameLocator('iframe').first().getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});
