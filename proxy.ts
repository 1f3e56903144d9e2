import { NextResponse, type NextRequest } from 'next/server';
import { scenarioRedirect } from './app/_lib/scenario-redirect';

/**
 * Only a scenario's own address runs this (see the matcher): it opens the scenario's first step. Step pages are
 * served without it; their headers come from the server (server/response-headers.ts).
 */
export function proxy(request: NextRequest) {
  const redirect = scenarioRedirect(request.nextUrl);
  return redirect ? NextResponse.redirect(redirect, 307) : NextResponse.next();
}

export const config = {
  matcher: ['/help/:scenario', '/embed/start/:scenario'],
};
