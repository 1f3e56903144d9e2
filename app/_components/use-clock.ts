'use client';

import { useSyncExternalStore } from 'react';

let minute: number | null = null;

function subscribe(onTick: () => void) {
  const timer = setInterval(onTick, 15_000);
  return () => clearInterval(timer);
}

function currentMinute() {
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  if (now !== minute) minute = now;
  return minute;
}

/** The time to the minute, ticking in the browser; null on the server, where "now" would be the build's time. */
export function useClock(): Date | null {
  const value = useSyncExternalStore(subscribe, currentMinute, () => null);
  return value === null ? null : new Date(value);
}
