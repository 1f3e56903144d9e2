import type { Env } from './settings';
/**
 * A fixed one-minute window per address, held in this process's memory only and forgotten when the window
 * ends: the address is never stored. Each instance counts its own requests.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  constructor(private readonly perMinute: number) {}

  /** Null when the request may go ahead, else the seconds until the address may try again. */
  take(address: string, now = Date.now()): number | null {
    let window = this.windows.get(address);
    if (!window || now - window.start >= 60_000) {
      if (this.windows.size > 10_000) this.sweep(now);
      window = { start: now, count: 0 };
      this.windows.set(address, window);
    }
    window.count += 1;
    return window.count > this.perMinute ? Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000)) : null;
  }

  private sweep(now: number) {
    for (const [address, window] of this.windows) if (now - window.start >= 60_000) this.windows.delete(address);
  }
}

export function perMinuteFromEnv(env: Env = process.env): number {
  const value = Number(env.RATE_LIMIT_PER_MINUTE ?? 60);
  return Number.isInteger(value) && value > 0 ? value : 60;
}

/**
 * The client's address. Next fills X-Forwarded-For from the socket when the request has none; behind a proxy
 * (TRUST_PROXY=1) the last entry is the address the proxy saw. Without a proxy a client could send the header
 * itself, so the server in front must overwrite it (see README, "Settings").
 */
export function clientAddress(headers: Headers, env: Env = process.env): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  if (forwarded.length === 0) return 'unknown';
  return env.TRUST_PROXY === '1' ? forwarded[forwarded.length - 1] : forwarded[0];
}
