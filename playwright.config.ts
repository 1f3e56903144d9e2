import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const hostPort = Number(process.env.E2E_HOST_PORT ?? 3101);
export const hostOrigin = `http://localhost:${hostPort}`;
export const baseURL = `http://127.0.0.1:${port}`;
/** A school host suffix beyond cpoms.net that `npm test` builds with (ALLOWED_SCHOOL_HOSTS is fixed at build). */
export const extraSchoolSuffix = 'trust.example';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Debian's Chromium as root needs --no-sandbox; the rest stop it calling home on a closed network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
      url: baseURL,
      // No EMBED_ALLOWED_ORIGINS: the embed tests check the default, which lets the plain-http host page frame it.
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node tests/e2e/fixtures/host-server.mjs ${hostPort}`,
      url: `http://localhost:${hostPort}/host.html`,
      env: { APP_ORIGIN: baseURL, FORGE_PORT: String(hostPort + 1) },
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
    },
  ],
});
