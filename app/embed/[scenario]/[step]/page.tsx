import type { Metadata } from 'next';
import { StepView } from '../../../_components/step-view';
import { stepMetadata } from '../../../_lib/step-metadata.server';
import { stateKeyOf, stepParams, type StepParams } from '../../../_lib/step-params';

export const dynamicParams = false;
export const generateStaticParams = stepParams;

export async function generateMetadata(props: StepParams): Promise<Metadata> {
  return stepMetadata(await stateKeyOf(props));
}

export default async function EmbedStepPage(props: StepParams) {
  return <StepView stateKey={await stateKeyOf(props)} surface="embed" />;
}
