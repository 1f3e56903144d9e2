import { ssoValues } from './school';
import { choicesOf, stateKeys, type ChoiceEvent, type StateKey } from './states';

export type TreeEdge = {
  from: StateKey;
  event: ChoiceEvent;
  to: StateKey;
  /** Taken for some schools only: a guard reads the school's SSO setting. */
  conditional: boolean;
};

/** Every choice of every state and each place it can lead, whatever the school's setting. */
export const treeEdges: TreeEdge[] = stateKeys.flatMap((from) => {
  const perSetting = ssoValues.map((sso) => choicesOf(from, { sso }));
  const edges = new Map<string, TreeEdge>();
  for (const { event, target } of perSetting.flat()) {
    const always = perSetting.every((choices) => choices.some((c) => c.event === event && c.target === target));
    edges.set(`${event} ${target}`, { from, event, to: target, conditional: !always });
  }
  return [...edges.values()];
});
