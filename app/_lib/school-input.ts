import { parseSchoolUrl } from '../../machines/school';

export type SchoolInput = { school: string | null; error: string | null };

/**
 * What a school typed as its CPOMS address, read as people type it: `myschool.cpoms.net` means the https address,
 * and `http://` becomes https (CPOMS answers nothing else). The same rule as links and the widget then decides.
 */
export function readSchoolInput(typed: string, suffixes: readonly string[]): SchoolInput {
  const raw = typed.trim();
  if (!raw) return { school: null, error: null };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw.replace(/^http:\/\//i, 'https://') : `https://${raw.replace(/^\/+/, '')}`;
  const school = parseSchoolUrl(withScheme, suffixes);
  if (school) return { school, error: null };
  let host: string | null = null;
  try {
    host = /^https:\/\//i.test(withScheme) ? new URL(withScheme).hostname : null;
  } catch {
    // not an address at all: the general message below
  }
  const endings = suffixes.join(' or ');
  if (host && host.includes('.') && !suffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) {
    return { school: null, error: `${host} is not a CPOMS address: it should end in ${endings}` };
  }
  return { school: null, error: `Enter your CPOMS address as it appears in your browser, like myschool.${suffixes[0]}` };
}
