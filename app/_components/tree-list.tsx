import { pathOf } from '../../machines/paths';
import type { TreeGroup } from '../_lib/tree-groups.server';
import { CopyButton } from './copy-button';

export const dependsOnSso = 'depends on whether the school has SSO users';

/** The map as text: every step under its scenario, with where each of its answers leads. */
export function TreeList({ groups }: { groups: TreeGroup[] }) {
  return (
    <div className="space-y-8">
      {groups.map((group) => (
        <section key={group.scenario} aria-labelledby={`group-${group.scenario}`} className="break-inside-avoid-page">
          <h3 id={`group-${group.scenario}`} className="text-xl font-bold">
            {group.heading}
          </h3>
          <ol className="mt-3 space-y-5">
            {group.steps.map((step) => (
              <li key={step.key} data-state={step.key}>
                <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                  <a href={pathOf(step.key)} className="font-bold">
                    {step.title}
                  </a>
                  <CopyButton
                    copy={{ path: pathOf(step.key) }}
                    label={
                      <>
                        Copy link<span className="sr-only"> to “{step.title}”</span>
                      </>
                    }
                  />
                </div>
                {step.choices.length > 0 && (
                  <ul className="mt-2 space-y-1 border-l-4 border-line pl-4 text-base">
                    {step.choices.map((choice) => (
                      <li key={`${choice.label} ${choice.target}`}>
                        {choice.label} <span aria-hidden="true">→</span>
                        <span className="sr-only">leads to</span> <a href={pathOf(choice.target)}>{choice.title}</a>
                        {choice.conditional && <span className="text-muted"> ({dependsOnSso})</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
