import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...next,
  ...nextTs,
  // The embed loader is ES2017 for schools' older browsers: a catch needs its binding there.
  { files: ['app/embed.js/embed-loader.js'], rules: { '@typescript-eslint/no-unused-vars': ['warn', { caughtErrors: 'none' }] } },
  { ignores: ['generated/**', '.next/**', 'node_modules/**', 'next-env.d.ts', 'bench/**', 'test-results/**', 'playwright-report/**'] },
];

export default config;
