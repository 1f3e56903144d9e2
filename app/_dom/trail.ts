import type { StateKey } from '../../machines/state-key';
import type { TrailEntry } from '../_lib/wizard-types';
import { readTab, writeTab } from './tab-store';

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

/** The answers of this tab's walk, oldest first. */
export function readTrail(): TrailEntry[] {
  try {
    const saved: unknown = JSON.parse(readTab('trail') ?? '[]');
    return Array.isArray(saved) ? saved.filter(isTrailEntry) : [];
  } catch {
    return [];
  }
}

export function writeTrail(entries: TrailEntry[]) {
  writeTab('trail', JSON.stringify(entries.slice(-30)));
}

/** Where this step sits in the walk: everything up to the last time the walk reached `key`. */
export function trailTo(entries: TrailEntry[], key: StateKey): TrailEntry[] {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].to === key) return entries.slice(0, i + 1);
  return [];
}
