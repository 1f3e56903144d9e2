import type { Surface } from '../../machines/paths';

/** A CSP source for an origin that may frame the widget: scheme, host (optionally `*.`), optional port. */
const originSource = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

/** `/embed/**` is public, keeps no session and changes nothing, so any web page may frame it unless narrowed. */
export const anyWebPage = ['http:', 'https:'];

/**
 * Who may frame `/embed/**`: the origins in EMBED_ALLOWED_ORIGINS (space- or comma-separated), or any http or https
 * page when it is unset (intranets on internal hostnames are often plain http). Entries that are not plain origins
 * are dropped, so a typo narrows the list, never widens it.
 */
export function embedAncestors(allowed: string | undefined): string[] {
  const entries = (allowed ?? '').split(/[\s,]+/).filter(Boolean);
  if (entries.length === 0) return anyWebPage;
  return entries.map((entry) => entry.replace(/\/$/, '')).filter((entry) => originSource.test(entry));
}

type Policy = {
  surface: Surface;
  /** `'sha256-…'` of each inline script in a prerendered page, and/or `'nonce-…'` for one rendered on request. */
  scriptSources: string[];
  embedAncestors: string[];
  dev?: boolean;
};

export function contentSecurityPolicy({ surface, scriptSources, embedAncestors, dev = false }: Policy): string {
  const ancestors = surface === 'embed' ? ["'self'", ...embedAncestors] : ["'self'"];
  return [
    "default-src 'self'",
    // The dev server evaluates code to rebuild stack traces and injects styles; production needs neither.
    `script-src 'self' ${scriptSources.join(' ')}${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors.join(' ')}`,
  ].join('; ');
}
