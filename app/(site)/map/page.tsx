import type { Metadata } from 'next';
import { TreeList, dependsOnSso } from '../../_components/tree-list';
import { TreeMapSvg } from '../../_components/tree-map';
import { layOutTree } from '../../_lib/map-layout';
import { treeGroups } from '../../_lib/tree-groups.server';
import { scenarioLabels } from '../../_lib/scenario-labels.server';

export const metadata: Metadata = {
  title: 'Map of every step',
  description: 'Every question and answer of the CPOMS login help on one page, with a link to each step.',
  alternates: { canonical: '/map' },
};

export default async function MapPage() {
  const [{ groups, steps }, labels] = await Promise.all([treeGroups(), scenarioLabels()]);
  // Laid out here, at build: visitors download the drawing, never the layout engine.
  const map = layOutTree({
    title: (key) => steps.get(key)!.meta.title,
    choice: (edge) => steps.get(edge.from)!.choiceLabel(edge.event),
    scenario: (scenario) => labels.get(scenario) ?? scenario,
  });
  return (
    <>
      <div className="mx-auto max-w-2xl px-4 pt-8">
        <h1 className="text-3xl font-bold sm:text-4xl">Map of every step</h1>
        <p className="mt-4">
          Each box is a step; each arrow is an answer and where it leads. Select a step to open it. A dashed arrow {dependsOnSso}; a rounded box ends a path.
          The same map follows as a list, with a link to copy for each step.
        </p>
      </div>
      <div
        role="region"
        aria-label="Map of every step, as a diagram"
        tabIndex={0}
        className="print-landscape mt-6 overflow-x-auto border-y border-line px-4 py-4 print:overflow-visible print:border-0 print:p-0"
      >
        <TreeMapSvg map={map} title="Every step and where each answer leads" />
      </div>
      <section aria-labelledby="every-step" className="mx-auto max-w-2xl px-4 pt-8">
        <h2 id="every-step" className="text-2xl font-bold">
          Every step, by problem
        </h2>
        <div className="mt-4">
          <TreeList groups={groups} />
        </div>
      </section>
    </>
  );
}
