import { hrefOf } from '../../machines/paths';
import { addressParts } from '../_lib/address-parts';
import type { StateKey } from '../../machines/state-key';
import type { Step } from './step';

/** Every link to a step carries the school's context on; each answer goes where the machine sends this reader's SSO setting. */
export function carryContext(root: ParentNode, { surface, school }: Step) {
  root.querySelectorAll<HTMLAnchorElement>('a[data-key]').forEach((link) => {
    const linkSurface = link.dataset.surface === 'help' ? 'help' : surface;
    link.setAttribute('href', hrefOf(link.dataset.key as StateKey, linkSurface, school));
  });
  root.querySelectorAll<HTMLAnchorElement>('a.choice').forEach((link) => {
    link.setAttribute('href', hrefOf(link.getAttribute(`data-to-${school.sso}`) as StateKey, surface, school));
  });
  root.querySelectorAll<HTMLAnchorElement>('a[data-school-link]').forEach((link) => {
    if (school.school) {
      link.setAttribute('href', school.school);
      link.relList.add('noopener', 'noreferrer');
      link.removeAttribute('role');
    } else {
      link.removeAttribute('href');
      link.removeAttribute('rel');
      link.setAttribute('role', 'none');
    }
  });
  root.querySelectorAll<HTMLElement>('[data-school-address]').forEach((box) => {
    box.hidden = !school.school;
    const text = box.querySelector<HTMLElement>('[data-school-text]');
    // A personal page has it already, in nodes that are React's; a static one gets it here, with its break points.
    if (!text || !school.school || text.textContent === school.school) return;
    text.replaceChildren(...addressParts(school.school).flatMap((part, i) => (i > 0 ? [document.createElement('wbr'), part] : [part])));
  });
}
