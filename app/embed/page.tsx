import { StepView } from '../_components/step-view';

export default function EmbedStart() {
  return <StepView stateKey="start" surface="embed" />;
}
