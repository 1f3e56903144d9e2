import 'server-only';
import type { StateKey } from '../../machines/states';
import { loadStep } from './content.server';
import { scenarioLabelOf } from './scenario-labels.server';
import { siteName } from './site';

/** What a step's preview card says; the image draws it and its alt text reads it. */
export async function shareCardOf(key: StateKey) {
  const [{ meta }, scenario] = await Promise.all([loadStep(key), scenarioLabelOf(key)]);
  return {
    title: meta.title,
    scenario,
    alt: [siteName, scenario, meta.title].filter(Boolean).join(' — '),
  };
}

export type ShareCard = Awaited<ReturnType<typeof shareCardOf>>;
