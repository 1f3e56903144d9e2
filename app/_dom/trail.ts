import type { StateKey } from '../../machines/state-key';
import type { TrailEntry } from '../_lib/wizard-types';

const store = 'login-help:trail';
const keyShape = /^(start|[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*)$/;

/** Only what this tab wrote survives a reload: anything else in storage is dropped, never shown. */
function isTrailEntry(value: unknown): value is TrailEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { from, event, to, title, question, answer } = value as Record<string, unknown>;
  return (
    typeof from === 'string' && keyShape.test(from) && typeof to === 'string' && keyShape.test(to) &&
    typeof event === 'string' && typeof title === 'string' && typeof answer === 'string' &&
    (question === undefined || typeof question === 'string')
  );
}

/** The trail lives in this tab only (sessionStorage), so a reload keeps it and closing the tab forgets it. */
export function readTrail(): TrailEntry[] {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(store) ?? '[]');
    return Array.isArray(saved) ? saved.filter(isTrailEntry) : [];
  } catch {
    return [];
  }
}

export function writeTrail(entries: TrailEntry[]) {
  try {
    sessionStorage.setItem(store, JSON.stringify(entries.slice(-30)));
  } catch {
    // Storage can be off (private modes, policies); the trail then ends with this page.
  }
}

/** Where this step sits in the walk: everything up to the last time the walk reached `key`. */
export function trailTo(entries: TrailEntry[], key: StateKey): TrailEntry[] {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].to === key) return entries.slice(0, i + 1);
  return [];
}
