import { readFileSync } from 'node:fs';

/** Renamed steps: a published link must never break (see published/README.md). */
const renamed = JSON.parse(readFileSync(new URL('./published/redirects.json', import.meta.url), 'utf8'));

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  env: {
    // The school address is checked in the browser as well as on the server, so the extra hosts are fixed at build.
    ALLOWED_SCHOOL_HOSTS: process.env.ALLOWED_SCHOOL_HOSTS ?? '',
  },
  async redirects() {
    return renamed.map(({ source, destination }) => ({ source, destination, permanent: true }));
  },
};

export default nextConfig;
