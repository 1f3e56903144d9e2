import 'server-only';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { immutableCacheControl, pageCacheControl } from './cache-control';
import { widgetFile, type WidgetFiles } from './widget-files';

type Built = WidgetFiles & { etags: Record<string, string> };

let files: Built | undefined;

/** Read once, with each page's ETag worked out then, not on each request. */
function widgetFiles(): Built | null {
  try {
    if (!files) {
      const built = JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), widgetFile), 'utf8')) as WidgetFiles;
      const etags = Object.fromEntries(Object.entries(built.pages).map(([page, html]) => [page, `"${createHash('sha1').update(html).digest('base64url')}"`]));
      files = { ...built, etags };
    }
    return files;
  } catch {
    return null;
  }
}

/** A widget page (or its script) as built: read once, then answered from memory. */
export function widgetResponse(pathname: string): Response {
  const built = widgetFiles();
  if (!built) return new Response(`The widget's pages are made by npm run build (${widgetFile} is missing).`, { status: 503 });
  if (pathname === built.script.path) {
    return new Response(built.script.body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': immutableCacheControl } });
  }
  const page = built.pages[pathname];
  if (!page) return new Response(built.notFound, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  return new Response(page, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': pageCacheControl, ETag: built.etags[pathname] },
  });
}
