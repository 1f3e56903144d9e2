import { progressOf, type ScenarioWalks } from '../../machines/progress';
import type { StateKey } from '../../machines/state-key';
import type { View } from './view';

type Props = { stateKey: StateKey; first: StateKey; walks: ScenarioWalks<StateKey>; problem: string; view: View };

/**
 * "Step 2 of 3" for the steps this reader can take (their school's SSO setting, where they joined), and the problem.
 * The server counts from the problem's first step; app/_dom/progress.ts recounts with the reader's trail.
 */
export function StepProgress({ stateKey, first, walks, problem, view }: Props) {
  const progress = progressOf(stateKey, walks, view.context?.sso ?? 'unknown', [], first);
  return (
    <p className="text-base text-muted" data-testid="progress" data-progress={JSON.stringify({ key: stateKey, first, walks })}>
      <span data-progress-count="" hidden={!progress}>
        <span data-progress-text="">{progress && `Step ${progress.step} of ${progress.of}`}</span>
        <span className="sr-only" data-progress-colon="">
          {progress && ': '}
        </span>
      </span>
      <span className="block">{problem}</span>
    </p>
  );
}
