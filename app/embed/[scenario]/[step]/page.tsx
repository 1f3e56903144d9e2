import type { Metadata } from 'next';
import { StepView } from '../../../_components/step-view';
import { loadStep } from '../../../_lib/content.server';
import { stateKeyOf, stepParams, type StepParams } from '../../../_lib/step-params';
import { pathOf } from '../../../../machines/paths';

export const dynamicParams = false;
export const generateStaticParams = stepParams;

export async function generateMetadata(props: StepParams): Promise<Metadata> {
  const key = await stateKeyOf(props);
  const { meta } = await loadStep(key);
  return { title: meta.title, description: meta.description, alternates: { canonical: pathOf(key) } };
}

export default async function EmbedStepPage(props: StepParams) {
  return <StepView stateKey={await stateKeyOf(props)} surface="embed" />;
}
