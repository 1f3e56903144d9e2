export const ssoValues = ['yes', 'no', 'unknown'] as const;
export type Sso = (typeof ssoValues)[number];

const builtInHostSuffixes = ['cpoms.net'];
const maxLength = 300;

export function allowedHostSuffixes(extra: string | undefined): string[] {
  const added = (extra ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase().replace(/^\.+/, ''))
    .filter((s) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(s));
  return [...builtInHostSuffixes, ...added];
}

/**
 * The school's CPOMS address, or null. Only an https URL on an allowed host survives: anything else a link
 * could carry (javascript:, look-alike hosts, user-info, odd ports) is dropped, never shown.
 */
export function parseSchoolUrl(raw: unknown, suffixes: readonly string[] = builtInHostSuffixes): string | null {
  if (typeof raw !== 'string' || raw.length > maxLength || !/^https:\/\/[^\s\\]+$/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  const host = url.hostname;
  if (!suffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) return null;
  const path = url.pathname === '/' ? '' : url.pathname;
  return `https://${host}${path}`;
}

export function parseSso(raw: unknown): Sso {
  return raw === 'yes' || raw === 'no' ? raw : 'unknown';
}

export type SchoolContext = { school: string | null; sso: Sso };

/**
 * A link's school context, checked one way everywhere (links, the redirect, personal pages, the browser): the
 * hosts allowed at build, then the address itself. Anything invalid is dropped, never shown.
 */
export function schoolContextFrom(params: URLSearchParams, extraHosts = process.env.ALLOWED_SCHOOL_HOSTS): SchoolContext {
  return { school: parseSchoolUrl(params.get('school'), allowedHostSuffixes(extraHosts)), sso: parseSso(params.get('sso')) };
}
