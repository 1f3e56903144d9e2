import { embedLoader } from '../../generated/embed-loader';

// Minified at build (scripts/build/embed-loader.ts); next.config.mjs gives /embed.js its caching and cross-origin headers.
export const dynamic = 'force-static';

export function GET() {
  return new Response(embedLoader, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
