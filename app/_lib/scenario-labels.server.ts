import 'server-only';
import { offeredScenarios } from '../../machines/scenarios';
import { scenarioOf, type StateKey } from '../../machines/states';
import { loadStep } from './content.server';

let labels: ReadonlyMap<string, string> | undefined;

/** A scenario is named by the start page's choice that opens it. */
export function scenarioLabels(): ReadonlyMap<string, string> {
  labels ??= new Map(offeredScenarios.map(({ scenario, event }) => [scenario, loadStep('start').choiceLabel(event)]));
  return labels;
}

export function scenarioLabelOf(key: StateKey): string | undefined {
  return key === 'start' ? undefined : scenarioLabels().get(scenarioOf(key));
}
