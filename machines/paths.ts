import type { StateKey } from './state-key';
import type { SchoolContext } from './school';

export type { SchoolContext } from './school';

export type Surface = 'help' | 'embed';

/** `start` is the site's front page; every other state is `/help/<scenario>/<step>` (or `/embed/...`). */
export function pathOf(key: StateKey, surface: Surface = 'help'): string {
  if (key === 'start') return surface === 'help' ? '/' : '/embed';
  return `/${surface}/${key.replace('.', '/')}`;
}

/**
 * The state key a path would name (`start`, or `scenario.step` from two kebab-case segments), before asking the
 * machine whether that state exists. Kept apart from the machine so the browser can read paths without loading it.
 */
export function keyShapeOf(pathname: string): string | null {
  const [surface, ...rest] = pathname.split('?')[0].split('/').filter(Boolean);
  if (surface === undefined || (surface === 'embed' && rest.length === 0)) return 'start';
  if (surface !== 'help' && surface !== 'embed') return null;
  return segmentsShape(rest);
}

export function segmentsShape(segments: readonly string[]): string | null {
  if (segments.length !== 2 || !segments.every((s) => /^[a-z]+(-[a-z]+)*$/.test(s))) return null;
  return segments.join('.');
}

export const noSchool: SchoolContext = { school: null, sso: 'unknown' };

/** A step's address on a surface, carrying the school's context on. */
export function hrefOf(key: StateKey, surface: Surface, context: SchoolContext = noSchool): string {
  return pathOf(key, surface) + contextQuery(context);
}

/** The query string that carries a school's context from link to link. */
export function contextQuery({ school, sso }: SchoolContext): string {
  const params = new URLSearchParams();
  if (school) params.set('school', school);
  if (sso !== 'unknown') params.set('sso', sso);
  const query = params.toString();
  return query ? `?${query}` : '';
}
