// Framework-free: records one answer of a walk with sendBeacon. No React here.
import { feedbackOff, landingSchool } from './feedback-switch';
import { readTab, writeTab } from './tab-store';

type StepEvent = { from: string; event: string; to: string; surface: 'help' | 'embed' };

/** Global Privacy Control or Do Not Track: then no step is sent at all. */
export function trackingRefused(nav: Navigator = navigator): boolean {
  const signals = nav as Navigator & { globalPrivacyControl?: boolean };
  return signals.globalPrivacyControl === true || nav.doNotTrack === '1';
}

/** A random id for this tab's walk, kept for the tab only: it ties the steps of one walk together, nothing more. */
function walkId(): string {
  let id = readTab('walk');
  if (!id) {
    id = crypto.randomUUID();
    writeTab('walk', id);
  }
  return id;
}

export function sendStepEvent(step: StepEvent): boolean {
  if (feedbackOff() || trackingRefused() || typeof navigator.sendBeacon !== 'function') return false;
  const school = landingSchool();
  const body = JSON.stringify({ walk: walkId(), ...step, ...(school ? { school } : {}) });
  // text/plain keeps the beacon a simple request; the server reads it as JSON.
  return navigator.sendBeacon('/api/events', new Blob([body], { type: 'text/plain' }));
}
