import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bakedSettings, manifestFile, type BuildManifest } from './build-manifest';
import { inlineScriptHashes } from './inline-script-hashes';

function fail(message: string): never {
  throw new Error(`after build: ${message}. The server would block the page's scripts; stopping the build.`);
}

function htmlHashes(file: string): string[] {
  const hashes = inlineScriptHashes(readFileSync(file, 'utf8'));
  if (hashes.length === 0) fail(`${file} has no inline scripts, so Next's output has changed shape`);
  return hashes;
}

/**
 * Reads the pages Next prerendered and records their inline scripts' hashes. It runs once, at build, and fails
 * loudly when Next's output is not where it should be, instead of a server quietly serving pages without scripts.
 */
export async function writeManifest(root = process.cwd()): Promise<{ pages: number }> {
  const dist = path.join(root, '.next');
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : fail(`${file} is missing`));
  const buildId = read(path.join(dist, 'BUILD_ID')).trim();
  const { routes } = JSON.parse(read(path.join(dist, 'prerender-manifest.json'))) as { routes: Record<string, unknown> };
  const app = path.join(dist, 'server', 'app');
  const pages: Record<string, string[]> = {};
  for (const route of Object.keys(routes)) {
    const base = path.join(app, route === '/' ? 'index' : route);
    if (existsSync(`${base}.html`)) pages[route] = htmlHashes(`${base}.html`);
    else if (!existsSync(`${base}.body`)) fail(`prerendered route ${route} has neither ${base}.html nor ${base}.body`);
  }
  if (!pages['/']) fail('the start page was not prerendered');
  const notFound = htmlHashes(path.join(app, '_not-found.html'));
  const manifest: BuildManifest = { buildId, settings: bakedSettings(process.env), pages, notFound };
  await mkdir(path.dirname(path.join(root, manifestFile)), { recursive: true });
  await writeFile(path.join(root, manifestFile), JSON.stringify(manifest));
  return { pages: Object.keys(pages).length };
}
