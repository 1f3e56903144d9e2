import type { ChoiceEvent, StateKey } from '../../machines/state-key';

/**
 * One answer of a walk: from a step, by a choice, to the next step, with the words the reader saw then (the step's
 * title, its question, the answer), so the trail and the support summary need no copy of every step's labels.
 */
export type TrailEntry = { from: StateKey; event: ChoiceEvent; to: StateKey; title: string; question?: string; answer: string };
