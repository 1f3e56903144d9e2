import { serverEnv } from '../../playwright.config';
import { expect, test } from '@playwright/test';
import { browserIds } from '../../content/schema';
import { userAgents } from '../fixtures/user-agents';
import { idsOnScreen } from './helpers';

const savedPassword = '/help/wrong-password/saved-password';
/** Each browser's section is a <details> named by the browser's id (the feedback form has one too). */
const browserSections = 'main details[id]';

test.describe('the saved-password step tells before it asks', () => {
  test.use({ userAgent: userAgents.firefox });

  test('the reader’s browser’s steps are on the step, first and open; the others one tap away; then the question', async ({ page }) => {
    await page.goto(savedPassword);
    const sections = page.locator(browserSections);
    await expect(sections).toHaveCount(browserIds.length);
    await expect(page.locator('main details#firefox')).toHaveAttribute('open', '');
    expect((await idsOnScreen(sections))[0]).toBe('firefox');
    await expect(page.locator(`${browserSections}[open]`)).toHaveCount(1);
    await expect(page.getByRole('main')).toContainText('about:logins');
    await page.locator('main details#chrome summary').click();
    await expect(page.locator('main details#chrome')).toHaveAttribute('open', '');

    const question = page.getByRole('navigation', { name: 'Can you log in now?' });
    const below = await page.evaluate(() => {
      const list = [...document.querySelectorAll('main details[id]')].pop()!;
      const asked = document.querySelector('#question')!;
      return Boolean(list.compareDocumentPosition(asked) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(below).toBe(true);
    const answers = question.getByRole('link');
    await expect(answers).toHaveCount(2);
    await expect(answers.nth(0)).toHaveAccessibleName('Yes, I can log in now');
    await expect(answers.nth(1)).toHaveAccessibleName('No, I’m still stuck');
  });
});

test('without JavaScript the saved-password step lists every browser’s steps, open', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(savedPassword);
  await expect(page.locator(`${browserSections}[open]`)).toHaveCount(browserIds.length);
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

test.describe('search', () => {
  test('each hit names its problem, so two steps with like titles can be told apart', async ({ page }) => {
    await page.goto('/search?q=check+the+web+address');
    const hits = page.getByRole('main').locator('ol > li');
    await expect(hits.filter({ hasText: 'Check the web address and your email address' })).toContainText(
      'Problem: I see ‘The email address you entered does not exist’',
    );
    await expect(hits.filter({ hasText: 'Check the web address and your login details' })).toContainText(
      'Problem: I see ‘Your email address or password was incorrect’',
    );
  });

  test('knows the words staff use: iphone leads to the browser steps', async ({ page }) => {
    await page.goto('/search?q=iphone');
    await expect(page.getByRole('main').locator('ol > li a').first()).toHaveText('Clear a saved password from your browser');
  });

  test('junk finds nothing, and the reader is offered every problem and support instead', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    await expect(page.getByRole('status')).toContainText('Nothing matched');
    const offer = page.getByTestId('no-results');
    await expect(offer.getByRole('link', { name: /Your email address or password was incorrect/ })).toHaveAttribute('href', '/help/wrong-password/check-details');
    await expect(offer.getByRole('link', { name: 'Contact CPOMS support', exact: true })).toHaveAttribute('href', '/help/contact-support/get-help');
  });
});

test('the support summary names each step before its answer', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /The reset email never arrives/ }).click();
  await page.locator('main a[data-event="answer.not-found"]').click();
  await expect(page).toHaveURL(/allow-sender/);
  await page.locator('main a[data-event="answer.not-arrived"]').click();
  await expect(page).toHaveURL(/contact-support\/get-help/);
  const summary = page.getByTestId('support-summary');
  await expect(summary).toContainText('- Check your other email folders: Did you find the reset email? ');
  await expect(summary).toContainText('- Ask your IT team to allow emails from CPOMS: ');
});

test.describe('ready-made messages', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('without ?school, ask for the address and email, keep them in the tab, and never offer a message with a gap', async ({ page }) => {
    await page.goto('/help/email-does-not-exist/ask-administrator');
    const message = page.getByRole('region', { name: 'Message to your CPOMS Administrator' });
    await expect(message.getByRole('button', { name: 'Copy the message' })).toHaveCount(0);
    await expect(message.getByRole('link', { name: 'Open it in your email app' })).toHaveCount(0);
    await expect(message.getByTestId('ready-message')).toContainText('[your email address]');

    await message.getByLabel('Your school’s CPOMS address').fill('myschool.cpoms.net');
    await message.getByLabel('Your email address').fill('not an email');
    await expect(message.getByText('Enter an email address')).toBeVisible();
    await expect(message.getByRole('link', { name: 'Open it in your email app' })).toHaveCount(0);

    await message.getByLabel('Your email address').fill('j.smith@school.org.uk');
    await expect(message.getByTestId('ready-message')).toContainText('When I try at https://myschool.cpoms.net, I see');
    await expect(message.getByTestId('ready-message')).toContainText('My email address is: j.smith@school.org.uk');
    await expect(message.getByRole('link', { name: 'Open it in your email app' })).toHaveAttribute('href', /j\.smith%40school\.org\.uk/);
    await message.getByRole('button', { name: 'Copy the message' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('My email address is: j.smith@school.org.uk');

    await page.goto('/help/reset-for-someone-else/share-address');
    const colleague = page.getByRole('region', { name: 'Message to your colleague' });
    await expect(colleague.getByLabel('Your school’s CPOMS address')).toHaveValue('myschool.cpoms.net');
    await expect(colleague.getByTestId('ready-message')).toContainText('go to https://myschool.cpoms.net on the day');
    await expect(colleague.getByLabel('Your email address')).toHaveCount(0);
  });

  test('a school address that is not a CPOMS address is not put in a message', async ({ page }) => {
    await page.goto('/help/not-receiving-email/allow-sender');
    const message = page.getByRole('region', { name: 'Message to your IT team' });
    await message.getByLabel('Your school’s CPOMS address').fill('https://evil.example');
    await expect(message.getByTestId('ready-message')).not.toContainText('evil.example');
    await expect(message.getByRole('link', { name: 'Open it in your email app' })).toHaveCount(0);
  });

  test('with ?school, only the email is asked for', async ({ page }) => {
    await page.goto(`/help/email-does-not-exist/ask-administrator?school=${encodeURIComponent('https://myschool.cpoms.net')}`);
    const message = page.getByRole('region', { name: 'Message to your CPOMS Administrator' });
    await expect(message.getByLabel('Your school’s CPOMS address')).toHaveCount(0);
    await expect(message.getByLabel('Your email address')).toBeVisible();
  });
});

test.describe('a handout on paper', () => {
  test('prints the support contacts, every browser’s steps, a summary of each step it points to, and the public address', async ({ page }) => {
    await page.goto('/print/wrong-password');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    expect(printed).toContain('01756 797766');
    expect(printed).toContain('support@cpoms.co.uk');
    // npm test builds as if published at the test server's address (serverEnv.SITE_URL); never the default localhost.
    expect(printed).toContain(`${serverEnv.SITE_URL}/help/wrong-password/check-details`);
    expect(printed).not.toContain('localhost:3000');

    // The saved-password step carries the browser instructions, all of them open on paper.
    for (const address of ['chrome://password-manager/passwords', 'edge://settings/passwords', 'about:logins']) expect(printed).toContain(address);
    await expect(page.getByText('→ leads to Clear a saved password')).toHaveCount(0);

    // Every step an answer leads to outside this handout is summarised at its end.
    const elsewhere = await page.getByTestId('elsewhere').locator('[data-state]').evaluateAll((items) => items.map((item) => item.getAttribute('data-state')));
    expect(elsewhere.sort()).toEqual(['contact-support.get-help', 'not-receiving-email.check-folders', 'outcome.fixed']);
    await expect(page.getByTestId('elsewhere')).toBeVisible();
  });
});

test('the map on a phone fits the screen and the list of steps starts on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/map');
  const diagram = page.getByRole('region', { name: 'Map of every step, as a diagram' });
  const sideways = await diagram.evaluate((region) => region.scrollWidth - region.clientWidth);
  expect(sideways).toBeLessThanOrEqual(0);
  await expect(diagram.getByRole('link').first()).toBeInViewport();
  const list = await page.getByRole('heading', { name: 'Every step, by problem' }).boundingBox();
  expect(list!.y).toBeLessThan(844);
  await expect(page.getByRole('main').getByRole('link', { name: 'Ask CPOMS to email you a password reset link' }).last()).toBeVisible();
});

test('the map on a wide screen keeps the diagram full size', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/map');
  const width = await page.getByRole('region', { name: 'Map of every step, as a diagram' }).locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(1440);
});

test.describe('a personal link without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  const school = 'https://myschool.cpoms.net';
  const query = `?school=${encodeURIComponent(school)}&sso=no`;

  test('shows the school’s login page, follows the school’s SSO setting and keeps the context on every link', async ({ page }) => {
    await page.goto(`/help/wrong-password/check-details${query}`);
    await expect(page.locator('main a[data-school-link]').first()).toHaveAttribute('href', school);
    await expect(page.getByTestId('progress')).toContainText('Step 1 of 3');
    const next = page.locator('main a[data-event="answer.password-incorrect"]');
    await expect(next).toHaveAttribute('href', `/help/wrong-password/reset-from-scratch${query}`);
    await next.click();
    await expect(page).toHaveURL(`/help/wrong-password/reset-from-scratch${query}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/from scratch/);
    await expect(page.locator('main a[data-school-link]').first()).toHaveAttribute('href', school);
    await expect(page.getByTestId('progress')).toContainText('Step 2 of 3');
    await expect(page.getByRole('link', { name: 'Start over' }).first()).toHaveAttribute('href', `/${query}`);
  });

  test('starts from the start page: its choices carry the context', async ({ page }) => {
    await page.goto(`/${query}`);
    await page.getByRole('link', { name: /Your email address or password was incorrect/ }).click();
    await expect(page).toHaveURL(`/help/wrong-password/check-details${query}`);
    await expect(page.locator('main a[data-school-link]').first()).toHaveAttribute('href', school);
  });

  test('puts the school’s address in a ready-made message', async ({ page }) => {
    await page.goto(`/help/reset-for-someone-else/share-address${query}`);
    await expect(page.getByTestId('ready-message')).toContainText(`go to ${school} on the day`);
    await expect(page.getByRole('link', { name: 'Open it in your email app' })).toBeVisible();
  });

  test('ignores an invalid school: the plain step, its links without it', async ({ page }) => {
    await page.goto(`/help/wrong-password/check-details?school=${encodeURIComponent('https://evil.example')}`);
    await expect(page.locator('main a[data-school-link][href]')).toHaveCount(0);
    await expect(page.locator('main a[data-event="answer.password-incorrect"]')).toHaveAttribute('href', '/help/wrong-password/sign-in-page');
    await expect(page.locator('body')).not.toContainText('evil.example');
  });
});
