import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // 'server-only' throws outside React Server Components; here the server modules are tested directly.
    alias: { 'server-only': fileURLToPath(new URL('tests/unit/stubs/server-only.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
    // A throwaway Postgres server (installed with apt when missing), so store tests run on both databases.
    globalSetup: ['tests/unit/setup/postgres.ts'],
    hookTimeout: 180_000,
  },
});
