import type { Metadata } from 'next';
import { StepView } from '../../../../_components/step-view';
import { paramsOf } from '../../../../_lib/personal-rewrite';
import { stepMetadata } from '../../../../_lib/step-metadata.server';
import { stateKeyOf, type StepParams } from '../../../../_lib/step-params';
import { schoolContextFrom } from '../../../../../machines/school';

type Props = StepParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  // A school's copy of a public step: search engines are pointed at the step itself (its canonical /help address).
  return { ...(await stepMetadata(await stateKeyOf(props))), robots: { index: false } };
}

/** A step as a link from support shows it, school and SSO setting applied on the server (see personal-rewrite.ts). */
export default async function PersonalStepPage(props: Props) {
  const key = await stateKeyOf(props);
  const context = schoolContextFrom(paramsOf(await props.searchParams));
  return <StepView stateKey={key} surface="help" context={context} />;
}
