import { readFileSync } from 'node:fs';

/** Renamed steps: a published link must never break (see published/README.md). */
const renamed = JSON.parse(readFileSync(new URL('./published/redirects.json', import.meta.url), 'utf8'));

/**
 * Browser features the wizard never uses. Clipboard writing stays at its default (this origin, and the embed frame
 * the loader delegates it to with allow="clipboard-write"); Chromium warns about names it does not know, so none here.
 */
const permissionsPolicy = [
  'accelerometer', 'autoplay', 'browsing-topics', 'camera', 'display-capture', 'geolocation', 'gyroscope',
  'hid', 'idle-detection', 'magnetometer', 'microphone', 'midi', 'payment', 'publickey-credentials-get',
  'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
].map((feature) => `${feature}=()`).join(', ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Next's script tags carry their hashes: a cache that alters a chunk stops it running instead of serving it.
  experimental: { sri: { algorithm: 'sha256' } },
  // Nothing uses next/image; the server also answers /_next/image with a 404 (server/request-rules.ts).
  images: { unoptimized: true },
  serverExternalPackages: ['libsql', 'pg'],
  env: {
    // The school address is checked in the browser as well as on the server, so the extra hosts are fixed at build.
    ALLOWED_SCHOOL_HOSTS: process.env.ALLOWED_SCHOOL_HOSTS ?? '',
    // Prerendered pages show the answer form and say what is recorded: that follows FEEDBACK at build.
    FEEDBACK_AT_BUILD: process.env.FEEDBACK === 'off' ? 'off' : 'on',
  },
  async redirects() {
    return renamed.map(({ source, destination }) => ({ source, destination, permanent: true }));
  },
  // Every response's Content-Security-Policy comes from the server (server/response-headers.ts); these hold for all.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: permissionsPolicy },
        ],
      },
      {
        source: '/:path((?!embed$|embed/).*)',
        headers: [
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
      {
        source: '/embed.js',
        headers: [
          { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
          { key: 'Cache-Control', value: 'public, max-age=3600, stale-while-revalidate=86400' },
        ],
      },
    ];
  },
};

export default nextConfig;
