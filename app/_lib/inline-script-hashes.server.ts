import 'server-only';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const dist = path.join(process.cwd(), '.next');
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

async function hashesOf(file: string): Promise<string[]> {
  const html = await readFile(path.join(dist, 'server', 'app', file), 'utf8').catch(() => '');
  const hashes = [...html.matchAll(inlineScript)].map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  return [...new Set(hashes)];
}

let prerendered: Promise<Set<string>> | undefined;
const hashesByFile = new Map<string, Promise<string[]>>();

function cachedHashesOf(file: string): Promise<string[]> {
  let hashes = hashesByFile.get(file);
  if (!hashes) {
    hashes = hashesOf(file);
    hashesByFile.set(file, hashes);
  }
  return hashes;
}

/**
 * The CSP hashes of the inline scripts (React's payload) in the page Next serves for this path, read once from the
 * build's own HTML so they always match it. Any other path may be answered by the prerendered 404 page, so it gets
 * that page's hashes. Without a build to read there are none, and pages still work as plain links.
 */
export async function inlineScripts(pathname: string): Promise<{ prerendered: boolean; hashes: string[] }> {
  prerendered ??= readFile(path.join(dist, 'prerender-manifest.json'), 'utf8')
    .then((json) => new Set(Object.keys((JSON.parse(json) as { routes: Record<string, unknown> }).routes)))
    .catch(() => new Set<string>());
  const isPrerendered = (await prerendered).has(pathname);
  const file = isPrerendered ? `${pathname === '/' ? '/index' : pathname}.html` : '/_not-found.html';
  return { prerendered: isPrerendered, hashes: await cachedHashesOf(file) };
}
