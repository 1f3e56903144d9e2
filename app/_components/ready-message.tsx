'use client';

import { CopyButton } from './copy-button';
import { useWizard } from './wizard-provider';

type Props = { title: string; to?: string; subject: string; body: string };

const unknownSchool = 'our CPOMS login page';

export function mailtoHref(to: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** A message the reader can send as it is: the school's address goes in where the words say {school}. */
export function ReadyMessage({ title, to = '', subject, body }: Props) {
  const { school } = useWizard().school;
  const text = body.trim().replaceAll('{school}', school ?? unknownSchool);
  return (
    <section aria-label={title} className="rounded border-2 border-line p-4">
      <h2 className="!mt-0 text-xl font-bold">{title}</h2>
      <p className="mt-2 text-base text-muted">
        Subject: <span className="text-ink">{subject}</span>
      </p>
      <p className="mt-2 whitespace-pre-line" data-testid="ready-message">
        {text}
      </p>
      <p className="mt-4 flex flex-wrap items-center gap-4">
        <CopyButton label="Copy the message" text={`${subject}\n\n${text}`} />
        <a href={mailtoHref(to, subject, text)}>Open it in your email app</a>
      </p>
    </section>
  );
}
