'use client';

import type { StateKey } from '../../machines/states';
import { progressOf, type ScenarioWalks } from '../../machines/progress';
import { useWizard } from './wizard-provider';

type Props = { stateKey: StateKey; first: StateKey; walks: ScenarioWalks<StateKey>; problem: string };

/** "Step 2 of 3" for the steps this reader can take (their school's SSO setting, where they joined), and the problem. */
export function StepProgress({ stateKey, first, walks, problem }: Props) {
  const { school, trail } = useWizard();
  const progress = progressOf(stateKey, walks, school.sso, trail, first);
  return (
    <p className="text-base text-muted" data-testid="progress">
      {progress && (
        <>
          Step {progress.step} of {progress.of}
          <span className="sr-only">:</span>{' '}
        </>
      )}
      <span className="block">{problem}</span>
    </p>
  );
}
