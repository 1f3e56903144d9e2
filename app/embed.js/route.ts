import { embedLoader } from '../_lib/embed-loader.server';

// Rendered once at build; next.config.mjs gives /embed.js its caching and cross-origin headers.
export const dynamic = 'force-static';

export async function GET() {
  return new Response(await embedLoader(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
