import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import next from 'next';
import { embedAncestors } from '../app/_lib/content-security-policy';
import { personalRewrite } from '../app/_lib/personal-rewrite';
import { manifestFile, missingSettingWarnings, settingsDrift, type BuildManifest } from './build-manifest';
import { refusal } from './request-rules';
import { isPlainRead, PrerenderedPages } from './prerendered-pages';
import { cacheControlFor, pageHeaders } from './response-headers';

const dev = process.argv.includes('--dev');
const root = process.cwd();
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;

function stop(message: string): never {
  console.error(`\nLogin Help cannot start: ${message}\n`);
  process.exit(1);
}

function warn(message: string) {
  console.warn(`\n⚠ Login Help: ${message}\n`);
}

function readManifest(): BuildManifest {
  const file = path.join(root, manifestFile);
  if (!existsSync(file)) stop(`${manifestFile} is missing. Build first: npm run build (npm start does it for you).`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
  const buildId = readFileSync(path.join(root, '.next/BUILD_ID'), 'utf8').trim();
  if (manifest.buildId !== buildId) stop(`${manifestFile} belongs to build ${manifest.buildId}, not to this build (${buildId}). Run npm run build.`);
  const drift = settingsDrift(manifest.settings, process.env);
  if (drift.length) stop(`the build does not match these settings:\n  ${drift.join('\n  ')}\nLinks, preview cards and the sitemap would name the wrong address. Run npm run build with the same settings (npm start rebuilds by itself).`);
  return manifest;
}

const manifest = dev ? null : readManifest();
const siteUrl = process.env.SITE_URL;
if (!dev) missingSettingWarnings(process.env).forEach(warn);
const https = siteUrl?.startsWith('https:') ?? false;
const ancestors = embedAncestors(process.env.EMBED_ALLOWED_ORIGINS);

// Not the address bound: Next names proxy.ts's request URL localhost, and fetches a rewrite whose origin differs
// from this one over HTTP from itself (a second request, and now and then a reset connection).
const app = next({ dev, dir: root, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

function refuse(res: ServerResponse, status: number, headers: Record<string, string>, body: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(body);
}

const prerendered = new PrerenderedPages();

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const refused = refusal(req.method ?? 'GET', url);
  if (refused) return refuse(res, refused.status, refused.headers ?? {}, refused.body);
  // Route handlers see no socket, only this header: unless a trusted proxy in front sets it, it is the peer's address.
  if (process.env.TRUST_PROXY !== '1') req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
  const pathname = url.split('?')[0];
  // proxy.ts renders a link with a school context on request: its page is not the prerendered one.
  const personal = url.includes('?') && personalRewrite(new URL(url, 'http://localhost'), process.env.ALLOWED_SCHOOL_HOSTS);
  // The widget's pages are static too, the same bytes whatever the query: the frame reads the school's context itself.
  const widget = manifest !== null && (pathname === '/embed' || pathname.startsWith('/embed/'));
  const plainRead = isPlainRead(req, widget ? pathname : url, widget || Boolean(manifest?.pages[pathname]));
  if (plainRead && prerendered.serve(req, res, pathname)) return;
  const { headers, nonce } = pageHeaders(personal ? personal.split('?')[0] : pathname, { manifest, ancestors, https });
  if (nonce) req.headers['content-security-policy'] = headers['Content-Security-Policy'];
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'cache-control' ? cacheControlFor(pathname, String(value)) : value);
  if (plainRead) prerendered.keep(req, res, pathname);
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) refuse(res, 500, {}, 'Something went wrong on our side.');
    else res.end();
  });
});

server.on('clientError', (_error, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});

server.listen(port, hostname, () => {
  console.log(`Login Help ${dev ? '(development) ' : ''}ready on http://${hostname ?? 'localhost'}:${port}`);
});
server.on('error', (error) => stop(`cannot listen on ${hostname ?? 'every interface'}:${port}: ${error.message}`));

// A supervisor stops us with SIGTERM: finish the requests in flight, then exit, leaving nothing on the port.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
