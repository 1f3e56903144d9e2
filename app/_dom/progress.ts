import { progressOf, type ScenarioWalks } from '../../machines/progress';
import type { StateKey } from '../../machines/state-key';
import type { TrailEntry } from '../_lib/wizard-types';
import type { Step } from './step';

/** Recounts "Step 2 of 3" from where this reader joined the problem, now the trail and the SSO setting are known. */
export function showProgress({ article, school }: Step, trail: TrailEntry[]) {
  const box = article.querySelector<HTMLElement>('[data-progress]');
  const count = box?.querySelector<HTMLElement>('[data-progress-count]');
  if (!box || !count) return;
  const { key, first, walks } = JSON.parse(box.dataset.progress!) as { key: StateKey; first: StateKey; walks: ScenarioWalks<StateKey> };
  const progress = progressOf(key, walks, school.sso, trail, first);
  count.hidden = !progress;
  count.querySelector('[data-progress-text]')!.textContent = progress ? `Step ${progress.step} of ${progress.of}` : '';
  count.querySelector('[data-progress-colon]')!.textContent = progress ? ': ' : '';
}
