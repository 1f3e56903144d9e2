'use client';

import Link from 'next/link';
import { useWizard } from './wizard-provider';

export function AnswerTrail() {
  const { trail, labels, hrefOf } = useWizard();
  const answers = trail.filter((entry) => entry.from !== 'start');
  if (answers.length === 0) return null;
  return (
    <details className="no-print mt-10 border-t border-line pt-4">
      <summary className="cursor-pointer text-base font-bold">Your answers so far ({answers.length})</summary>
      <dl className="mt-3 space-y-3 text-base">
        {answers.map((entry, index) => (
          <div key={`${entry.from}-${index}`}>
            <dt className="text-muted">{labels[entry.from].question ?? labels[entry.from].title}</dt>
            <dd className="font-bold">
              {labels[entry.from].choices[entry.event]}{' '}
              <Link href={hrefOf(entry.from)} className="font-normal">
                Change<span className="sr-only"> your answer to “{labels[entry.from].question}”</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
