import { getShortestPaths } from 'xstate/graph';
import { loginHelpMachine } from './login-help.machine';
import { choiceEventsFrom, keyOf, type StateKey } from './states';

// Apart from states.ts, which the browser loads to answer: the graph walk is only needed on the server.
/** Each state's predecessor on the shortest walk from the start page: where Back goes without a trail. */
export const shortestParents: ReadonlyMap<StateKey, StateKey> = new Map(
  getShortestPaths(loginHelpMachine, { events: choiceEventsFrom })
    .filter(({ steps }) => steps.length > 1)
    .map(({ state, steps }) => [keyOf(state), keyOf(steps[steps.length - 2].state)]),
);
