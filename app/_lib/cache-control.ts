/** HTML may be cached for minutes and served stale while refreshed, so a changed frame-ancestors list spreads within the hour. */
export const pageCacheControl = 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600';
/** A file whose name carries its hash never changes. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';
