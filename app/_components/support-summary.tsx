'use client';

import { useEffect, useState } from 'react';
import { CopyButton } from './copy-button';
import { mailtoHref } from '../_lib/mailto';
import { useWizard } from './wizard-provider';
import { composeSummary } from '../_lib/support-summary';
import { useClock } from './use-clock';

const supportEmail = 'support@cpoms.co.uk';
const subject = 'CPOMS login problem';

export function SupportSummary() {
  const { trail, labels, school } = useWizard();
  const [browser, setBrowser] = useState<string | null>(null);
  const now = useClock();
  useEffect(() => {
    import('bowser').then(({ default: Bowser }) => {
      const { browser: b, os } = Bowser.parse(navigator.userAgent);
      setBrowser([b.name, b.version && `(${b.version})`, os.name && `on ${os.name}`].filter(Boolean).join(' ') || null);
    });
  }, []);
  if (!now) {
    return (
      <p>
        <a href={mailtoHref(supportEmail, subject, 'What happened when I tried to log in:\n\nWhat I tried:\n')}>Email CPOMS support</a>
      </p>
    );
  }
  const text = composeSummary({ trail, labels, browser, school: school.school, now });
  return (
    <section aria-labelledby="summary-heading" className="rounded border-2 border-line p-4">
      <h2 id="summary-heading" className="!mt-0 text-xl font-bold">
        Your summary for CPOMS support
      </h2>
      <pre className="mt-3 whitespace-pre-wrap font-sans text-base" data-testid="support-summary">
        {text}
      </pre>
      <p className="mt-4 flex flex-wrap items-center gap-4">
        <CopyButton label="Copy the summary" text={text} />
        <a href={mailtoHref(supportEmail, subject, text)}>Email it to {supportEmail}</a>
      </p>
      <p className="mt-3 text-base text-muted">Nothing is sent until you send it. This page keeps nothing.</p>
    </section>
  );
}
