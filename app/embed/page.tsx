import { StepView } from '../_components/step-view';
import { stepMetadata } from '../_lib/step-metadata.server';

export const generateMetadata = () => stepMetadata('start');

export default function EmbedStart() {
  return <StepView stateKey="start" surface="embed" />;
}
