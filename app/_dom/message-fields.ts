import type { FieldName, MessageFields } from '../_lib/ready-message';
import { readTab, writeTab } from './tab-store';

/** What the reader typed for a ready-made message, kept in this tab only, like the trail. */
export function readFields(): MessageFields {
  try {
    const saved: unknown = JSON.parse(readTab('message-fields') ?? '{}');
    const { school, email } = (typeof saved === 'object' && saved !== null ? saved : {}) as Record<string, unknown>;
    return { school: typeof school === 'string' ? school.slice(0, 300) : '', email: typeof email === 'string' ? email.slice(0, 254) : '' };
  } catch {
    return { school: '', email: '' };
  }
}

export function writeField(name: FieldName, value: string) {
  writeTab('message-fields', JSON.stringify({ ...readFields(), [name]: value }));
}
