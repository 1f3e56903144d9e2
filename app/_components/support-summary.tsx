import { mailtoHref } from '../_lib/mailto';
import { supportEmail, supportSubject } from '../_lib/support-summary';
import { CopyButton } from './copy-button';

export const summaryTextId = 'support-summary-text';

/** A plain email link; with script (app/_dom/support-summary.ts) the reader's own summary to copy or send. */
export function SupportSummary() {
  return (
    <div data-support-summary="">
      <p data-summary-fallback="">
        <a href={mailtoHref(supportEmail, supportSubject, 'What happened when I tried to log in:\n\nWhat I tried:\n')}>Email CPOMS support</a>
      </p>
      <section aria-labelledby="summary-heading" className="rounded border-2 border-line p-4" hidden>
        <h2 id="summary-heading" className="!mt-0 text-xl font-bold">
          Your summary for CPOMS support
        </h2>
        <pre id={summaryTextId} className="mt-3 whitespace-pre-wrap font-sans text-base" data-testid="support-summary" />
        <p className="mt-4 flex flex-wrap items-center gap-4">
          <CopyButton label="Copy the summary" copy={{ from: summaryTextId }} />
          <a href={`mailto:${supportEmail}`} data-summary-mailto="">
            Email it to {supportEmail}
          </a>
        </p>
        <p className="mt-3 text-base text-muted">Nothing is sent until you send it. This page keeps nothing.</p>
      </section>
    </div>
  );
}
