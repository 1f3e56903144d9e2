import { checkInsightsAccess } from '../../_lib/insights/auth.server';
import { insightsCsv } from '../../_lib/insights/csv';
import { parseRange } from '../../_lib/insights/range';
import { store } from '../../_lib/store/database.server';
import { insightsOf } from '../../_lib/store/insights.server';
import { jsonError } from '../../_lib/feedback/handlers.server';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const verdict = checkInsightsAccess(request.headers, 'Bearer');
  if (!verdict.ok) return jsonError(verdict.status, verdict.error, verdict.headers);
  const params = new URL(request.url).searchParams;
  const range = parseRange(params);
  if (!range.ok) return jsonError(400, range.error);
  const format = params.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') return jsonError(400, 'format must be json or csv');
  let insights;
  try {
    insights = await insightsOf(await store(), range);
  } catch (error) {
    console.error('[insights] database not available:', (error as Error).message);
    return jsonError(503, 'the database cannot be reached just now');
  }
  if (format === 'json') return Response.json(insights, { headers: { 'cache-control': 'no-store' } });
  return new Response(insightsCsv(insights), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="login-help-insights-${insights.from.slice(0, 10)}-to-${insights.to.slice(0, 10)}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
