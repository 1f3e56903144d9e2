// Framework-free: shared by the site and any widget that records answers. No React here.
import { readTab, writeTab } from './tab-store';

/**
 * Whether this tab must record nothing: the widget's loader passed `?feedback=off` to the frame on its first page
 * (remembered for the tab, as later links do not carry it). A server built with FEEDBACK=off renders no form and
 * its pages never call these modules.
 */
export function feedbackOff(): boolean {
  if (new URLSearchParams(window.location.search).get('feedback') === 'off') writeTab('feedback', 'off');
  return readTab('feedback') === 'off';
}

/** The school address the first page carried, to be recorded as a host only once the server has checked it. */
export function landingSchool(): string | undefined {
  return new URLSearchParams(window.location.search).get('school') ?? undefined;
}
