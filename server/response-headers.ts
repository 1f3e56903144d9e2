import { randomBytes } from 'node:crypto';
import { pageCacheControl } from '../app/_lib/cache-control';
import { contentSecurityPolicy } from '../app/_lib/content-security-policy';
import type { BuildManifest } from './build-manifest';

type Options = { manifest: BuildManifest | null; ancestors: string[]; https: boolean };

/**
 * A prerendered page's policy lists its own scripts' hashes, looked up by the path exactly as requested: a path
 * that only decodes to a page's (`/%68elp/...`) is answered by Next's 404, so it gets the 404's hashes. Anything
 * not prerendered is rendered on request (search, insights) or is the 404 page, so it gets both a nonce, which
 * Next reads from the request's policy and puts on its scripts, and the 404 page's hashes.
 */
export function pageHeaders(pathname: string, { manifest, ancestors, https }: Options) {
  const surface = pathname === '/embed' || pathname.startsWith('/embed/') ? 'embed' : 'help';
  // The widget's pages are static HTML with one external script (scripts/build/widget.tsx): nothing inline to allow.
  const hashes = surface === 'embed' ? [] : manifest?.pages[pathname];
  const nonce = hashes ? null : randomBytes(16).toString('base64');
  const scriptSources = hashes ?? [...(manifest?.notFound ?? []), `'nonce-${nonce}'`];
  const policy = contentSecurityPolicy({ surface, scriptSources, embedAncestors: ancestors, dev: manifest === null });
  const headers: Record<string, string> = { 'Content-Security-Policy': policy };
  if (https) headers['Strict-Transport-Security'] = 'max-age=31536000';
  return { headers, nonce };
}

/**
 * Next marks prerendered HTML as cacheable for a year (`s-maxage=31536000`), which would keep an old
 * frame-ancestors list in a CDN as long. Pages may be cached for minutes and served stale while refreshed;
 * build assets keep their immutable year.
 */
export function cacheControlFor(pathname: string, value: string): string {
  if (pathname.startsWith('/_next/static/') || !/s-maxage=\d{6,}/.test(value)) return value;
  return pageCacheControl;
}
