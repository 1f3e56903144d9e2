import type { FieldName, MessageFields } from '../_lib/ready-message';

const store = 'login-help:message-fields';

/** What the reader typed for a ready-made message, kept in this tab only (sessionStorage), like the trail. */
export function readFields(): MessageFields {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(store) ?? '{}');
    const { school, email } = (typeof saved === 'object' && saved !== null ? saved : {}) as Record<string, unknown>;
    return { school: typeof school === 'string' ? school.slice(0, 300) : '', email: typeof email === 'string' ? email.slice(0, 254) : '' };
  } catch {
    return { school: '', email: '' };
  }
}

export function writeField(name: FieldName, value: string) {
  try {
    sessionStorage.setItem(store, JSON.stringify({ ...readFields(), [name]: value }));
  } catch {
    // Storage can be off; the fields then last as long as the page.
  }
}
