import { choicesOf, scenarioOf, type ChoiceEvent, type StateKey } from './states';

type ScenarioOf<K> = K extends `${infer S}.${string}` ? S : never;
export type Scenario = ScenarioOf<StateKey>;

export type OfferedScenario = { scenario: Scenario; event: ChoiceEvent; first: StateKey };

/** The scenarios the start page offers, in its order, each with the choice that opens it. */
export const offeredScenarios: OfferedScenario[] = choicesOf('start').map(({ event, target }) => ({
  scenario: scenarioOf(target) as Scenario,
  event,
  first: target,
}));

export function offeredScenario(value: string): OfferedScenario | undefined {
  return offeredScenarios.find(({ scenario }) => scenario === value);
}

/** One scenario's steps as a printable handout; outside /help, so no step name can collide with it. */
export function printPathOf(scenario: Scenario): string {
  return `/print/${scenario}`;
}
