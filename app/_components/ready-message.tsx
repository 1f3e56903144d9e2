import { useId } from 'react';
import { mailtoHref } from '../_lib/mailto';
import { composeMessage, fieldText, fieldsUsedBy } from '../_lib/ready-message';
import { CopyButton } from './copy-button';
import type { View } from './view';

type Props = { title: string; to?: string; subject: string; body: string; view: View };

/**
 * A message the reader can send as it is: the school's address goes in where the words say {school}, their email
 * where they say {email}. What the link did not give is asked for (app/_dom/ready-message.ts), and nothing is offered
 * to send with a gap; without script the gaps are [bracketed] for the reader to fill in.
 */
export function ReadyMessage({ title, to = '', subject, body, view }: Props) {
  const id = useId();
  const school = view.context?.school;
  const { text, complete } = composeMessage(body, school ? { school } : {});
  return (
    <section aria-label={title} className="rounded border-2 border-line p-4" data-ready-message={JSON.stringify({ to, subject, body })}>
      <h2 className="!mt-0 text-xl font-bold">{title}</h2>
      <div className="no-print mt-3 space-y-4" data-fields="" hidden>
        {fieldsUsedBy(body).filter((name) => !(name === 'school' && school)).map((name) => {
          const field = fieldText[name];
          return (
            <div key={name} data-field={name} hidden>
              <label htmlFor={`${id}-${name}`} className="block font-bold">
                {field.label}
              </label>
              <p id={`${id}-${name}-hint`} className="text-base text-muted">
                {field.hint}
              </p>
              <p id={`${id}-${name}-error`} className="text-base font-bold text-error" data-field-error="" hidden>
                <span className="sr-only">Error: </span>
                {field.error}
              </p>
              <input
                id={`${id}-${name}`}
                name={name}
                type={field.type}
                autoComplete={field.autoComplete}
                spellCheck={false}
                maxLength={field.maxLength}
                aria-describedby={`${id}-${name}-hint`}
                className="mt-1 w-full rounded border-2 border-ink bg-page px-3 py-2 text-ink"
              />
            </div>
          );
        })}
        <p className="text-base text-muted">These stay in this browser tab only.</p>
      </div>
      <p className="mt-3 text-base text-muted">
        Subject: <span className="text-ink">{subject}</span>
      </p>
      <p className="mt-2 whitespace-pre-line" data-testid="ready-message" data-message-text="">
        {text}
      </p>
      <p className="mt-4 flex flex-wrap items-center gap-4" data-message-send="" hidden={!complete}>
        <CopyButton label="Copy the message" copy={{ text: `${subject}\n\n${text}` }} />
        <a href={mailtoHref(to, subject, text)} data-message-mailto="">
          Open it in your email app
        </a>
      </p>
      <p className="mt-4 text-base font-bold" data-testid="message-gaps" data-message-gaps="" hidden={complete}>
        Copy this message and fill in the parts in [square brackets] before you send it.
      </p>
    </section>
  );
}
