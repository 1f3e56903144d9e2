'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useWizard } from './wizard-provider';
import type { StateKey } from '../../machines/states';

/** Back goes where the reader came from; without a trail (or JavaScript) it goes one step up the tree. */
export function BackLink({ fallback }: { fallback: StateKey }) {
  const router = useRouter();
  const { trail, hrefOf } = useWizard();
  return (
    <Link
      href={hrefOf(fallback)}
      className="inline-flex items-center gap-1 text-base text-ink"
      onClick={(event) => {
        if (trail.length === 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        router.back();
      }}
    >
      <span aria-hidden="true">‹</span> Back
    </Link>
  );
}

export function StartOverLink() {
  const { hrefOf } = useWizard();
  return (
    <Link href={hrefOf('start')} className="text-base">
      Start over
    </Link>
  );
}
