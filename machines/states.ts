import { transition, type AnyStateNode } from 'xstate';
import { loginHelpMachine, type LoginHelpInput } from './login-help.machine';
import { keyShapeOf, segmentsShape } from './paths';
import type { ChoiceEvent, LoginHelpEvent, Snapshot, StateKey } from './state-key';
import { ssoValues } from './school';
import type { ScenarioWalks } from './progress';

export type { ChoiceEvent, LoginHelpEvent, StateKey } from './state-key';

function leaves(node: AnyStateNode): AnyStateNode[] {
  const children = Object.values(node.states);
  return children.length === 0 ? [node] : children.flatMap(leaves);
}

export const stateKeys = leaves(loginHelpMachine.root).map((node) => node.path.join('.') as StateKey);

/** The state a path names, or null for a path that names none. */
export function keyFromPath(pathname: string): StateKey | null {
  const shape = keyShapeOf(pathname);
  return shape !== null && isStateKey(shape) ? shape : null;
}

/** The step a `/help/<scenario>/<step>` route's two segments name; the start page has a route of its own. */
export function keyFromSegments(segments: readonly string[]): StateKey | null {
  const shape = segmentsShape(segments);
  return shape !== null && isStateKey(shape) && shape !== 'start' ? shape : null;
}

export function scenarioOf(key: StateKey): string {
  return key.split('.')[0];
}

export function isStateKey(value: string): value is StateKey {
  return (stateKeys as string[]).includes(value);
}

function findNode(key: StateKey): AnyStateNode {
  return key.split('.').reduce<AnyStateNode>((node, name) => node.states[name], loginHelpMachine.root);
}

export function snapshotOf(key: StateKey, input: LoginHelpInput = {}): Snapshot {
  const [scenario, step] = key.split('.');
  return loginHelpMachine.resolveState({
    value: step ? { [scenario]: step } : scenario,
    context: { school: input.school ?? null, sso: input.sso ?? 'unknown' },
  } as Parameters<typeof loginHelpMachine.resolveState>[0]);
}

export function keyOf(snapshot: Snapshot): StateKey {
  const value = snapshot.value;
  if (typeof value === 'string') return value as StateKey;
  const [[scenario, step]] = Object.entries(value);
  return `${scenario}.${step}` as StateKey;
}

export function choiceEventsOf(key: StateKey): ChoiceEvent[] {
  return findNode(key).ownEvents.filter((type): type is ChoiceEvent => /^(choose|answer)\./.test(type));
}

/** The events a walk of the graph may send from a snapshot: its choices, for `xstate/graph`. */
export function choiceEventsFrom(snapshot: Snapshot): LoginHelpEvent[] {
  return choiceEventsOf(keyOf(snapshot)).map((type) => ({ type }) as LoginHelpEvent);
}

export type Choice = { event: ChoiceEvent; target: StateKey };

/** Where each choice leads, decided by the machine (guards included) for this reader's context. */
export function choicesOf(key: StateKey, input: LoginHelpInput = {}): Choice[] {
  return choiceEventsOf(key).map((event) => ({ event, target: targetOf(key, event, input) }));
}

export function targetOf(key: StateKey, event: ChoiceEvent, input: LoginHelpInput = {}): StateKey {
  const [next] = transition(loginHelpMachine, snapshotOf(key, input), { type: event } as LoginHelpEvent);
  return keyOf(next);
}

export function isEnd(key: StateKey): boolean {
  return snapshotOf(key).hasTag('end');
}

/** A scenario's steps, in the order the machine declares them. */
export function stepsOf(scenario: string): StateKey[] {
  return stateKeys.filter((key) => scenarioOf(key) === scenario);
}

/**
 * The steps of one problem a reader takes from `entry` on, for their school's SSO setting: each answer that keeps
 * them on this problem, as the machine's guards decide it (with sso=no the SSO questions are not on the walk).
 */
export function walkFrom(entry: StateKey, input: LoginHelpInput = {}): StateKey[] {
  const scenario = scenarioOf(entry);
  const walk = [entry];
  for (;;) {
    const next = choicesOf(walk[walk.length - 1], input)
      .map((choice) => choice.target)
      .find((target) => scenarioOf(target) === scenario && !walk.includes(target));
    if (!next) return walk;
    walk.push(next);
  }
}

/** Every walk through a scenario, by SSO setting and the step a reader joins it at: small enough to send to the page. */
export function scenarioWalks(scenario: string): ScenarioWalks<StateKey> {
  const steps = stepsOf(scenario);
  return Object.fromEntries(
    ssoValues.map((sso) => [sso, Object.fromEntries(steps.map((entry) => [entry, walkFrom(entry, { sso })]))]),
  ) as ScenarioWalks<StateKey>;
}
