import { BrowserList } from './browser-list';
import { LinkExpiry } from './link-expiry';
import { textComponents } from './mdx-text-components';
import { OnFullSite } from './on-full-site';
import { ReadyMessage } from './ready-message';
import { SchoolAddress, SchoolLoginLink } from './school-context';
import { SupportSummary } from './support-summary';

/** Everything MDX content may use: words live in content, behaviour lives here. */
export const mdxComponents = {
  ...textComponents,
  SchoolLoginLink,
  SchoolAddress,
  LinkExpiry,
  ReadyMessage,
  SupportSummary,
  BrowserList,
  OnFullSite,
};
