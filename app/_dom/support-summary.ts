import { describeBrowser } from '../_lib/detect-browser';
import { mailtoHref } from '../_lib/mailto';
import { composeSummary, supportEmail, supportSubject } from '../_lib/support-summary';
import type { TrailEntry } from '../_lib/wizard-types';
import type { Step } from './step';

/** The reader's own summary for CPOMS support (what they saw and tried), to copy or send themselves; kept current to the minute. */
export function showSupportSummary({ article, school }: Step, trail: TrailEntry[]): () => void {
  const box = article.querySelector<HTMLElement>('[data-support-summary]');
  if (!box) return () => {};
  const browser = describeBrowser(navigator.userAgent);
  const update = () => {
    const text = composeSummary({ trail, browser, school: school.school, now: new Date() });
    const pre = box.querySelector('pre')!;
    if (pre.textContent !== text) pre.textContent = text;
    box.querySelector<HTMLAnchorElement>('[data-summary-mailto]')!.href = mailtoHref(supportEmail, supportSubject, text);
  };
  update();
  box.querySelector<HTMLElement>('[data-summary-fallback]')!.hidden = true;
  box.querySelector<HTMLElement>('section')!.hidden = false;
  const timer = setInterval(update, 15_000);
  return () => clearInterval(timer);
}
