import type { Sso } from './school';

/** Where a step sits in its problem's walk: `step` of `of`, counted from where this reader joined the problem. */
export type Progress = { step: number; of: number };

/** For each SSO setting, each step of a problem and the steps a reader joining there can go on to take. */
export type ScenarioWalks<K extends string = string> = Record<Sso, Partial<Record<K, K[]>>>;

type Move<K extends string> = { from: K; to: K };

const problemOf = (key: string) => key.split('.')[0];

/**
 * The step where this reader joined the problem they are on now: the last move into it from another problem, or
 * its first step when nothing says otherwise (a link, a reload without a trail, no JavaScript).
 */
export function joinedAt<K extends string>(key: K, trail: readonly Move<K>[], first: K): K {
  const problem = problemOf(key);
  for (let i = trail.length - 1; i >= 0; i--) {
    if (problemOf(trail[i].from) !== problem) return problemOf(trail[i].to) === problem ? trail[i].to : first;
  }
  return first;
}

/** The count this reader can trust, or null where no count would be true (a single step, or off their walk). */
export function progressOf<K extends string>(key: K, walks: ScenarioWalks<K>, sso: Sso, trail: readonly Move<K>[], first: K): Progress | null {
  const walk = walks[sso][joinedAt(key, trail, first)];
  const index = walk?.indexOf(key) ?? -1;
  if (!walk || index < 0 || walk.length < 2) return null;
  return { step: index + 1, of: walk.length };
}
