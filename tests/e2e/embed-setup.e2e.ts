import { expect, test, type Page } from '@playwright/test';
import { baseURL, extraSchoolSuffix, hostOrigin } from '../../playwright.config';
import { axeViolations, hydratedWidget } from './helpers';

async function submitSchool(page: Page, typed: string, mode: 'inline' | 'launcher' = 'inline') {
  await page.goto('/schools/embed');
  await page.getByLabel('Your school’s CPOMS address').fill(typed);
  await page.getByLabel(mode === 'launcher' ? /As a ‘Login help’ button/ : /In the page/).check();
  await page.getByRole('button', { name: 'Update the line and preview' }).click();
  await expect(page).toHaveURL(/[?&]school=/);
}

/** The site's public address, as its canonical links give it (SITE_URL when the site was built). */
async function siteOrigin(page: Page): Promise<string> {
  await page.goto('/help/wrong-password/check-details');
  return new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
}

test('an address that is not a CPOMS one: the page’s own message beside the field, and no line to copy', async ({ page }) => {
  await submitSchool(page, 'intranet.greenfield.sch.uk');
  const field = page.getByLabel('Your school’s CPOMS address');
  await expect(field).toHaveValue('intranet.greenfield.sch.uk');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/intranet\.greenfield\.sch\.uk is not a CPOMS address: it should end in cpoms\.net/);
  await expect(page.locator('form')).toHaveAttribute('novalidate', '');
  await expect(page.getByTestId('snippet')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy the line' })).toHaveCount(0);
  await expect(page.getByTestId('no-snippet')).toBeVisible();

  // Not an address at all: submitted anyway (no browser bubble), answered by the page.
  await submitSchool(page, 'my school');
  await expect(field).toHaveAccessibleDescription(/Enter your CPOMS address as it appears in your browser, like myschool\.cpoms\.net/);
  await expect(page.getByTestId('snippet')).toHaveCount(0);
});

test('a bare host is read as its https address, shown, and written into a line on the site’s public address', async ({ page }) => {
  const site = await siteOrigin(page);
  await submitSchool(page, 'myschool.cpoms.net');
  const field = page.getByLabel('Your school’s CPOMS address');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(field).toHaveAccessibleDescription(/The line will use https:\/\/myschool\.cpoms\.net/);
  await expect(page.getByTestId('snippet')).toHaveText(
    `<script src="${site}/embed.js" async data-school-url="https://myschool.cpoms.net"></script>`,
  );
  await expect(page.getByRole('button', { name: 'Copy the line' })).toBeVisible();
  await expect(page.getByText(`add ${site} to its script-src directive`)).toBeVisible();
});

test('the line names SITE_URL, never the Host header the request came with', async ({ request, page }) => {
  const site = await siteOrigin(page);
  const html = await (await request.get('/schools/embed?school=myschool.cpoms.net', { headers: { host: 'evil.example' } })).text();
  expect(html).toContain(`${site}/embed.js`);
  expect(html).not.toContain('evil.example/embed.js');
});

test('launcher mode is previewed as a launcher, on a phone and on a computer', async ({ page }) => {
  await submitSchool(page, 'myschool.cpoms.net', 'launcher');
  for (const [title, fills] of [['Preview on a phone', true], ['Preview on a computer', false]] as const) {
    const preview = page.frameLocator(`iframe[title="${title}"]`);
    // A fixed button inside a frame does not scroll the page to itself.
    await page.locator(`iframe[title="${title}"]`).scrollIntoViewIfNeeded();
    await preview.getByRole('button', { name: 'Login help', exact: true }).click();
    const dialog = preview.getByRole('dialog', { name: 'CPOMS login help' });
    await expect(dialog.getByRole('heading', { name: 'Login help' })).toBeVisible();
    await expect(preview.frameLocator('iframe[title="CPOMS login help"]').getByRole('heading', { level: 1 })).toHaveText(
      'What happens when you try to log in?',
    );
    const width = (await dialog.boundingBox())!.width;
    const viewport = await page.locator(`iframe[title="${title}"]`).evaluate((frame: HTMLIFrameElement) => frame.clientWidth);
    if (fills) expect(width).toBe(viewport);
    else expect(width).toBeLessThanOrEqual(400);
  }
});

test(`an address on ALLOWED_SCHOOL_HOSTS (${extraSchoolSuffix}) works from the setup page to the widget on a plain-http intranet`, async ({ page }) => {
  await submitSchool(page, `greenfield.${extraSchoolSuffix}`);
  const field = page.getByLabel('Your school’s CPOMS address');
  await expect(field, `build with ALLOWED_SCHOOL_HOSTS=${extraSchoolSuffix}, as npm test does`).toHaveAttribute('aria-invalid', 'false');
  const line = (await page.getByTestId('snippet').textContent())!;
  expect(line).toContain(`data-school-url="https://greenfield.${extraSchoolSuffix}"`);
  const site = new URL(line.match(/src="([^"]+)"/)![1]).origin;

  // The line as pasted into an intranet page; only its address is this test server's, as SITE_URL would make it.
  await page.goto(`${hostOrigin}/host-empty.html`);
  await page.locator('#paste-here').evaluate((slot, html) => slot.append(document.createRange().createContextualFragment(html)), line.replace(site, baseURL));
  const widget = page.frameLocator('#paste-here iframe');
  await hydratedWidget(page);
  await widget.getByRole('link', { name: /The reset link says it has expired/ }).click();
  await expect(widget.locator('a[data-school-link]').first()).toHaveAttribute('href', `https://greenfield.${extraSchoolSuffix}`);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the setup page, with an error and with a launcher preview, ${colorScheme}`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const query of ['school=intranet.greenfield.sch.uk', 'school=myschool.cpoms.net&mode=launcher&sso=yes']) {
      await page.goto(`${baseURL}/schools/embed?${query}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (query.includes('launcher')) {
        for (const view of ['phone', 'computer']) {
          await expect(page.frameLocator(`iframe[title="Preview on a ${view}"]`).getByRole('button', { name: 'Login help', exact: true })).toBeVisible();
        }
      }
      expect(await axeViolations(page, { bestPractice: true }), query).toEqual([]);
    }
    await context.close();
  });
}
