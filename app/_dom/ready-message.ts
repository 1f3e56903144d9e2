import { mailtoHref } from '../_lib/mailto';
import { acceptedValue, composeMessage, fieldsUsedBy, type FieldName } from '../_lib/ready-message';
import { readFields, writeField } from './message-fields';
import type { Step } from './step';

/** One ready-made message (app/_components/ready-message.tsx): asks for what the link did not give, and offers it once whole. */
function enhanceMessage(section: HTMLElement, school: string | null): () => void {
  const { to, subject, body } = JSON.parse(section.dataset.readyMessage!) as { to: string; subject: string; body: string };
  const asked = fieldsUsedBy(body).filter((name) => !(name === 'school' && school));
  const inputs = new Map<FieldName, HTMLInputElement>();
  for (const name of asked) {
    const field = section.querySelector<HTMLElement>(`[data-field="${name}"]`);
    if (!field) continue;
    field.hidden = false;
    const input = field.querySelector('input')!;
    input.value = readFields()[name];
    inputs.set(name, input);
  }
  section.querySelector<HTMLElement>('[data-fields]')!.hidden = asked.length === 0;

  const update = () => {
    const typed = readFields();
    const values: Partial<Record<FieldName, string | null>> = { school };
    for (const [name, input] of inputs) {
      values[name] = acceptedValue(name, typed[name]);
      const showError = typed[name].trim() !== '' && !values[name];
      const error = input.parentElement!.querySelector<HTMLElement>('[data-field-error]')!;
      error.hidden = !showError;
      input.toggleAttribute('aria-invalid', showError);
      input.setAttribute('aria-describedby', showError ? `${input.id}-hint ${error.id}` : `${input.id}-hint`);
    }
    const { text, complete } = composeMessage(body, values);
    section.querySelector('[data-message-text]')!.textContent = text;
    section.querySelector<HTMLElement>('[data-message-send]')!.hidden = !complete;
    section.querySelector<HTMLElement>('[data-message-gaps]')!.hidden = complete;
    section.querySelector('[data-message-gaps]')!.textContent = 'Fill in the details above to copy or send this message.';
    section.querySelector<HTMLButtonElement>('[data-copy-text]')!.dataset.copyText = `${subject}\n\n${text}`;
    section.querySelector<HTMLAnchorElement>('[data-message-mailto]')!.href = mailtoHref(to, subject, text);
  };
  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    writeField(input.name as FieldName, input.value);
    update();
  };
  update();
  section.addEventListener('input', onInput);
  return () => section.removeEventListener('input', onInput);
}

export function readyMessages({ article, school }: Step): () => void {
  const stops = [...article.querySelectorAll<HTMLElement>('[data-ready-message]')].map((section) => enhanceMessage(section, school.school));
  return () => stops.forEach((stop) => stop());
}
