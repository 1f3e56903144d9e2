// What a step page costs to download: its HTML, and every script it loads (from its HTML and at run time).
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { httpGet } from './http-get.mjs';

export async function sizesOf(url) {
  const { body } = await httpGet(url);
  return { raw: body.length, gzip: gzipSync(body).length };
}

/** Scripts named in the HTML (modern browsers skip `nomodule` ones) and any the page fetches once it runs. */
async function scriptUrls(url, html, chromePath) {
  const named = [...html.matchAll(/<script\b[^>]*>/g)]
    .map(([tag]) => ({ src: tag.match(/\ssrc="([^"]+)"/)?.[1], nomodule: /\snomodule/i.test(tag) }))
    .filter(({ src, nomodule }) => src && !nomodule)
    .map(({ src }) => new URL(src, url).href);
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
  const fetched = new Set();
  try {
    const page = await browser.newPage();
    page.on('request', (request) => request.resourceType() === 'script' && fetched.add(request.url()));
    await page.goto(url, { waitUntil: 'networkidle' });
  } finally {
    await browser.close();
  }
  const all = [...new Set([...named, ...fetched])];
  return { all, dynamic: all.filter((src) => !named.includes(src)).length };
}

export async function pageWeight(url, chromePath) {
  const html = await sizesOf(url);
  const { all, dynamic } = await scriptUrls(url, (await httpGet(url)).body.toString('utf8'), chromePath);
  const scripts = await Promise.all(all.map(sizesOf));
  return {
    html,
    scripts: { count: all.length, loadedAtRunTime: dynamic, raw: scripts.reduce((sum, s) => sum + s.raw, 0), gzip: scripts.reduce((sum, s) => sum + s.gzip, 0) },
  };
}
