import type { ChoiceEvent, StateKey } from '../../machines/states';

/** The few words the browser needs for the trail and the support summary: no step bodies. */
export type StepLabels = Record<StateKey, { title: string; question?: string; choices: Record<string, string> }>;
/** One answer of a walk: from a step, by a choice, to the next step. */
export type TrailEntry = { from: StateKey; event: ChoiceEvent; to: StateKey };
