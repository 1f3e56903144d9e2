import { NextResponse, type NextRequest } from 'next/server';
import { personalRewrite } from './app/_lib/personal-rewrite';
import { scenarioRedirect } from './app/_lib/scenario-redirect';
import { insightsGate } from './app/_lib/insights/auth.server';

/**
 * Runs only where the matcher says: a scenario's own address opens its first step, /insights asks for its token,
 * and a link carrying a school context is rendered on request with it (server/main.ts gives that page a nonce). Plain step pages never run
 * this; their headers come from the server (server/response-headers.ts).
 */
export function proxy(request: NextRequest) {
  const redirect = scenarioRedirect(request.nextUrl);
  if (redirect) return NextResponse.redirect(redirect, 307);
  // Basic auth needs a 401 with a challenge, which a page cannot send; the page checks the token again itself.
  if (request.nextUrl.pathname === '/insights') return insightsGate(request) ?? NextResponse.next();
  const personal = personalRewrite(request.nextUrl, process.env.ALLOWED_SCHOOL_HOSTS);
  return personal ? NextResponse.rewrite(new URL(personal, request.url)) : NextResponse.next();
}

// Literal, as Next reads the matcher at build without running this file.
export const config = {
  matcher: [
    '/help/:scenario',
    '/embed/start/:scenario',
    '/insights',
    { source: '/', has: [{ type: 'query', key: 'school' }] },
    { source: '/', has: [{ type: 'query', key: 'sso' }] },
    { source: '/help/:scenario/:step', has: [{ type: 'query', key: 'school' }] },
    { source: '/help/:scenario/:step', has: [{ type: 'query', key: 'sso' }] },
  ],
};
