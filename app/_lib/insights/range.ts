const dayMs = 86_400_000;
export const presetDays = [7, 30, 90] as const;

export type ParsedRange = { ok: true; from: number; to: number; days: number | null } | { ok: false; error: string };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** `?days=7|30|90` (default 30, ending now), or `?from=YYYY-MM-DD&to=YYYY-MM-DD`, both days included (UTC). */
export function parseRange(params: URLSearchParams, now = Date.now()): ParsedRange {
  const from = params.get('from');
  const to = params.get('to');
  if (from || to) {
    if (!from || !to || !isoDay.test(from) || !isoDay.test(to)) return { ok: false, error: 'from and to must both be dates like 2026-01-31' };
    const start = Date.parse(`${from}T00:00:00Z`);
    const end = Date.parse(`${to}T00:00:00Z`) + dayMs;
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return { ok: false, error: 'from must be on or before to' };
    if (end - start > 800 * dayMs) return { ok: false, error: 'a range can be at most 800 days' };
    return { ok: true, from: start, to: end, days: null };
  }
  const days = Number(params.get('days') ?? 30);
  if (!presetDays.includes(days as (typeof presetDays)[number])) return { ok: false, error: 'days must be 7, 30 or 90' };
  return { ok: true, from: now - days * dayMs, to: now + 1, days };
}
