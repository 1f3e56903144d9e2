import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

type Kept = { headers: OutgoingHttpHeaders; identity: Buffer; gzip: Buffer };

const perResponse = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

/** A plain read of a static page (not the client router's payload request, no query that changes it): the same bytes each time. */
export function isPlainRead(req: IncomingMessage, url: string, prerendered: boolean): boolean {
  return prerendered && (req.method === 'GET' || req.method === 'HEAD') && !url.includes('?') && !req.headers.rsc && !req.headers['next-router-prefetch'];
}

/**
 * Prerendered pages answered from memory once Next has served each of them: the status, headers (next.config's
 * and ours) and bytes Next sent, gzipped once. Next's own path for a static page costs milliseconds a request,
 * which under load was most of the tail latency; the build cannot change while a server runs.
 */
export class PrerenderedPages {
  private kept = new Map<string, Kept>();

  /** Answers from memory if this page has been kept; false when Next must answer. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    const page = this.kept.get(pathname);
    if (!page) return false;
    if (req.headers['if-none-match'] && req.headers['if-none-match'] === page.headers.etag) {
      res.writeHead(304, { ...page.headers, 'content-length': 0 });
      res.end();
      return true;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? page.gzip : page.identity;
    res.writeHead(200, { ...page.headers, ...(gzip && { 'content-encoding': 'gzip' }), 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }

  /** Lets Next answer, uncompressed, and keeps what it sent if it was the page (200). */
  keep(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (req.method !== 'GET') return;
    delete req.headers['accept-encoding'];
    const chunks: Buffer[] = [];
    const take = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => (take(chunk), write(chunk, ...rest))) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      take(chunk);
      if (res.statusCode === 200 && !res.getHeader('content-encoding')) {
        const headers = Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !perResponse.has(name)));
        const identity = Buffer.concat(chunks);
        this.kept.set(pathname, { headers, identity, gzip: gzipSync(identity) });
      }
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
  }
}
