import { createHash, timingSafeEqual } from 'node:crypto';
import { clientAddress } from '../feedback/rate-limit.server';
import type { Env } from '../feedback/settings';

const maxFailures = 10;
const windowMs = 15 * 60_000;
const failures = new Map<string, { start: number; count: number }>();

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Equal in constant time: both sides are hashed first, so neither length nor content shows in the timing. */
export function tokenMatches(given: string | null, token: string): boolean {
  return given !== null && timingSafeEqual(digest(given), digest(token));
}

function credentialOf(authorization: string | null, scheme: 'Basic' | 'Bearer'): string | null {
  if (!authorization?.startsWith(`${scheme} `)) return null;
  const value = authorization.slice(scheme.length + 1).trim();
  if (scheme === 'Bearer') return value;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : decoded.slice(colon + 1);
}

export type Verdict = { ok: true } | { ok: false; status: 401 | 404 | 429; error: string; headers: Record<string, string> };

/**
 * Who may read insights: nobody when INSIGHTS_TOKEN is unset (404); else the token as the Basic password (the
 * page) or as a Bearer token (the export). Ten wrong tries from one address in 15 minutes shut it out for the rest.
 */
export function checkInsightsAccess(headers: Headers, scheme: 'Basic' | 'Bearer', env: Env = process.env, now = Date.now()): Verdict {
  const token = env.INSIGHTS_TOKEN;
  if (!token) return { ok: false, status: 404, error: 'not found', headers: {} };
  const address = clientAddress(headers, env);
  let record = failures.get(address);
  if (record && now - record.start >= windowMs) {
    failures.delete(address);
    record = undefined;
  }
  if (record && record.count >= maxFailures) {
    return { ok: false, status: 429, error: 'too many wrong tries; try again later', headers: { 'retry-after': String(Math.ceil((record.start + windowMs - now) / 1000)) } };
  }
  const given = credentialOf(headers.get('authorization'), scheme);
  if (tokenMatches(given, token)) return { ok: true };
  if (given !== null) {
    if (!record) failures.set(address, (record = { start: now, count: 0 }));
    record.count += 1;
  }
  const challenge = scheme === 'Basic' ? 'Basic realm="Login Help insights", charset="UTF-8"' : 'Bearer realm="Login Help insights"';
  return { ok: false, status: 401, error: 'the insights token is needed', headers: { 'www-authenticate': challenge } };
}

/** For whatever serves `/insights` (proxy.ts today): the refusal to send, or null to let the page render. */
export function insightsGate(request: Request): Response | null {
  const verdict = checkInsightsAccess(request.headers, 'Basic');
  if (verdict.ok) return null;
  return Response.json({ error: verdict.error }, { status: verdict.status, headers: { 'cache-control': 'no-store', ...verdict.headers } });
}
