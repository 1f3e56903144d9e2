import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { pathOf } from '../../machines/paths';
import { offeredScenarios, printPathOf } from '../../machines/scenarios';
import { stateKeys, stepsOf } from '../../machines/states';
import { axeViolations, hydrated } from './helpers';

/** The sitemap's URLs as paths on the server under test (the sitemap names the published host). */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);
}

function headOf(html: string) {
  const meta = (attribute: 'property' | 'name', key: string) =>
    new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];
  return {
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
    canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1],
    og: (key: string) => meta('property', `og:${key}`),
    twitter: (key: string) => meta('name', `twitter:${key}`),
  };
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the sitemap lists the start page and every step, each answering 200 with a title of its own', async ({ request }) => {
  const paths = await sitemapPaths(request);
  expect([...paths].sort()).toEqual(stateKeys.map((key) => pathOf(key)).sort());
  const titles = new Map<string, string>();
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const head = headOf(await response.text());
    expect(head.title, path).toBeTruthy();
    expect(new URL(head.canonical!).pathname, path).toBe(path);
    titles.set(path, head.title!);
  }
  expect(new Set(titles.values()).size).toBe(paths.length);
});

test('every step shares as a card: Open Graph, Twitter and a 1200×630 PNG of its own', async ({ request }) => {
  const paths = await sitemapPaths(request);
  const images = new Set<string>();
  for (const path of [...paths, ...paths.filter((p) => p !== '/').map((p) => p.replace(/^\/help\//, '/embed/'))]) {
    const head = headOf(await (await request.get(path)).text());
    expect(head.og('type'), path).toBe('website');
    expect(head.og('site_name'), path).toBe('CPOMS login help');
    expect(head.og('title'), path).toBeTruthy();
    expect(head.og('description'), path).toBeTruthy();
    expect(new URL(head.og('url')!).pathname, path).toBe(new URL(head.canonical!).pathname);
    expect([head.og('image:width'), head.og('image:height')], path).toEqual(['1200', '630']);
    expect(head.og('image:alt'), path).toContain(head.og('title'));
    expect(head.twitter('card'), path).toBe('summary_large_image');
    expect(head.twitter('image'), path).toBe(head.og('image'));
    images.add(new URL(head.og('image')!).pathname);
  }
  expect(images.size).toBe(paths.length);
  for (const image of images) {
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(response.headers()['content-type'], image).toBe('image/png');
    expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
  }
});

test('pages set their text in the card’s typeface, from the font file the site serves itself', async ({ page, request }) => {
  const fontFile = readFileSync('assets/fonts/geist-variable-latin.woff2');
  const step = pathOf(stateKeys[1]);
  for (const path of ['/', step, printPathOf('wrong-password')]) {
    await page.goto(path);
    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      const unquote = (family: string) => family.trim().replace(/^["']|["']$/g, '');
      const families = ['h1', 'p'].map((tag) => unquote(getComputedStyle(document.querySelector(tag)!).fontFamily.split(',')[0]));
      const faces = [...document.fonts].filter((face) => unquote(face.family) === families[0]);
      const files = performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => /\.(woff2?|ttf|otf)$/.test(url));
      return { families, loaded: faces.map((face) => face.status), files };
    });
    expect(font.families[1], path).toBe(font.families[0]);
    expect(font.loaded, path).toContain('loaded');
    expect(font.files, path).toHaveLength(1);
    expect(new URL(font.files[0]).origin, path).toBe(new URL(page.url()).origin);
    expect((await (await request.get(font.files[0])).body()).equals(fontFile), path).toBe(true);
  }
});

test('the widget downloads no font: it sets its text in the system’s, as the school’s page around it may', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'font' && fonts.push(request.url()));
  await page.goto(pathOf(stateKeys[1], 'embed'));
  await page.evaluate(() => document.fonts.ready);
  const family = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily);
  expect(family.split(',')[0].trim()).toBe('system-ui');
  expect(fonts).toEqual([]);
});

test('an OG image path that names no step answers 404', async ({ request }) => {
  const unknown = [
    '/og/nope/x.png',
    '/og/wrong-password/nope.png',
    '/og/wrong-password.png',
    '/og/wrong-password',
    '/og/wrong-password/check-details',
    '/og/wrong-password/check-details.jpg',
    '/og/wrong-password/check-details.png/extra',
    '/og/Wrong-Password/check-details.png',
    '/og/start',
    '/og/start/start.png',
    '/og/%2e%2e/start.png',
    '/og/',
  ];
  for (const path of unknown) expect((await request.get(path)).status(), path).toBe(404);
});

test('robots.txt keeps the embed copies and search out and points to the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Allow: \/$/m);
  expect(robots).toMatch(/^Disallow: \/embed\/$/m);
  expect(robots).toMatch(/^Disallow: \/search$/m);
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test('the map draws every state of the machine, and each of its links opens', async ({ page, request }) => {
  await page.goto('/map');
  const region = page.getByRole('region', { name: 'Map of every step, as a diagram' });
  await expect(region).toHaveAttribute('tabindex', '0');
  const drawn = await region.locator('svg a[data-state]').evaluateAll((links) => links.map((a) => a.getAttribute('data-state')));
  expect(new Set(drawn)).toEqual(new Set(stateKeys));
  const listed = await page.locator('li[data-state]').evaluateAll((items) => items.map((li) => li.getAttribute('data-state')));
  expect(listed.sort()).toEqual([...stateKeys].sort());
  await expect(page.getByRole('button', { name: /^Copy link to / })).toHaveCount(stateKeys.length);

  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(stateKeys.length * 2);
  for (const href of new Set(hrefs)) expect((await request.get(href)).status(), href).toBe(200);
});

test('the map fits each step’s words inside its box', async ({ page }) => {
  await page.goto('/map');
  const overflowing = await page.locator('svg a[data-state]').evaluateAll((links) =>
    links
      .filter((a) => {
        const box = a.querySelector('rect')!.getBBox();
        const text = a.querySelector('text')!.getBBox();
        return text.x < box.x || text.y < box.y || text.x + text.width > box.x + box.width || text.y + text.height > box.y + box.height;
      })
      .map((a) => a.textContent),
  );
  expect(overflowing).toEqual([]);
});

test('each scenario prints as one handout, every step in order, linked from its steps', async ({ page, request }) => {
  for (const { scenario, first } of offeredScenarios) {
    const handout = printPathOf(scenario);
    await page.goto(pathOf(first));
    await expect(page.getByRole('link', { name: 'Print this scenario' })).toHaveAttribute('href', handout);

    const titles: string[] = [];
    for (const key of stepsOf(scenario)) {
      await page.goto(pathOf(key));
      titles.push(await page.getByRole('heading', { level: 1 }).innerText());
    }
    await page.goto(handout);
    const steps = page.locator('li[data-state]');
    expect(await steps.evaluateAll((items) => items.map((li) => li.getAttribute('data-state'))), handout).toEqual(stepsOf(scenario));
    expect(await steps.locator('> h2').allTextContents(), handout).toEqual(titles.map((title, index) => `${index + 1}. ${title}`));
  }
  expect((await request.get('/print/nope')).status()).toBe(404);
  expect((await request.get('/print/outcome')).status()).toBe(404);
});

test('a handout prints every browser’s steps, even those folded away on screen', async ({ page }) => {
  await page.goto(printPathOf('clear-saved-password'));
  const sections = page.locator('details .prose-step');
  await expect(sections.first()).toBeVisible();
  const shown = () => sections.evaluateAll((all) => all.map((section) => section.checkVisibility()));
  await page.emulateMedia({ media: 'print' });
  expect(await shown()).not.toContain(false);
  expect((await shown()).length).toBeGreaterThan(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of ['/map', printPathOf('wrong-password'), printPathOf('contact-support')]) {
      test(path, async ({ page }) => {
        await page.goto(path);
        await hydrated(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
