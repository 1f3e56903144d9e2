// Framework-free: enhances the server-rendered form in app/_components/feedback-form.tsx (called from ./page.ts). No React here.
import { feedbackOff, landingSchool } from './feedback-switch';

/** Answers the form in place; returns a function that removes the listeners. */
export function enhanceFeedbackForm(section: HTMLElement): () => void {
  if (feedbackOff()) {
    section.hidden = true;
    return () => {};
  }
  section.hidden = false;
  const form = section.querySelector<HTMLFormElement>('form')!;
  const thanks = section.querySelector<HTMLElement>('.feedback-thanks')!;
  const error = section.querySelector<HTMLElement>('.feedback-error')!;
  const school = landingSchool();
  let sending = false;

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (sending) return;
    const fields = new FormData(form, event.submitter);
    const body: Record<string, string> = {};
    for (const name of ['step', 'outcome', 'comment', 'surface']) {
      const value = fields.get(name);
      if (typeof value === 'string' && value !== '') body[name] = value;
    }
    if (body.outcome === 'solved') delete body.comment;
    if (school) body.school = school;
    sending = true;
    error.textContent = '';
    try {
      const response = await fetch(form.action, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (response.status === 404) {
        section.hidden = true;
        return;
      }
      if (!response.ok) {
        const { error: message } = (await response.json().catch(() => ({}))) as { error?: string };
        error.textContent = `Your answer was not sent: ${message ?? 'please try again later'}.`;
        return;
      }
      thanks.classList.add('is-shown');
      thanks.focus();
    } catch {
      error.textContent = 'Your answer was not sent: check your connection and try again.';
    } finally {
      sending = false;
    }
  }

  form.addEventListener('submit', onSubmit);
  return () => form.removeEventListener('submit', onSubmit);
}
