import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { EmbedBridge } from '../_components/embed-bridge';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <div id="embed-root" className="flow-root">
      <main id="main">{children}</main>
      <EmbedBridge />
    </div>
  );
}
