import { isStateKey, type StateKey } from './states';
import type { Sso } from './school';

export type Surface = 'help' | 'embed';

/** `start` is the site's front page; every other state is `/help/<scenario>/<step>` (or `/embed/...`). */
export function pathOf(key: StateKey, surface: Surface = 'help'): string {
  if (key === 'start') return surface === 'help' ? '/' : '/embed';
  return `/${surface}/${key.replace('.', '/')}`;
}

export function keyFromSegments(segments: readonly string[]): StateKey | null {
  if (segments.length !== 2 || !segments.every((s) => /^[a-z]+(-[a-z]+)*$/.test(s))) return null;
  const key = segments.join('.');
  return isStateKey(key) && key !== 'start' ? key : null;
}

export function keyFromPath(pathname: string): StateKey | null {
  const [surface, ...rest] = pathname.split('?')[0].split('/').filter(Boolean);
  if (surface === undefined) return 'start';
  if (surface === 'embed' && rest.length === 0) return 'start';
  return surface === 'help' || surface === 'embed' ? keyFromSegments(rest) : null;
}

export type SchoolContext = { school: string | null; sso: Sso };

/** The query string that carries a school's context from link to link. */
export function contextQuery({ school, sso }: SchoolContext): string {
  const params = new URLSearchParams();
  if (school) params.set('school', school);
  if (sso !== 'unknown') params.set('sso', sso);
  const query = params.toString();
  return query ? `?${query}` : '';
}
