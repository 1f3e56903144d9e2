import { contextQuery } from '../../machines/paths';
import { schoolContextFrom } from '../../machines/school';
import { keyFromSegments } from '../../machines/states';

/** Where personalised steps render on request; the plain `/help/...` pages stay prerendered. */
export const personalPrefix = '/personal';

const helpStep = /^\/help\/([a-z-]+)\/([a-z-]+)$/;

/**
 * The start page or a `/help/<scenario>/<step>` request carrying a valid `school` or `sso` is served by the personalised copy of that
 * step, so a link from support works with JavaScript off; anything else (no query, invalid values, other paths)
 * is left alone. Pure, so whichever server front decides rewrites can call it.
 */
export function personalRewrite(url: URL, extraHosts: string | undefined): string | null {
  const [, scenario, step] = helpStep.exec(url.pathname) ?? [];
  const isStart = url.pathname === '/';
  if (!isStart && !(scenario && keyFromSegments([scenario, step]))) return null;
  const context = schoolContextFrom(url.searchParams, extraHosts);
  if (!context.school && context.sso === 'unknown') return null;
  return `${personalPrefix}${isStart ? '' : `/${scenario}/${step}`}${contextQuery(context)}`;
}


/** A page's searchParams as URLSearchParams, repeated names dropped (a context value is one value). */
export function paramsOf(query: Record<string, string | string[] | undefined>): URLSearchParams {
  return new URLSearchParams(Object.entries(query).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])));
}
