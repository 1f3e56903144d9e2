import type { EventFromLogic, SnapshotFrom } from 'xstate';
import type { loginHelpMachine } from './login-help.machine';

// Types only, so paths.ts can name states without importing the machine (the browser reads paths without it).
export type Snapshot = SnapshotFrom<typeof loginHelpMachine>;
type Flatten<V> = V extends string ? V : { [K in keyof V & string]: `${K}.${Flatten<V[K]>}` }[keyof V & string];

/** A leaf state as one string, `scenario.step` or `start`: the key of its URL and its MDX file. */
export type StateKey = Flatten<Snapshot['value']>;
export type LoginHelpEvent = EventFromLogic<typeof loginHelpMachine>;
export type ChoiceEvent = Extract<LoginHelpEvent, { type: `choose.${string}` | `answer.${string}` }>['type'];
