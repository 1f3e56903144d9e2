// The widget as a school's intranet loads it: a page with one script tag, opened cold in Chromium with the CPU slowed
// 4×. What it downloads, when it is sized (the frame's first resize message), how long scripts run, and whether any
// rule of a policy is broken. `node scripts/bench/widget.mjs <origin>` measures any running build, old or new.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { httpGet } from './http-get.mjs';
import { sizesOf } from './page-weight.mjs';

const runs = 5;
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/** A school's page on another port of the same host, so the frame shares its renderer and the CPU slowdown. */
function startHost(port, origin) {
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Staff intranet</title></head><body>
<h1>Safeguarding: CPOMS</h1><script src="${origin}/embed.js" async data-school-url="https://myschool.cpoms.net" data-sso="no"></script></body></html>`;
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${port}/`, stop: () => new Promise((done) => server.close(done)) })));
}

async function coldLoad(browser, hostUrl, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    addEventListener('message', (event) => {
      if (event.data?.type === 'cpoms-help:resize' && !window.__sized) window.__sized = performance.now();
    });
  });
  const finished = [];
  page.on('requestfinished', (request) => request.url().startsWith(origin) && finished.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize }))));
  const violations = [];
  page.on('console', (message) => /Content Security Policy/i.test(message.text()) && violations.push(message.text()));
  await page.goto(hostUrl);
  await page.waitForFunction(() => window.__sized, null, { timeout: 60_000 });
  const sizedMs = Math.round(await page.evaluate(() => window.__sized));
  // The same moment from the frame's own start: what the widget costs, apart from the school's page and the loader.
  const hostOrigin = await page.evaluate(() => performance.timeOrigin);
  const frame = page.frames().find((f) => f.url().startsWith(`${origin}/embed`));
  const frameSizedMs = Math.round(hostOrigin + sizedMs - (await frame.evaluate(() => performance.timeOrigin)));
  // Whatever the first step still fetches after it is sized counts too.
  await page.waitForLoadState('networkidle');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = Math.round(metrics.find((metric) => metric.name === 'ScriptDuration').value * 1000);
  const requests = await Promise.all(finished);
  await context.close();
  return { sizedMs, frameSizedMs, scriptMs, requests: requests.length, bytes: requests.reduce((sum, { bytes }) => sum + bytes, 0), violations: violations.length };
}

/** Median of cold loads of the loader and the first step; and the heaviest step, each gzipped as the server sends it. */
export async function widgetFigures(origin, { chromePath = '/usr/bin/chromium', hostPort = 3399, steps = [] } = {}) {
  const host = await startHost(hostPort, origin);
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
  const loads = [];
  try {
    for (let run = 0; run < runs; run++) loads.push(await coldLoad(browser, host.url, origin));
  } finally {
    await browser.close();
    await host.stop();
  }
  const heaviest = { path: null, gzipBytes: 0 };
  const loader = (await sizesOf(`${origin}/embed.js`)).gzip;
  for (const path of steps) {
    // A loader with data-start opens on any step: the step, what it links and the loader, gzipped.
    const html = (await httpGet(`${origin}${path}`)).body.toString('utf8');
    const linked = [...html.matchAll(/<(?:link rel="stylesheet" href|script src)="([^"]+)"/g)].map(([, src]) => new URL(src, origin).href);
    const sizes = await Promise.all([`${origin}${path}`, ...linked].map(sizesOf));
    const gzipBytes = loader + sizes.reduce((sum, { gzip }) => sum + gzip, 0);
    if (gzipBytes > heaviest.gzipBytes) Object.assign(heaviest, { path, gzipBytes });
  }
  return {
    firstStep: {
      gzipBytes: median(loads.map((load) => load.bytes)),
      requests: median(loads.map((load) => load.requests)),
      sizedMs: median(loads.map((load) => load.sizedMs)),
      frameSizedMs: median(loads.map((load) => load.frameSizedMs)),
      scriptMs: median(loads.map((load) => load.scriptMs)),
      cspViolations: Math.max(...loads.map((load) => load.violations)),
    },
    heaviestStep: heaviest,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const steps = process.argv.slice(3);
  console.log(JSON.stringify(await widgetFigures(process.argv[2] ?? 'http://127.0.0.1:3100', { steps }), null, 2));
}
