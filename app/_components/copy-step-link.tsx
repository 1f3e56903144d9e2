'use client';

import { CopyButton } from './copy-button';
import { useWizard } from './wizard-provider';

export function CopyStepLink() {
  const { key, hrefOf } = useWizard();
  if (!key) return null;
  return <CopyButton label="Copy link to this step" text={() => new URL(hrefOf(key), window.location.origin).href} />;
}
