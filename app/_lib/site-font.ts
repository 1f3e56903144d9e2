import localFont from 'next/font/local';

/** The site's typeface, Geist, served from our origin; the preview card draws the same family (og-font.server.ts). */
export const siteFont = localFont({
  src: '../../assets/fonts/geist-variable-latin.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-geist',
});
