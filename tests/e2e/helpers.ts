import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Locator, type Page } from '@playwright/test';

/** WCAG 2.2 AA, the standard the product is held to. */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What axe finds on the page, a line per rule with its elements: `[]` is the goal. */
export async function axeViolations(page: Page, { bestPractice = false } = {}): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(bestPractice ? [...wcag22aa, 'best-practice'] : wcag22aa).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** app/_dom/ has run on the page (it marks <html> with the path it enhanced): a web-first wait, where network idle would guess. */
export async function hydrated(page: Page | Frame) {
  // A page that is still being left has no context to ask: that is "not yet", not a failure.
  const enhanced = () => page.evaluate(() => document.documentElement.dataset.enhanced === location.pathname).catch(() => false);
  await expect.poll(enhanced).toBe(true);
}

/**
 * The widget's frame, once its script has run. Its static links do not carry the school's context until then (the
 * script adds it as the page is parsed), so a test that follows the context clicks after this.
 */
export async function hydratedWidget(page: Page): Promise<Frame> {
  // A frame that has not navigated yet has an empty URL.
  const widget = () => page.frames().find((frame) => /^https?:\/\/[^/]+\/embed(\/|\?|$)/.test(frame.url()));
  await expect.poll(() => Boolean(widget())).toBe(true);
  const frame = widget()!;
  await hydrated(frame);
  return frame;
}

/** The ids of these elements in the order they appear on screen (the browser sections are ordered by class, not moved). */
export async function idsOnScreen(elements: Locator): Promise<string[]> {
  const tops = await elements.evaluateAll((all) => all.map((element) => [element.id, element.getBoundingClientRect().top] as const));
  return tops.toSorted((a, b) => a[1] - b[1]).map(([id]) => id);
}

/** Every alert, confirm or prompt a page opens (dismissed), so a test can say there were none. */
export function dialogsOf(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
