import { hrefOf } from '../../machines/paths';
import type { Step } from './step';

/** The words a copy button copies, from what CopyButton (app/_components/copy-button.tsx) put on it. */
function textOf(button: HTMLButtonElement, step: Step | null): string {
  const { copyText, copyPath, copyFrom, copyStepLink } = button.dataset;
  const origin = button.ownerDocument.location.origin;
  if (copyPath !== undefined) return new URL(copyPath, origin).href;
  if (copyFrom !== undefined) return button.ownerDocument.getElementById(copyFrom)?.textContent ?? '';
  if (copyStepLink !== undefined && step) {
    // Inside a school's frame the link is the full site's page: /embed/ pages have no support contacts.
    return new URL(hrefOf(step.key, 'help', step.school), step.surface === 'embed' ? copyStepLink : origin).href;
  }
  return copyText ?? '';
}

/** Shows each copy button (hidden until script can make it work) and says in its polite status whether it copied. */
export function copyButtons(root: ParentNode, step: Step | null): () => void {
  const controls = [...root.querySelectorAll<HTMLElement>('[data-copy-control]')];
  const onClick = async (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    const status = button.parentElement!.querySelector('[role=status]')!;
    try {
      await navigator.clipboard.writeText(textOf(button, step));
      status.textContent = 'Copied';
    } catch {
      status.textContent = 'Could not copy: select the text and copy it yourself';
    }
  };
  const buttons = controls.map((control) => {
    control.hidden = false;
    return control.querySelector('button')!;
  });
  buttons.forEach((button) => button.addEventListener('click', onClick));
  root.querySelectorAll<HTMLButtonElement>('[data-print]').forEach((button) => {
    button.hidden = false;
    button.onclick = () => window.print();
  });
  return () => buttons.forEach((button) => button.removeEventListener('click', onClick));
}
