import 'server-only';
import { scenarioOf, stateKeys, stepsOf, type StateKey } from '../../machines/states';
import { treeEdges } from '../../machines/tree';
import { loadAllSteps, type LoadedStep } from './content.server';
import { scenarioLabels } from './scenario-labels.server';

export type TreeGroup = {
  scenario: string;
  heading: string;
  steps: { key: StateKey; title: string; choices: { label: string; target: StateKey; title: string; conditional: boolean }[] }[];
};

/** Every state with its words, grouped by scenario in the machine's order, for the map and the handouts. */
export async function treeGroups(): Promise<{ groups: TreeGroup[]; steps: ReadonlyMap<StateKey, LoadedStep> }> {
  const [all, labels] = await Promise.all([loadAllSteps(), scenarioLabels()]);
  const steps = new Map(all.map((step) => [step.key, step]));
  const titleOf = (key: StateKey) => steps.get(key)!.meta.title;
  const scenarios = [...new Set(stateKeys.map(scenarioOf))];
  const groups = scenarios.map((scenario) => {
    const keys = stepsOf(scenario);
    return {
      scenario,
      // The start page and the shared outcome open no scenario of their own: their first step names them.
      heading: labels.get(scenario) ?? titleOf(keys[0]),
      steps: keys.map((key) => ({
        key,
        title: titleOf(key),
        choices: treeEdges
          .filter((edge) => edge.from === key)
          .map(({ event, to, conditional }) => ({ label: steps.get(key)!.choiceLabel(event), target: to, title: titleOf(to), conditional })),
      })),
    };
  });
  return { groups, steps };
}
