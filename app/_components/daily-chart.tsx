import type { Insights } from '../_lib/store/insights.server';

const width = 640;
const height = 200;
const pad = { left: 40, right: 8, top: 12, bottom: 28 };

/** Walks a day as bars, arrivals at "fixed" and at contact support as marks on them: SVG drawn on the server. */
export function DailyChart({ daily }: { daily: Insights['daily'] }) {
  const max = Math.max(1, ...daily.map((d) => d.walks));
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const barW = daily.length ? plotW / daily.length : plotW;
  const y = (value: number) => pad.top + plotH - (value / max) * plotH;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-2xl" role="img" aria-labelledby="daily-title daily-desc">
      <title id="daily-title">Walks a day</title>
      <desc id="daily-desc">
        {daily.length === 0
          ? 'No walks in this range.'
          : daily.map((d) => `${d.day}: ${d.walks} walks, ${d.fixed} fixed, ${d.escalated} sent to support`).join('; ')}
      </desc>
      <line x1={pad.left} y1={pad.top + plotH} x2={width - pad.right} y2={pad.top + plotH} className="stroke-line" />
      <text x={pad.left - 6} y={pad.top + 10} textAnchor="end" fontSize={11} className="fill-muted">
        {max}
      </text>
      <text x={pad.left - 6} y={pad.top + plotH} textAnchor="end" fontSize={11} className="fill-muted">
        0
      </text>
      {daily.map((d, i) => (
        <g key={d.day}>
          <rect x={pad.left + i * barW + 1} y={y(d.walks)} width={Math.max(1, barW - 2)} height={pad.top + plotH - y(d.walks)} className="fill-brand" />
          <rect x={pad.left + i * barW + 1} y={y(d.fixed)} width={Math.max(1, barW - 2)} height={2} className="fill-ok" />
          <rect x={pad.left + i * barW + 1} y={y(d.escalated)} width={Math.max(1, barW - 2)} height={2} className="fill-error" />
        </g>
      ))}
      {daily.length > 0 && (
        <>
          <text x={pad.left} y={height - 8} fontSize={11} className="fill-muted">
            {daily[0].day}
          </text>
          <text x={width - pad.right} y={height - 8} textAnchor="end" fontSize={11} className="fill-muted">
            {daily.at(-1)!.day}
          </text>
        </>
      )}
    </svg>
  );
}
