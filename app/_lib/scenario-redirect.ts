import { contextQuery, pathOf } from '../../machines/paths';
import { schoolContextFrom } from '../../machines/school';
import { offeredScenario } from '../../machines/scenarios';

const scenarioAddress = /^\/(help|embed\/start)\/([a-z-]+)$/;

/**
 * A scenario's own address (`/help/<scenario>`, and `/embed/start/<scenario>` for the embed loader's data-start)
 * opens its first step, keeping only a valid school context. It is a temporary redirect: the scenario's address is
 * stable, but which step it opens on may change.
 */
export function scenarioRedirect(url: URL): URL | null {
  const [, surface, scenario] = scenarioAddress.exec(url.pathname) ?? [];
  const step = scenario ? offeredScenario(scenario)?.first : undefined;
  if (!step) return null;
  const query = contextQuery(schoolContextFrom(url.searchParams));
  return new URL(pathOf(step, surface === 'help' ? 'help' : 'embed') + query, url);
}
