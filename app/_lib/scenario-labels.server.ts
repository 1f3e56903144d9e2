import 'server-only';
import { cache } from 'react';
import { offeredScenarios } from '../../machines/scenarios';
import { scenarioOf, type StateKey } from '../../machines/states';
import { loadStep } from './content.server';

/** A scenario is named by the start page's choice that opens it. */
export const scenarioLabels = cache(async (): Promise<ReadonlyMap<string, string>> => {
  const start = await loadStep('start');
  return new Map(offeredScenarios.map(({ scenario, event }) => [scenario, start.choiceLabel(event)]));
});

export async function scenarioLabelOf(key: StateKey): Promise<string | undefined> {
  return key === 'start' ? undefined : (await scenarioLabels()).get(scenarioOf(key));
}
