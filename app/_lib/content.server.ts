import 'server-only';
import { browsers, steps } from '../../generated/content';
import type { StateKey } from '../../machines/states';
import type { BrowserId } from '../../content/schema';
import type { CompiledStep } from '../../content/compiled';

/** Compiled and checked at build (scripts/build-content.mjs): the server never reads content/ or runs esbuild. */
const stepByKey = new Map(steps.map((step) => [step.key, { ...step, choiceLabel: (event: string) => step.meta.choices?.[event] ?? event }]));

export type LoadedStep = CompiledStep & { choiceLabel: (event: string) => string };

export function loadStep(key: StateKey): LoadedStep {
  const step = stepByKey.get(key);
  if (!step) throw new Error(`No compiled content for ${key}: run npm run build`);
  return step;
}

export function loadAllSteps(): LoadedStep[] {
  return [...stepByKey.values()];
}

export function loadBrowser(id: BrowserId) {
  return browsers.find((browser) => browser.id === id)!;
}

export function loadAllBrowsers() {
  return browsers;
}
