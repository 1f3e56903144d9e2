import { focusOnArrival } from './arrival';
import { followAnswers, type Navigate } from './answers';
import { showAnswerTrail } from './answer-trail';
import { showReadersBrowser } from './browsers';
import { copyButtons } from './copy';
import { enhanceFeedbackForm } from './feedback-form';
import { showLinkExpiry } from './link-expiry';
import { carryContext } from './links';
import { showProgress } from './progress';
import { readyMessages } from './ready-message';
import { stepOf } from './step';
import { showSupportSummary } from './support-summary';
import { readTrail, trailTo } from './trail';

/**
 * Everything a page of the wizard does in the browser, the same on the site (app/_components/page-behaviour.tsx)
 * and in the widget (./widget.ts). It sets attributes and text on the server's markup; returns what undoes it.
 */
export function enhancePage(doc: Document, { go }: { go?: Navigate } = {}): () => void {
  const article = doc.querySelector<HTMLElement>('[data-step]');
  const step = article ? stepOf(article) : null;
  const stops = [copyButtons(doc, step)];
  if (step) {
    const trail = trailTo(readTrail(), step.key);
    carryContext(doc, step);
    showProgress(step, trail);
    showAnswerTrail(step, trail);
    stops.push(
      followAnswers(step, go),
      showReadersBrowser(step.article),
      showLinkExpiry(step.article),
      readyMessages(step),
      showSupportSummary(step, trail),
    );
    const feedback = step.article.querySelector<HTMLElement>('#feedback');
    if (feedback) stops.push(enhanceFeedbackForm(feedback));
    focusOnArrival(doc.getElementById('step-heading'));
  }
  // Tests wait for this, as a reader would for the page to be ready.
  doc.documentElement.dataset.enhanced = doc.location.pathname;
  return () => stops.forEach((stop) => stop());
}
