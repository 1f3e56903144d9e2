'use client';

import { contextQuery, pathOf } from '../../machines/paths';
import { CopyButton } from './copy-button';
import { useWizard } from './wizard-provider';

/**
 * Copies this step's full-site address with the school's context. Inside a school's frame that is the /help/ page on
 * the site's public address (`site`, from SITE_URL): /embed/ pages have no support contacts and stay out of search.
 */
export function CopyStepLink({ site }: { site: string }) {
  const { key, surface, school } = useWizard();
  if (!key) return null;
  const path = pathOf(key, 'help') + contextQuery(school);
  return <CopyButton label="Copy link to this step" text={() => new URL(path, surface === 'embed' ? site : window.location.origin).href} />;
}
