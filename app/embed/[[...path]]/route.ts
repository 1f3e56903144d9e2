import { widgetResponse } from '../../_lib/widget-files.server';

// The pages are built after Next's own build (they link its CSS), so they are read at run time, once.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return widgetResponse(new URL(request.url).pathname);
}
