import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const port = Number(process.env.E2E_PORT ?? 3100);
const hostPort = Number(process.env.E2E_HOST_PORT ?? 3101);
export const hostOrigin = `http://localhost:${hostPort}`;
export const baseURL = `http://127.0.0.1:${port}`;
/** A school host suffix beyond cpoms.net that `npm test` builds with (ALLOWED_SCHOOL_HOSTS is fixed at build). */
export const extraSchoolSuffix = 'trust.example';
/**
 * The settings the tests' build is made with (npm test), as if the site were published at the test server's
 * address. A server refuses other settings (server/build-manifest.ts); `npm start` rebuilds for them.
 */
export const serverEnv = { ...process.env, SITE_URL: baseURL, ALLOWED_SCHOOL_HOSTS: extraSchoolSuffix, NEXT_TELEMETRY_DISABLED: '1' };
export const insightsToken = process.env.INSIGHTS_TOKEN ?? 'e2e-insights-token';
// Each run records into a fresh database of its own, never the developer's data/.
const feedbackDb = process.env.E2E_FEEDBACK_DB ?? path.join(mkdtempSync(path.join(tmpdir(), 'login-help-e2e-')), 'feedback.db');
process.env.E2E_FEEDBACK_DB = feedbackDb;

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
      // npm start's script: it rebuilds first when the build was made with other settings (another E2E_PORT).
      command: 'node scripts/start.mjs',
      url: baseURL,
      // No EMBED_ALLOWED_ORIGINS: the embed tests check the default, which lets the plain-http host page frame it.
      env: {
        ...serverEnv,
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
        INSIGHTS_TOKEN: insightsToken,
        FEEDBACK_DB: feedbackDb,
        // The browser tests answer far more than a person would, all from one address.
        RATE_LIMIT_PER_MINUTE: '100000',
      },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
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
