import type { ReactNode } from 'react';
import { Address } from './address';
import { CopyButton } from './copy-button';

function Ui({ children }: { children: ReactNode }) {
  return <strong className="font-bold">‘{children}’</strong>;
}

function ErrorMessage({ children }: { children: ReactNode }) {
  return (
    <p className="border-l-4 border-error bg-panel px-4 py-3 font-bold">
      <span className="sr-only">Error message: </span>‘{children}’
    </p>
  );
}

function CopyText({ value, label }: { value: string; label: string }) {
  return (
    <span className="flex flex-wrap items-center gap-3">
      <code className="rounded bg-panel px-2 py-1 font-mono text-base break-words">
        <Address text={value} />
      </code>
      <CopyButton copy={{ text: value }} label={label} />
    </span>
  );
}

function Inset({ children }: { children: ReactNode }) {
  return <div className="border-l-4 border-line px-4 py-1">{children}</div>;
}

function Warning({ children }: { children: ReactNode }) {
  return (
    <div className="flex gap-3 font-bold">
      <span aria-hidden="true" className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-ink text-xl text-page">
        !
      </span>
      <div>
        <span className="sr-only">Warning: </span>
        {children}
      </div>
    </div>
  );
}

/** What browser sections may use too: plain words and copying, nothing that renders another MDX file. */
export const textComponents = { Ui, ErrorMessage, CopyText, Inset, Warning };
