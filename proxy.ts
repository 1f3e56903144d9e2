import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, embedAncestors } from './app/_lib/content-security-policy';
import { inlineScripts } from './app/_lib/inline-script-hashes.server';
import { scenarioRedirect } from './app/_lib/scenario-redirect';
import { insightsGate } from './app/_lib/insights/auth.server';

const dev = process.env.NODE_ENV === 'development';
const ancestors = embedAncestors(process.env.EMBED_ALLOWED_ORIGINS);

function decoded(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * Each page's CSP lists the hashes of its own inline scripts, so pages stay prerendered without 'unsafe-inline'.
 * The hashes exist only once the build has rendered the pages, after next.config's headers() are fixed: hence a
 * proxy. It also reads EMBED_ALLOWED_ORIGINS when the server starts rather than when it was built.
 */
export async function proxy(request: NextRequest) {
  const pathname = decoded(request.nextUrl.pathname);
  // Next answers a malformed escape in a dynamic segment with a 500 (it has no 400 page to render).
  if (pathname === null) return new NextResponse('Bad request: the web address is not valid.', { status: 400 });
  const redirect = scenarioRedirect(request.nextUrl);
  if (redirect) return NextResponse.redirect(redirect, 307);
  // Basic auth needs a 401 with a challenge, which a page cannot send; the page checks the token again itself.
  if (pathname === '/insights') {
    const refused = insightsGate(request);
    if (refused) return refused;
  }
  // Files (embed.js, icons, sitemap, preview images) keep the plain policy from next.config.
  if (/\.[a-zA-Z0-9]+$/.test(pathname)) return NextResponse.next();

  // The dev server renders every page on request, so a nonce covers it; so does one for a production page
  // rendered on request (search), which Next reads from the request's policy.
  const { prerendered, hashes } = dev ? { prerendered: false, hashes: [] } : await inlineScripts(pathname);
  const nonce = prerendered ? null : Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy({
    surface: /^\/embed(\/|$)/.test(pathname) ? 'embed' : 'help',
    scriptSources: nonce ? [...hashes, `'nonce-${nonce}'`] : hashes,
    embedAncestors: ancestors,
    dev,
  });
  let response = NextResponse.next();
  if (nonce) {
    const headers = new Headers(request.headers);
    headers.set('content-security-policy', policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Not build assets, nor the client router's payload requests.
      source: '/((?!_next/static/|_next/image).*)',
      missing: [{ type: 'header', key: 'rsc' }],
    },
  ],
};
