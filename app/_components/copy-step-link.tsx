import { CopyButton } from './copy-button';

/**
 * Copies this step's full-site address with the school's context. Inside a school's frame that is the /help/ page on
 * the site's public address (`site`, from SITE_URL): /embed/ pages have no support contacts and stay out of search.
 */
export function CopyStepLink({ site }: { site: string }) {
  return <CopyButton label="Copy link to this step" copy={{ stepLink: site }} />;
}
