import Link from 'next/link';
import type { ReactNode } from 'react';
import { feedbackShown } from '../_lib/feedback/settings';

export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-focus focus:p-2 focus:text-focus-ink">
        Skip to main content
      </a>
      <header className="border-b-8 border-brand bg-panel">
        <div className="mx-auto flex max-w-2xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-xl font-bold text-ink no-underline">
            CPOMS login help
          </Link>
          <nav aria-label="Site" className="no-print flex gap-4 text-base">
            <Link href="/map" prefetch={false}>
              Map
            </Link>
            <Link href="/search">Search</Link>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="min-h-[60vh] focus:outline-none">
        {children}
      </main>
      <footer className="mt-12 border-t border-line bg-panel">
        <div className="mx-auto max-w-2xl px-4 py-6 text-base text-muted">
          <p>
            CPOMS support: <a href="tel:+441756797766">01756 797766</a> or{' '}
            <a href="mailto:support@cpoms.co.uk">support@cpoms.co.uk</a>
          </p>
          <p className="mt-2">
            <Link href="/schools/embed">Add this help to your school’s website</Link>
          </p>
          <p className="mt-2">
            {feedbackShown()
              ? 'This help uses no cookies. It records, anonymously, the steps walked and the answers given: never a name, an IP address or your full browser details.'
              : 'This help uses no cookies and records nothing: your answers stay in this browser tab.'}{' '}
            <Link href="/privacy">What is recorded and who can read it</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
