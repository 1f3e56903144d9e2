import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { PageBehaviour } from './_components/page-behaviour';
import { siteFont } from './_lib/site-font';
import { siteName, siteUrl } from './_lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: siteUrl,
  title: { default: siteName, template: `%s · ${siteName}` },
  description: 'Step-by-step help for school staff who cannot sign in to CPOMS.',
  applicationName: 'Login Help',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#111314' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB" className={siteFont.variable}>
      <body>
        {children}
        <PageBehaviour />
      </body>
    </html>
  );
}
