import type { Insights } from '../store/insights.server';

/** A cell a spreadsheet will show as text: quoted, and a leading = + - @ (or tab, CR) defused with an apostrophe. */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function insightsCsv(insights: Insights): string {
  const rows: (string | number | null)[][] = [['section', 'step', 'event', 'to', 'count', 'views', 'exits', 'yes', 'no', 'comment', 'at']];
  rows.push(['total', null, null, null, insights.total, null, null, insights.yes, insights.no, null, null]);
  for (const s of insights.steps) rows.push(['step', s.key, null, null, null, s.views, s.exits, s.solved, s.notSolved, null, null]);
  for (const e of insights.edges) rows.push(['edge', e.from, e.event, e.to, e.count, null, null, null, null, null, null]);
  for (const c of insights.comments) rows.push(['comment', c.step, null, null, null, null, null, null, 1, c.comment, c.at]);
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
