import { commentMaxLength, feedbackShown } from '../_lib/feedback/settings';
import { isEnd, type StateKey } from '../../machines/states';
import type { Surface } from '../../machines/paths';

/**
 * "Did this page help?" under a step, a plain form that works without JavaScript (POST, then a 303 back to
 * #feedback-thanks); app/_dom/feedback-form.ts answers it in place. In the embed it waits hidden until script
 * has checked the widget's data-feedback setting.
 */
export function FeedbackForm({ stateKey, surface }: { stateKey: StateKey; surface: Surface }) {
  if (!feedbackShown()) return null;
  const end = isEnd(stateKey);
  const question = end ? 'Did this solve your problem?' : 'Did this page help?';
  return (
    <section
      id="feedback"
      aria-labelledby="feedback-question"
      className={`feedback no-print ${end ? 'mt-10 rounded border-2 border-line p-4' : 'mt-10 border-t border-line pt-4 text-base'}`}
      hidden={surface === 'embed'}
      data-feedback-step={stateKey}
    >
      <p id="feedback-thanks" className="feedback-thanks font-bold text-ok" tabIndex={-1}>
        Thank you: your answer was sent.
      </p>
      <form method="post" action="/api/feedback" className="feedback-form">
        <input type="hidden" name="step" value={stateKey === 'start' ? 'start' : stateKey.replace('.', '/')} />
        <input type="hidden" name="surface" value={surface} />
        <h2 id="feedback-question" className={end ? 'text-xl font-bold' : 'font-bold'}>
          {question}
        </h2>
        <div className="mt-3 flex flex-wrap items-start gap-3">
          <button type="submit" name="outcome" value="solved" className="button-secondary">
            Yes
          </button>
          <details className="feedback-no">
            <summary className="button-secondary cursor-pointer list-none">No</summary>
            <div className="mt-3">
              <label htmlFor="feedback-comment" className="block font-bold">
                What were you trying to do? (optional)
              </label>
              <p id="feedback-comment-hint" className="text-muted">
                Please do not include names, email addresses or passwords. At most {commentMaxLength} characters.
              </p>
              <textarea
                id="feedback-comment"
                name="comment"
                maxLength={commentMaxLength}
                rows={3}
                aria-describedby="feedback-comment-hint"
                className="mt-2 block w-full max-w-lg rounded border-2 border-ink bg-page p-2 text-ink"
              />
              <button type="submit" name="outcome" value="not-solved" className="button-secondary mt-3">
                Send “No”
              </button>
            </div>
          </details>
        </div>
        <p className="feedback-error mt-2 font-bold text-error" role="alert" />
      </form>
    </section>
  );
}
