import { NextResponse, type NextRequest } from 'next/server';
import { contextQuery, pathOf } from './machines/paths';
import { allowedHostSuffixes, parseSchoolUrl, parseSso } from './machines/school';
import { firstStepOf } from './machines/states';

/**
 * A scenario's own address (`/help/<scenario>`, and `/embed/start/<scenario>` for the embed loader's data-start)
 * opens its first step, keeping only a valid school context. Anything else falls through to the 404 page.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const embed = pathname.startsWith('/embed/');
  const step = firstStepOf(pathname.split('/').filter(Boolean).at(-1) ?? '');
  if (!step) return NextResponse.next();
  const query = contextQuery({
    school: parseSchoolUrl(searchParams.get('school'), allowedHostSuffixes(process.env.ALLOWED_SCHOOL_HOSTS)),
    sso: parseSso(searchParams.get('sso')),
  });
  // Temporary: the scenario's address is stable, but which step it opens on may change.
  return NextResponse.redirect(new URL(pathOf(step, embed ? 'embed' : 'help') + query, request.url), 307);
}

export const config = {
  matcher: ['/help/:scenario', '/embed/start/:scenario'],
};
