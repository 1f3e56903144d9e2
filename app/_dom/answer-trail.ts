import { hrefOf } from '../../machines/paths';
import type { TrailEntry } from '../_lib/wizard-types';
import type { Step } from './step';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** "Your answers so far", each with a link back to change it; hidden until there is an answer to show. */
export function showAnswerTrail({ article, surface, school }: Step, trail: TrailEntry[]) {
  const box = article.querySelector<HTMLDetailsElement>('[data-trail]');
  if (!box) return;
  const answers = trail.filter((entry) => entry.from !== 'start');
  box.hidden = answers.length === 0;
  box.querySelector('[data-trail-count]')!.textContent = String(answers.length);
  box.querySelector('[data-trail-list]')!.replaceChildren(
    ...answers.map((entry) => {
      const change = element('a', { href: hrefOf(entry.from, surface, school) }, 'Change', element('span', { className: 'sr-only' }, ` your answer to “${entry.question ?? entry.title}”`));
      change.dataset.key = entry.from;
      change.className = 'font-normal';
      return element('div', {}, element('dt', { className: 'text-muted' }, entry.question ?? entry.title), element('dd', { className: 'font-bold' }, entry.answer, ' ', change));
    }),
  );
}
