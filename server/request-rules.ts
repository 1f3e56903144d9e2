/** What the server answers itself, before Next sees a request: junk that Next would answer with a 500. */
export type Refusal = { status: number; headers?: Record<string, string>; body: string };

const pageMethods = 'GET, HEAD, OPTIONS';

function pathOf(url: string): string {
  return url.split('?')[0];
}

export function refusal(method: string, url: string): Refusal | null {
  // `OPTIONS *` and absolute-form targets: no page has such an address.
  if (!url.startsWith('/')) return { status: 400, body: 'Bad request: the request target must be a path.' };
  const pathname = pathOf(url);
  try {
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, body: 'Bad request: the web address is not valid.' };
  }
  if (pathname === '/_next/image' || pathname.startsWith('/_next/image/')) return { status: 404, body: 'Not found.' };
  if (method === 'GET' || method === 'HEAD') return null;
  // The API's routes say for themselves which methods they take (a 405 with Allow from Next).
  if (pathname.startsWith('/api/') && !['TRACE', 'TRACK', 'CONNECT'].includes(method)) return null;
  if (method === 'OPTIONS') return { status: 204, headers: { Allow: pageMethods }, body: '' };
  return { status: 405, headers: { Allow: pathname.startsWith('/api/') ? 'GET, HEAD, POST, OPTIONS' : pageMethods }, body: `${method} is not allowed here.` };
}
