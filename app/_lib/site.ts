/** The product's name, as the header, the title template, preview cards and handouts show it. */
export const siteName = 'CPOMS login help';

/** Where the site is published: absolute URLs (canonical, sitemap, og:image) are built on it at build time. */
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).href;
}

/** Whether SITE_URL was set: without it the site does not know its public address, only a local stand-in. */
export const siteUrlIsSet = Boolean(process.env.SITE_URL);

/** A path's public address for paper and for people, or null when it is not known: never a local address. */
export function publicUrl(path: string): string | null {
  return siteUrlIsSet ? absoluteUrl(path) : null;
}
