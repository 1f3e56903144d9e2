import 'server-only';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { immutableCacheControl, pageCacheControl } from './cache-control';
import { widgetFile, type WidgetFiles } from './widget-files';

let files: WidgetFiles | undefined;

function widgetFiles(): WidgetFiles | null {
  try {
    files ??= JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), widgetFile), 'utf8')) as WidgetFiles;
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
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': pageCacheControl, ETag: `"${createHash('sha1').update(page).digest('base64url')}"` },
  });
}
