import { detectBrowser } from '../detect-browser';
import { allowedHostSuffixes, parseSchoolUrl } from '../../../machines/school';

/** The school's CPOMS host, only from an address that passes the same check as a `school` link parameter. */
export function schoolHostOf(raw: string | null | undefined): string | null {
  const url = parseSchoolUrl(raw, allowedHostSuffixes(process.env.ALLOWED_SCHOOL_HOSTS));
  return url ? new URL(url).hostname : null;
}

/** A coarse browser family from the user agent, which is read here and never stored. */
export function browserFamilyOf(headers: Headers): string {
  const userAgent = headers.get('user-agent');
  // Bowser throws on an empty user agent; a client that sends none is simply another browser.
  return userAgent ? (detectBrowser(userAgent) ?? 'other') : 'other';
}

/** The page an answer came from, when the browser said (Referrer-Policy same-origin sends it only to us). */
export function refererOf(request: Request): URL | null {
  const referer = request.headers.get('referer');
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.origin === new URL(request.url).origin ? url : null;
  } catch {
    return null;
  }
}
