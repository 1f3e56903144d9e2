'use client';

import { useSyncExternalStore } from 'react';
import { allowedHostSuffixes, parseSchoolUrl } from '../../machines/school';

/** What a ready-made message may need from the reader, kept in this tab only (sessionStorage), like the trail. */
export type MessageFields = { school: string; email: string };
export type FieldName = keyof MessageFields;

const store = 'login-help:message-fields';
const empty: MessageFields = { school: '', email: '' };
const listeners = new Set<() => void>();
let current: MessageFields | undefined;

function read(): MessageFields {
  if (current) return current;
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(store) ?? '{}');
    const { school, email } = (typeof saved === 'object' && saved !== null ? saved : {}) as Record<string, unknown>;
    current = { school: typeof school === 'string' ? school.slice(0, 300) : '', email: typeof email === 'string' ? email.slice(0, 254) : '' };
  } catch {
    current = empty;
  }
  return current;
}

export function setMessageField(name: FieldName, value: string) {
  current = { ...read(), [name]: value };
  try {
    sessionStorage.setItem(store, JSON.stringify(current));
  } catch {
    // Storage can be off; the fields then last until a reload.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMessageFields(): MessageFields {
  return useSyncExternalStore(subscribe, read, () => empty);
}

/** A field's value as it may go into a message, or null while it is blank or not yet right. */
export function acceptedValue(name: FieldName, raw: string): string | null {
  const value = raw.trim();
  if (name === 'email') return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value) && value.length <= 254 ? value : null;
  const address = /^https?:\/\//i.test(value) ? value.replace(/^http:/i, 'https:') : `https://${value}`;
  return value ? parseSchoolUrl(address, allowedHostSuffixes(process.env.ALLOWED_SCHOOL_HOSTS)) : null;
}
