import type { ComponentProps, ReactNode } from 'react';
import { BrowserList } from './browser-list';
import { LinkExpiry } from './link-expiry';
import { textComponents } from './mdx-text-components';
import { ReadyMessage } from './ready-message';
import { SchoolAddress, SchoolLoginLink } from './school-context';
import { SupportSummary } from './support-summary';
import type { View } from './view';

/** Everything MDX content may use, drawn for one surface and school context: words live in content, behaviour in app/_dom/. */
export function stepComponents(view: View) {
  return {
    ...textComponents,
    SchoolLoginLink: ({ children }: { children: ReactNode }) => <SchoolLoginLink view={view}>{children}</SchoolLoginLink>,
    SchoolAddress: ({ label }: { label: string }) => <SchoolAddress label={label} view={view} />,
    ReadyMessage: (props: Omit<ComponentProps<typeof ReadyMessage>, 'view'>) => <ReadyMessage {...props} view={view} />,
    LinkExpiry,
    SupportSummary,
    BrowserList,
    /** Words that only make sense on the full site (its search box), left out of a school's embedded copy. */
    OnFullSite: ({ children }: { children: ReactNode }) => (view.surface === 'help' ? children : null),
  };
}
