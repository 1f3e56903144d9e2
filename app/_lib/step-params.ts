import { keyFromSegments, stateKeys } from '../../machines/states';
import { notFound } from 'next/navigation';

export function stepParams() {
  return stateKeys.filter((key) => key !== 'start').map((key) => {
    const [scenario, step] = key.split('.');
    return { scenario, step };
  });
}

export type StepParams = { params: Promise<{ scenario: string; step: string }> };

export async function stateKeyOf({ params }: StepParams) {
  const { scenario, step } = await params;
  return keyFromSegments([scenario, step]) ?? notFound();
}
