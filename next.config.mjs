/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  env: {
    // The school address is checked in the browser as well as on the server, so the extra hosts are fixed at build.
    ALLOWED_SCHOOL_HOSTS: process.env.ALLOWED_SCHOOL_HOSTS ?? '',
  },
};

export default nextConfig;
