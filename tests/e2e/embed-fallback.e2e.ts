import { spawn } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { baseURL, hostOrigin, serverEnv } from '../../playwright.config';

// Ports beside the test server's: one for a server that narrows EMBED_ALLOWED_ORIGINS, one where nothing listens.
const appPort = Number(process.env.E2E_PORT ?? 3100);
const narrowedPort = appPort + 3;
const deadPort = appPort + 4;

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

function warnings(page: Page) {
  const seen: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && seen.push(message.text()));
  return seen;
}

/** The loader as a browser may have cached it, from a server that has since stopped: its frame cannot load. */
async function serverStopped(page: Page) {
  expect(await answers(`http://127.0.0.1:${deadPort}/`), `nothing may listen on port ${deadPort}`).toBe(false);
  const loader = await (await fetch(`${baseURL}/embed.js`)).text();
  await page.route(`http://127.0.0.1:${deadPort}/embed.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: loader }));
}

/** The message in the host page's flow where the widget would be, announced, with a way to the same help. */
async function expectFallback(page: Page, where: string, href: string, warned: string[]) {
  const note = page.locator(where).getByRole('alert');
  // "A few seconds" after the frame loads its refusal or error page.
  await expect(note).toContainText('The login help could not load here.', { timeout: 15_000 });
  const link = note.getByRole('link', { name: 'Open the login help in a new tab' });
  await expect(link).toHaveAttribute('href', href);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  await expect(page.locator(`${where} iframe`)).toBeHidden();
  expect(warned.filter((text) => text.startsWith('[cpoms-help]') && text.includes('EMBED_ALLOWED_ORIGINS') && text.includes(hostOrigin))).toHaveLength(1);
}

test('a school left out of a narrowed EMBED_ALLOWED_ORIGINS gets a link instead of a grey frame, inline and launcher', async ({ page }) => {
  test.setTimeout(90_000);
  const app = `http://127.0.0.1:${narrowedPort}`;
  const server = spawn(process.execPath, ['.next/login-help/server.mjs'], {
    env: { ...serverEnv, PORT: String(narrowedPort), HOSTNAME: '127.0.0.1', EMBED_ALLOWED_ORIGINS: 'https://intranet.other-school.example' },
    stdio: 'ignore',
  });
  try {
    await expect.poll(() => answers(`${app}/embed`), { timeout: 45_000 }).toBe(true);
    const policy = (await fetch(`${app}/embed`)).headers.get('content-security-policy');
    expect(policy).toContain("frame-ancestors 'self' https://intranet.other-school.example");

    const warned = warnings(page);
    await page.goto(`${hostOrigin}/host.html?app=${narrowedPort}`);
    await expectFallback(page, '#widget-section', `${app}/?school=https%3A%2F%2Fmyschool.cpoms.net&sso=no`, warned);
    await expect(page.locator('#host-after')).toBeVisible();

    const launcherWarned = warnings(page);
    await page.goto(`${hostOrigin}/host-launcher.html?app=${narrowedPort}`);
    await page.getByRole('button', { name: 'Login help', exact: true }).click();
    await expectFallback(page, '[role="dialog"]', `${app}/?school=https%3A%2F%2Fmyschool.cpoms.net&sso=yes`, launcherWarned);
  } finally {
    server.kill();
  }
});

test('with the server stopped, the widget says so and links to the same step', async ({ page }) => {
  await serverStopped(page);
  const warned = warnings(page);
  await page.goto(`${hostOrigin}/host-multi.html?app=${deadPort}`);
  // One widget starts at wrong-password: its link opens that scenario on the full site, with the same context.
  const notes = page.getByRole('alert');
  await expect(notes).toHaveCount(2, { timeout: 15_000 });
  await expect(page.locator('#slot').getByRole('link', { name: 'Open the login help in a new tab' })).toHaveAttribute(
    'href',
    new RegExp(`^http://127\\.0\\.0\\.1:${deadPort}/help/wrong-password(\\?|$)`),
  );
  expect(warned.filter((text) => text.includes('EMBED_ALLOWED_ORIGINS'))).toHaveLength(2);
});

test('launcher with the server stopped: the panel holds the message, not an empty frame', async ({ page }) => {
  await serverStopped(page);
  const warned = warnings(page);
  await page.goto(`${hostOrigin}/host-launcher.html?app=${deadPort}`);
  const launcher = page.getByRole('button', { name: 'Login help', exact: true });
  await launcher.click();
  await expectFallback(page, '[role="dialog"]', `http://127.0.0.1:${deadPort}/?school=https%3A%2F%2Fmyschool.cpoms.net&sso=yes`, warned);
  await page.keyboard.press('Escape');
  await expect(launcher).toBeFocused();
});
