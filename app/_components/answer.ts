import { createActor } from 'xstate';
import { loginHelpMachine } from '../../machines/login-help.machine';
import { keyOf, snapshotOf, type ChoiceEvent, type LoginHelpEvent, type StateKey } from '../../machines/states';
import type { SchoolContext } from '../../machines/paths';

/**
 * The machine's actor, restored at the state the URL names with the school's context, takes one answer: where it
 * lands is the next step. Loaded on the reader's first move towards a choice, so pages ship without the machine.
 */
export function answer(key: StateKey, school: SchoolContext, event: ChoiceEvent): StateKey {
  const actor = createActor(loginHelpMachine, { snapshot: snapshotOf(key, school), input: school }).start();
  // TypeScript relates { type: A | B } to { type: A } | { type: B } only up to 25 events; the tree will grow past that.
  actor.send({ type: event } as LoginHelpEvent);
  const next = keyOf(actor.getSnapshot());
  actor.stop();
  return next;
}
