import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, embedAncestors } from './app/_lib/content-security-policy';
import { inlineScripts } from './app/_lib/inline-script-hashes.server';
import { personalRewrite } from './app/_lib/personal-rewrite';
import { scenarioRedirect } from './app/_lib/scenario-redirect';

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
  // Files (embed.js, icons, sitemap, preview images) keep the plain policy from next.config.
  if (/\.[a-zA-Z0-9]+$/.test(pathname)) return NextResponse.next();
  // A personal link (valid school or sso) is rendered on request with that context; the policy is the rendered page's.
  const rewrite = personalRewrite(request.nextUrl, process.env.ALLOWED_SCHOOL_HOSTS);
  const rendered = rewrite ? new URL(rewrite, request.url) : null;

  // The dev server renders every page on request, so a nonce covers it; so does one for a production page
  // rendered on request (search), which Next reads from the request's policy.
  const { prerendered, hashes } = dev ? { prerendered: false, hashes: [] } : await inlineScripts(rendered?.pathname ?? pathname);
  const nonce = prerendered ? null : Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy({
    surface: /^\/embed(\/|$)/.test(pathname) ? 'embed' : 'help',
    scriptSources: nonce ? [...hashes, `'nonce-${nonce}'`] : hashes,
    embedAncestors: ancestors,
    dev,
  });
  const headers = new Headers(request.headers);
  if (nonce) headers.set('content-security-policy', policy);
  const passOn = { request: { headers } };
  const response = rendered ? NextResponse.rewrite(rendered, passOn) : nonce ? NextResponse.next(passOn) : NextResponse.next();
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
