'use client';

import { useId } from 'react';
import { mailtoHref } from '../_lib/mailto';
import { CopyButton } from './copy-button';
import { acceptedValue, setMessageField, useMessageFields, type FieldName } from './message-fields';
import { useHydrated } from './use-hydrated';
import { useWizard } from './wizard-provider';

type Props = { title: string; to?: string; subject: string; body: string };

const fieldText: Record<FieldName, { label: string; hint: string; gap: string; type: string; autoComplete: string; error: string }> = {
  school: {
    label: 'Your school’s CPOMS address',
    hint: 'The web address of your CPOMS login page, such as https://yourschool.cpoms.net',
    gap: '[your school’s CPOMS address]',
    type: 'url',
    autoComplete: 'url',
    error: 'Enter the address of your school’s CPOMS login page, such as https://yourschool.cpoms.net',
  },
  email: {
    label: 'Your email address',
    hint: 'The one you use, or want to use, for CPOMS',
    gap: '[your email address]',
    type: 'email',
    autoComplete: 'email',
    error: 'Enter an email address, such as name@school.org.uk',
  },
};

const fieldNames = Object.keys(fieldText) as FieldName[];

/**
 * A message the reader can send as it is: the school's address goes in where the words say {school}, their email
 * where they say {email}. What the link did not give is asked for here, and nothing is offered to send with a gap.
 */
export function ReadyMessage({ title, to = '', subject, body }: Props) {
  const { school } = useWizard().school;
  const hydrated = useHydrated();
  const typed = useMessageFields();
  const id = useId();
  const used = fieldNames.filter((name) => body.includes(`{${name}}`));
  const given: Partial<Record<FieldName, string>> = school ? { school } : {};
  const asked = used.filter((name) => !given[name]);
  const values = Object.fromEntries(used.map((name) => [name, given[name] ?? acceptedValue(name, typed[name])])) as Record<FieldName, string | null>;
  const text = used.reduce((words, name) => words.replaceAll(`{${name}}`, values[name] ?? fieldText[name].gap), body.trim());
  const complete = used.every((name) => values[name]);
  return (
    <section aria-label={title} className="rounded border-2 border-line p-4">
      <h2 className="!mt-0 text-xl font-bold">{title}</h2>
      {hydrated && asked.length > 0 && (
        <div className="no-print mt-3 space-y-4">
          {asked.map((name) => {
            const field = fieldText[name];
            const showError = typed[name].trim() !== '' && !values[name];
            return (
              <div key={name}>
                <label htmlFor={`${id}-${name}`} className="block font-bold">
                  {field.label}
                </label>
                <p id={`${id}-${name}-hint`} className="text-base text-muted">
                  {field.hint}
                </p>
                {showError && (
                  <p id={`${id}-${name}-error`} className="text-base font-bold text-error">
                    <span className="sr-only">Error: </span>
                    {field.error}
                  </p>
                )}
                <input
                  id={`${id}-${name}`}
                  name={name}
                  type={field.type}
                  autoComplete={field.autoComplete}
                  spellCheck={false}
                  maxLength={name === 'email' ? 254 : 300}
                  value={typed[name]}
                  onChange={(event) => setMessageField(name, event.target.value)}
                  aria-invalid={showError || undefined}
                  aria-describedby={`${id}-${name}-hint${showError ? ` ${id}-${name}-error` : ''}`}
                  className="mt-1 w-full rounded border-2 border-ink bg-page px-3 py-2 text-ink"
                />
              </div>
            );
          })}
          <p className="text-base text-muted">These stay in this browser tab only.</p>
        </div>
      )}
      <p className="mt-3 text-base text-muted">
        Subject: <span className="text-ink">{subject}</span>
      </p>
      <p className="mt-2 whitespace-pre-line" data-testid="ready-message">
        {text}
      </p>
      {complete ? (
        <p className="mt-4 flex flex-wrap items-center gap-4">
          <CopyButton label="Copy the message" text={`${subject}\n\n${text}`} />
          <a href={mailtoHref(to, subject, text)}>Open it in your email app</a>
        </p>
      ) : (
        <p className="mt-4 text-base font-bold" data-testid="message-gaps">
          {hydrated
            ? 'Fill in the details above to copy or send this message.'
            : 'Copy this message and fill in the parts in [square brackets] before you send it.'}
        </p>
      )}
    </section>
  );
}
