import { allowedHostSuffixes, parseSchoolUrl } from '../../machines/school';

/** What a ready-made message may need from the reader, kept in this tab only (sessionStorage), like the trail. */
export type MessageFields = { school: string; email: string };
export type FieldName = keyof MessageFields;

export const fieldText: Record<FieldName, { label: string; hint: string; gap: string; type: string; autoComplete: string; error: string; maxLength: number }> = {
  school: {
    label: 'Your school’s CPOMS address',
    hint: 'The web address of your CPOMS login page, such as https://yourschool.cpoms.net',
    gap: '[your school’s CPOMS address]',
    type: 'url',
    autoComplete: 'url',
    error: 'Enter the address of your school’s CPOMS login page, such as https://yourschool.cpoms.net',
    maxLength: 300,
  },
  email: {
    label: 'Your email address',
    hint: 'The one you use, or want to use, for CPOMS',
    gap: '[your email address]',
    type: 'email',
    autoComplete: 'email',
    error: 'Enter an email address, such as name@school.org.uk',
    maxLength: 254,
  },
};

export const fieldNames = Object.keys(fieldText) as FieldName[];

/** The fields a message's words ask for, where they say {school} or {email}. */
export const fieldsUsedBy = (body: string) => fieldNames.filter((name) => body.includes(`{${name}}`));

/** A field's value as it may go into a message, or null while it is blank or not yet right. */
export function acceptedValue(name: FieldName, raw: string): string | null {
  const value = raw.trim();
  if (name === 'email') return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value) && value.length <= 254 ? value : null;
  const address = /^https?:\/\//i.test(value) ? value.replace(/^http:/i, 'https:') : `https://${value}`;
  return value ? parseSchoolUrl(address, allowedHostSuffixes(process.env.ALLOWED_SCHOOL_HOSTS)) : null;
}

/** The message with what is known filled in and a [bracketed] gap for the rest; complete once nothing is missing. */
export function composeMessage(body: string, values: Partial<Record<FieldName, string | null>>) {
  const used = fieldsUsedBy(body);
  const text = used.reduce((words, name) => words.replaceAll(`{${name}}`, values[name] ?? fieldText[name].gap), body.trim());
  return { text, complete: used.every((name) => values[name]) };
}
